// Admins: import a source (ESCO, UT Dallas, CTDL, Coursera, credential documents) with upload progress and the report.
import {api, csrfHeader} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t} from '../i18n.js';

export async function render(main) {
  const formats = await api('/api/admin/imports');
  const format = h('select', {id: 'import-format'}, formats.map(f => h('option', {value: f.format}, `${f.format} – ${f.description}`)));
  const files = h('input', {type: 'file', id: 'import-files', multiple: true, required: true});
  const bar = h('progress', {max: 100, value: 0, hidden: true, 'aria-label': t('imports.progress')});
  const state = h('p', {role: 'status'});
  const report = h('div', {id: 'import-report'});
  fill(main, h('h1', {}, t('imports.title')), h('p', {class: 'lead'}, t('imports.lead')),
    h('form', {id: 'import-form', onsubmit: event => { event.preventDefault(); upload(format.value, files.files, bar, state, report); }},
      field(t('imports.format'), format), field(t('imports.files'), files, t('imports.filesHint')),
      h('button', {type: 'submit'}, t('imports.start'))), bar, state, report);
}

function upload(format, files, bar, state, report) {
  const body = new FormData();
  for (const file of files) body.append('files', file);
  const request = new XMLHttpRequest();
  request.open('POST', `/api/admin/imports/${encodeURIComponent(format)}`);
  const [name, value] = csrfHeader();
  if (value) request.setRequestHeader(name, value);
  request.setRequestHeader('Accept', 'application/json, application/problem+json');
  bar.hidden = false;
  bar.value = 0;
  request.upload.onprogress = e => {
    if (e.lengthComputable) {
      bar.value = Math.round(100 * e.loaded / e.total);
      fill(state, t('imports.uploading', {percent: bar.value}));
    }
  };
  request.upload.onload = () => fill(state, t('imports.processing'));
  request.onload = () => {
    bar.value = 100;
    let data = null;
    try { data = JSON.parse(request.responseText); } catch (e) { data = null; }
    if (request.status >= 200 && request.status < 300) {
      fill(state, t('imports.done'));
      fill(report, h('h2', {}, t('imports.report')), h('pre', {class: 'data', tabindex: '0'}, JSON.stringify(data, null, 2)));
    } else {
      fill(state);
      const errors = data && Array.isArray(data.errors) ? data.errors.slice(0, 50) : [];
      fill(report, h('p', {class: 'error', role: 'alert'}, (data && data.detail) || t('error.generic', {status: request.status})),
        errors.length ? h('ul', {}, errors.map(e => h('li', {}, typeof e === 'string' ? e : [e.path, e.message].filter(Boolean).join(': ')))) : null);
    }
  };
  request.onerror = () => fill(state, t('error.network'));
  request.send(body);
}
