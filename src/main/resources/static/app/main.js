// The shell: who is signed in, navigation for their role, and one page at a time under #/… routes.
// Every page load asks the API afresh, so a revoked consent or a role change shows on the next load.
import {api, setCsrfToken, ApiError} from './api.js';
import {h, fill} from './dom.js';
import {loadMessages, t} from './i18n.js';
import {routes} from './routes.js';

const main = document.getElementById('main');
let session = {signedIn: false};

async function refreshSession() {
  try {
    session = await api('/app/session');
  } catch (e) {
    session = {signedIn: false, error: e.message};
  }
  setCsrfToken(session.csrfToken || null);
}

function allowed(route) {
  if (!route.roles) return true;
  return session.signedIn && route.roles.some(role => session.roles.includes(role));
}

function match(hash) {
  const path = hash.replace(/^#/, '') || '/';
  for (const route of routes) {
    const names = [];
    const pattern = new RegExp('^' + route.path.replace(/:(\w+)/g, (x, name) => { names.push(name); return '([^/]+)'; }) + '$');
    const found = path.match(pattern);
    if (found) {
      const params = {};
      names.forEach((name, i) => { params[name] = decodeURIComponent(found[i + 1]); });
      return {route, params, path};
    }
  }
  return {route: null, params: {}, path};
}

function renderNav(current) {
  const items = routes.filter(r => r.nav && allowed(r) && (!r.navWhenSignedOut || !session.signedIn))
    .filter(r => !(r.path === '/sign-in' && session.signedIn));
  fill(document.getElementById('nav'), h('ul', {}, items.map(r => h('li', {},
    h('a', {href: '#' + r.path, 'aria-current': current === r.path ? 'page' : null}, t(r.title))))));
  const who = document.getElementById('who');
  if (session.signedIn) {
    fill(who, h('span', {}, t('shell.signedInAs', {name: session.subject, role: t('role.' + session.roles[0])})),
      h('button', {type: 'button', id: 'sign-out', onclick: signOut}, t('shell.signOut')));
  } else {
    fill(who, h('a', {href: '#/sign-in'}, t('shell.signIn')));
  }
}

async function signOut() {
  const done = await api('/app/session', {method: 'DELETE'}).catch(() => null);
  // OIDC: sign out at the provider too, when it says where; it sends the browser back to the sign-in page
  if (done && done.logoutUrl) window.location.assign(done.logoutUrl);
  else await go('#/sign-in');
}

/** Where each role starts. */
const HOME = {LEARNER: '#/me/progress', ADVISER: '#/learners', EMPLOYER: '#/coverage', ADMIN: '#/imports'};

function home() {
  if (!session.signedIn) return '#/sign-in';
  return HOME[session.roles.find(role => HOME[role])] || '#/catalog';
}

let renders = 0;

/** Goes to a route: through hashchange when the hash changes, at once when it is already there. */
export async function go(hash) {
  if (window.location.hash === hash) await render();
  else window.location.hash = hash;
}

export async function render() {
  const mine = ++renders;
  const path = await show(mine);
  if (mine === renders && path !== undefined) {
    main.focus({preventScroll: false});
    main.dataset.ready = path; // what the browser tests wait for
  }
}

/** Renders the current route; answers its path when shown, undefined when another render overtook this one. */
async function show(mine) {
  await refreshSession();
  if (mine !== renders) return;
  if (!window.location.hash || window.location.hash === '#/' || window.location.hash === '#') {
    window.location.replace(home());
    return undefined;
  }
  const {route, params, path} = match(window.location.hash);
  if (mine !== renders) return undefined;
  renderNav(route ? route.path : path);
  document.getElementById('status').replaceChildren();
  if (!route) {
    document.title = `${t('page.notFound')} – credpath`;
    fill(main, h('h1', {}, t('page.notFound')), h('p', {}, t('page.notFoundText')), h('a', {href: home()}, t('page.home')));
    return path;
  }
  document.title = `${t(route.title)} – credpath`;
  if (!allowed(route) && session.ended) {
    // the session expired and could not be renewed: a clean sign-in again, said plainly
    window.location.replace('#/sign-in/expired');
    return undefined;
  }
  if (!allowed(route)) {
    // nothing of the page is fetched or shown: only what the caller may see
    fill(main, h('h1', {}, t('page.notAllowed')),
      h('p', {}, session.signedIn ? t('page.notAllowedText') : t('page.signInFirst')),
      h('a', {href: home()}, session.signedIn ? t('page.home') : t('shell.signIn')));
    return path;
  }
  // the page is built off-screen and shown when complete, so a slower earlier render cannot overwrite a later one
  const page = h('div', {});
  fill(main, h('p', {'aria-busy': 'true'}, t('common.loading')));
  try {
    await route.render(page, {params, session, rerender: render, go});
  } catch (e) {
    // a refusal or a problem from the API is a sentence already; anything else is our fault, not the person's
    if (!(e instanceof ApiError)) console.error(e);
    fill(page, h('h1', {}, t(route.title)), h('p', {class: 'error', role: 'alert'}, e instanceof ApiError ? e.message : t('error.page')));
  }
  if (mine !== renders) return undefined;
  fill(main, ...page.childNodes);
  return path;
}

window.addEventListener('hashchange', render);
window.addEventListener('credpath:signed-out', () => { session = {signedIn: false}; });

await loadMessages();
document.getElementById('skip-link').textContent = t('shell.skip');
await render();
