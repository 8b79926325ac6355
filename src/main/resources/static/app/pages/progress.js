// What my credentials stack into: one progress bar per larger credential, and its audit tree on demand.
import {api} from '../api.js';
import {h, fill, progress} from '../dom.js';
import {t, number, money} from '../i18n.js';
import {base, learnerOf, empty, audit} from './common.js';

export async function render(main, context) {
  fill(main, h('h1', {}, t('progress.title')), h('p', {class: 'lead'}, t('progress.lead')), await section(learnerOf(context)));
}

export async function section(learner) {
  const options = await api(`${base(learner)}/stacking`);
  if (!options || options.length === 0) {
    return empty(t('progress.empty'), '#/catalog', t('credentials.browse'));
  }
  return h('ul', {class: 'cards', id: 'stacking'}, options.map(o => option(learner, o)));
}

function option(learner, o) {
  const detail = h('div', {class: 'audit-slot'});
  const target = o.targetCredits;
  const label = target ? t('audit.creditsOf', {counted: number(o.countedCredits), target: number(target)})
    : t('progress.holdingsCounted', {count: o.holdingsCounted});
  const show = h('button', {type: 'button', class: 'secondary', 'aria-expanded': 'false', onclick: async () => {
    show.closest('li').classList.toggle('open', show.getAttribute('aria-expanded') !== 'true');
    if (show.getAttribute('aria-expanded') === 'true') {
      fill(detail);
      show.setAttribute('aria-expanded', 'false');
      return;
    }
    show.setAttribute('aria-expanded', 'true');
    fill(detail, h('p', {}, t('common.loading')));
    try {
      fill(detail, audit(await api(`${base(learner)}/audit/${encodeURIComponent(o.credential)}`)));
    } catch (e) {
      fill(detail, h('p', {class: 'error', role: 'alert'}, e.message));
    }
  }}, t('progress.why'));
  return h('li', {class: 'card', 'data-credential': o.credential},
    h('h3', {}, h('a', {href: `#/catalog/${encodeURIComponent(o.credential)}`}, o.title || o.credential)),
    h('p', {class: 'meta'}, o.kind || ''),
    o.met ? h('p', {}, h('span', {class: 'tag good'}, t('audit.met'))) : null,
    target ? progress(o.countedCredits, target, label) : null,
    h('p', {}, label),
    !o.met && o.blocked ? h('p', {class: 'notice'}, t('progress.blocked', {why: o.blocked})) : null,
    !o.met && o.planEcts != null ? h('p', {class: 'meta'}, t('progress.toComplete', {ects: number(o.planEcts),
      price: money(o.planPrice), weeks: number(o.planWeeks)})) : null,
    show, detail);
}
