// Sign-in. Local mode: pick a seeded person (development only). OIDC mode: a link to the provider's sign-in. Either
// way the service puts the token into an HttpOnly cookie; the page never sees it.
import {api} from '../api.js';
import {h, fill} from '../dom.js';
import {t} from '../i18n.js';

export async function render(main, {session, go, params}) {
  const failed = params.outcome === 'failed';
  const outcome = ['expired', 'signed-out'].includes(params.outcome)
    ? h('p', {class: 'notice', role: 'status', id: 'sign-in-outcome'}, t('signIn.' + params.outcome)) : null;
  if (session.signedIn) {
    fill(main, h('h1', {}, t('signIn.title')), h('p', {}, t('signIn.already', {name: session.subject})));
    return;
  }
  if (session.signIn !== 'local') {
    // OIDC mode: the provider's sign-in page, reached by a plain link (the service runs the code flow with PKCE)
    fill(main, h('h1', {}, t('signIn.title')), failed ? h('p', {class: 'error', role: 'alert'}, t('signIn.failed')) : null, outcome,
      session.loginUrl ? [h('p', {}, t('signIn.oidc')), h('p', {}, h('a', {class: 'button', id: 'oidc-sign-in', href: session.loginUrl}, t('signIn.withProvider')))]
        : h('p', {class: 'notice'}, t('signIn.oidcMissing')));
    return;
  }
  const learnersList = h('ul', {class: 'cards', id: 'sign-in-learners'});
  const pager = h('div', {class: 'pager'});
  const accounts = h('ul', {class: 'cards', id: 'sign-in-accounts'});
  fill(main, h('h1', {}, t('signIn.title')), outcome,
    h('p', {class: 'notice', role: 'note'}, h('strong', {}, t('signIn.devWarningTitle')), ' ', t('signIn.devWarning')),
    h('h2', {}, t('signIn.learners')), learnersList, pager,
    h('h2', {}, t('signIn.others')), accounts);
  const signInAs = async body => {
    await api('/app/session', {method: 'POST', body});
    await go('#/');
  };
  const load = async page => {
    const people = await api('/app/dev/people', {query: {page, size: 12}});
    fill(learnersList, people.learners.items.length === 0 ? h('li', {class: 'empty'}, t('signIn.noLearners')) :
      people.learners.items.map(l => h('li', {class: 'card'}, h('h3', {}, l.name || l.id),
        h('p', {class: 'meta'}, t('signIn.holdings', {count: l.holdings})),
        h('button', {type: 'button', 'data-learner': l.id, onclick: () => signInAs({role: 'LEARNER', learner: l.id})},
          t('signIn.as', {name: l.name || l.id})))));
    const pages = Math.ceil(people.learners.total / people.learners.size);
    fill(pager, pages > 1 ? [
      h('button', {type: 'button', class: 'secondary', disabled: page === 0, onclick: () => load(page - 1)}, t('common.previous')),
      h('span', {}, t('common.pageOf', {page: page + 1, pages})),
      h('button', {type: 'button', class: 'secondary', disabled: page + 1 >= pages, onclick: () => load(page + 1)}, t('common.next'))] : []);
    fill(accounts, people.accounts.map(a => h('li', {class: 'card'},
      h('h3', {}, a.name), h('p', {class: 'meta'}, t('role.' + a.role)),
      h('button', {type: 'button', 'data-account': a.id, onclick: () => signInAs({role: a.role, subject: a.id})},
        t('signIn.as', {name: a.name})))));
  };
  await load(0);
}
