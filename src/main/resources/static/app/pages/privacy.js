// My data: who may see my record (grant, revoke), export it, see everything held about me, erase it.
import {api} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t} from '../i18n.js';
import {base, learnerOf, empty} from './common.js';

export async function render(main, context) {
  const learner = learnerOf(context);
  const consentsSlot = h('div', {id: 'consents'});
  const dataSlot = h('div', {id: 'held-data'});
  fill(main, h('h1', {}, t('privacy.title')), h('p', {class: 'lead'}, t('privacy.lead')),
    h('h2', {}, t('consent.title')), h('p', {}, t('consent.explain')), consentsSlot, grantForm(learner, () => loadConsents(learner, consentsSlot)),
    h('h2', {}, t('export.title')), h('p', {}, t('export.explain')), exportButtons(learner),
    h('h2', {}, t('data.title')), h('p', {}, t('data.explain')),
    h('button', {type: 'button', class: 'secondary', id: 'show-data', onclick: async () => fill(dataSlot, heldData(await api(`${base(learner)}/data`)))},
      t('data.show')), dataSlot,
    h('h2', {}, t('erase.title')), eraseForm(learner, context));
  await loadConsents(learner, consentsSlot);
}

async function loadConsents(learner, slot) {
  const consents = await api(`${base(learner)}/consents`);
  if (consents.length === 0) {
    fill(slot, empty(t('consent.none')));
    return;
  }
  fill(slot, h('ul', {id: 'consent-list'}, consents.map(c => h('li', {'data-grantee': c.grantee},
    t('consent.item', {grantee: c.grantee, role: t('role.' + c.role), since: c.since || ''}), ' ',
    h('button', {type: 'button', class: 'secondary', onclick: async () => {
      await api(`${base(learner)}/consents`, {method: 'DELETE', query: {grantee: c.grantee, role: c.role}});
      document.getElementById('status').textContent = t('consent.revoked', {grantee: c.grantee});
      await loadConsents(learner, slot);
    }}, t('consent.revoke', {grantee: c.grantee}))))));
}

function grantForm(learner, reload) {
  const grantee = h('input', {type: 'text', id: 'grantee', required: true, autocomplete: 'off'});
  const role = h('select', {id: 'grant-role'}, h('option', {value: 'ADVISER'}, t('role.ADVISER')), h('option', {value: 'EMPLOYER'}, t('role.EMPLOYER')));
  const error = h('p', {role: 'alert'});
  return h('form', {id: 'grant-form', onsubmit: async event => {
    event.preventDefault();
    fill(error);
    try {
      await api(`${base(learner)}/consents`, {method: 'POST', body: {grantee: grantee.value.trim(), role: role.value}});
      document.getElementById('status').textContent = t('consent.granted', {grantee: grantee.value.trim()});
      grantee.value = '';
      await reload();
    } catch (e) {
      error.className = 'error';
      fill(error, e.message);
    }
  }}, h('div', {class: 'row'}, field(t('consent.grantee'), grantee, t('consent.granteeHint')), field(t('consent.role'), role),
    h('button', {type: 'submit'}, t('consent.grant'))), error);
}

function exportButtons(learner) {
  const download = async format => {
    const document_ = await api(`${base(learner)}/export`, {query: {format}});
    const blob = new Blob([JSON.stringify(document_, null, 2)], {type: 'application/json'});
    const link = h('a', {href: URL.createObjectURL(blob), download: `${learner}-${format}.json`});
    document.body.append(link);
    link.click();
    link.remove();
  };
  return h('div', {class: 'row'}, ['ob3', 'clr', 'elm'].map(f => h('button', {type: 'button', class: 'secondary', onclick: () => download(f)},
    t('export.' + f))));
}

function heldData(data) {
  return h('div', {}, h('p', {}, t('data.summary', {count: (data.relationships || []).length})),
    h('pre', {class: 'data', tabindex: '0', 'aria-label': t('data.title')}, JSON.stringify(data, null, 2)));
}

function eraseForm(learner, context) {
  const confirm = h('input', {type: 'text', id: 'erase-confirm', autocomplete: 'off'});
  const error = h('p', {role: 'alert'});
  return h('form', {id: 'erase-form', onsubmit: async event => {
    event.preventDefault();
    if (confirm.value.trim() !== learner) {
      error.className = 'error';
      fill(error, t('erase.mismatch', {id: learner}));
      return;
    }
    await api(base(learner), {method: 'DELETE'});
    await api('/app/session', {method: 'DELETE'}).catch(() => null);
    await context.go('#/sign-in');
    document.getElementById('status').textContent = t('erase.done');
  }}, h('p', {}, t('erase.explain')), field(t('erase.confirm', {id: learner}), confirm),
    h('button', {type: 'submit', class: 'danger'}, t('erase.button')), error);
}
