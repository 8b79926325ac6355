// Advisers, employers and admins: the learners who granted access (all, for an admin), and one learner's record.
// The list comes from the API, which shows only whom the caller may see; a revoked grant is gone on the next load.
import {api} from '../api.js';
import {h, fill} from '../dom.js';
import {t} from '../i18n.js';
import {base, empty, pager} from './common.js';
import {holdings} from './credentials.js';
import * as progress from './progress.js';
import * as next from './next.js';
import * as route from './route.js';

export async function renderList(main) {
  const slot = h('div', {id: 'learner-list'});
  fill(main, h('h1', {}, t('learners.title')), h('p', {class: 'lead'}, t('learners.lead')), slot);
  const load = async page => {
    const result = await api('/api/learners', {query: {page, size: 20}});
    if (result.items.length === 0) {
      fill(slot, empty(t('learners.empty')));
      return;
    }
    fill(slot, h('ul', {class: 'cards'}, result.items.map(l => h('li', {class: 'card', 'data-learner': l.id},
      h('h2', {}, h('a', {href: `#/learners/${encodeURIComponent(l.id)}`}, l.name || l.id)),
      h('p', {class: 'meta'}, t('signIn.holdings', {count: l.holdings}))))), pager(result, load));
  };
  await load(0);
}

export async function renderOne(main, {params, session}) {
  const id = params.id;
  const record = await api(base(id));
  const mayPlan = session.roles.includes('ADVISER') || session.roles.includes('ADMIN');
  fill(main, h('h1', {}, record.name || record.id), h('p', {class: 'lead'}, t('learner.lead')),
    h('h2', {}, t('credentials.title')), holdings(record),
    h('h2', {}, t('progress.title')), await progress.section(id),
    mayPlan ? h('ul', {class: 'plain'}, h('li', {}, h('a', {href: `#/learners/${encodeURIComponent(id)}/plan`, id: 'open-plan'}, t('learner.openPlan'))),
      h('li', {}, h('a', {href: `#/learners/${encodeURIComponent(id)}/exceptions`, id: 'open-exceptions'}, t('learner.openExceptions')))) : null,
    mayPlan ? [h('h2', {}, t('next.title')), await next.section(id), h('h2', {}, t('route.title')), await route.section(id)]
      : h('p', {class: 'meta'}, t('learner.viewOnly')));
}
