// My credentials: what the record holds, verified or not, valid until when.
import {api, csrfHeader, ApiError} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t, number} from '../i18n.js';
import {base, learnerOf, empty, credentialLink} from './common.js';
import {addHolding} from './addholding.js';

export async function render(main, context) {
  const learner = learnerOf(context);
  const record = await api(base(learner));
  const table = h('div', {id: 'holdings'}, holdings(record));
  fill(main, h('h1', {}, t('credentials.title')), h('p', {class: 'lead'}, t('credentials.lead', {name: record.name || record.id})),
    table, addHolding(learner, added => fill(table, holdings(added))), upload(learner, table), priorSkills(record));
}

/** Upload an Open Badges 3.0 / CLR / ELM file: its holdings join the record unverified; the table is redrawn in place. */
function upload(learner, table) {
  const files = h('input', {type: 'file', id: 'holding-files', multiple: true, required: true, accept: '.json,.jsonld,.zip,application/json'});
  const result = h('div', {id: 'holding-result', role: 'status'});
  const send = async () => {
    if (files.files.length === 0) return;
    const body = new FormData();
    for (const file of files.files) body.append('files', file);
    const [name, value] = csrfHeader();
    fill(result, h('p', {}, t('upload.sending')));
    try {
      const response = await fetch(`${base(learner)}/holdings/documents`, {method: 'POST', body, credentials: 'same-origin',
        headers: {Accept: 'application/json, application/problem+json', ...(value ? {[name]: value} : {})}});
      const data = await response.json().catch(() => null);
      if (!response.ok) throw new ApiError(response.status, data);
      const added = data.entries && data.entries.learners ? data.entries.learners.updated + data.entries.learners.created : 0;
      fill(result, h('p', {}, added ? t('upload.done') : t('upload.nothingNew')));
      fill(table, holdings(await api(base(learner))));
      files.value = '';
    } catch (e) {
      const errors = (e.problem && e.problem.errors) || [];
      fill(result, h('div', {class: 'error', role: 'alert'}, h('p', {}, errors.length ? t('upload.refused') : e.message),
        errors.length ? h('ul', {}, errors.slice(0, 20).map(x => h('li', {}, [x.path, x.message].filter(Boolean).join(': ')))) : null));
    }
  };
  return h('section', {'aria-labelledby': 'upload-title'}, h('h2', {id: 'upload-title'}, t('upload.title')),
    h('p', {}, t('upload.explain')),
    h('form', {id: 'holding-upload', onsubmit: event => { event.preventDefault(); send(); }},
      field(t('upload.files'), files, t('upload.filesHint')), h('button', {type: 'submit'}, t('upload.button'))), result);
}

export function holdings(record) {
  if (!record.earned || record.earned.length === 0) {
    return empty(t('credentials.empty'), '#/catalog', t('credentials.browse'));
  }
  return h('div', {class: 'table-wrap'}, h('table', {},
    h('caption', {class: 'sr-only'}, t('credentials.title')),
    h('thead', {}, h('tr', {}, ['credentials.credential', 'credentials.provider', 'credentials.earned', 'credentials.grade',
      'credentials.verified', 'credentials.validUntil'].map(k => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, record.earned.map(e => h('tr', {},
      h('td', {}, credentialLink(e.credential.id, e.credential.title),
        h('div', {class: 'meta'}, [e.credential.kind, e.credential.ects != null ? t('common.ects', {ects: number(e.credential.ects)}) : null,
          e.credential.eqfLevel ? t('common.eqf', {level: e.credential.eqfLevel}) : null].filter(Boolean).join(' · '))),
      h('td', {}, e.credential.provider || t('common.unknown')),
      h('td', {}, e.date || t('common.unknown')),
      h('td', {}, e.grade || '–'),
      h('td', {}, e.verified ? h('span', {class: 'tag good'}, t('credentials.isVerified')) : h('span', {class: 'tag warn'}, t('credentials.notVerified'))),
      h('td', {}, e.expired ? h('span', {class: 'tag bad'}, t('credentials.expired', {date: e.validUntil}))
        : e.validUntil ? e.validUntil : t('credentials.noExpiry')))))));
}

function priorSkills(record) {
  if (!record.skills || record.skills.length === 0) return null;
  return [h('h2', {}, t('credentials.priorSkills')), h('ul', {}, record.skills.map(s => h('li', {}, s.label || s.uri, ' ',
    h('span', {class: 'meta'}, t('source.' + s.source)))))];
}
