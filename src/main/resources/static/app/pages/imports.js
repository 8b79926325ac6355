// Admins: import a source (ESCO, UT Dallas, CTDL, Coursera, credential documents): upload progress, then the
// import's own progress (polled from the server while the upload request waits), then the report.
import {api, csrfHeader} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t, number} from '../i18n.js';

const POLL_MS = 500;

export async function render(main) {
  const formats = await api('/api/admin/imports');
  const format = h('select', {id: 'import-format'}, formats.map(f => h('option', {value: f.format}, `${f.format} – ${f.description}`)));
  const files = h('input', {type: 'file', id: 'import-files', multiple: true, required: true});
  const view = {
    upload: h('progress', {max: 100, value: 0, hidden: true, 'aria-label': t('imports.progress')}),
    work: h('progress', {max: 100, hidden: true, id: 'import-progress', 'aria-label': t('imports.importProgress')}),
    state: h('p', {role: 'status', id: 'import-state'}),
    report: h('div', {id: 'import-report'}),
  };
  fill(main, h('h1', {}, t('imports.title')), h('p', {class: 'lead'}, t('imports.lead')),
    h('form', {id: 'import-form', onsubmit: event => { event.preventDefault(); upload(format.value, files.files, view); }},
      field(t('imports.format'), format), field(t('imports.files'), files, t('imports.filesHint')),
      h('button', {type: 'submit'}, t('imports.start'))), view.upload, view.work, view.state, view.report);
}

/** An id for this import's progress: random, from the browser's generator (also outside secure contexts). */
function progressId() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
}

function upload(format, files, view) {
  const id = progressId();
  const body = new FormData();
  for (const file of files) body.append('files', file);
  const request = new XMLHttpRequest();
  request.open('POST', `/api/admin/imports/${encodeURIComponent(format)}?progress=${id}`);
  const [name, value] = csrfHeader();
  if (value) request.setRequestHeader(name, value);
  request.setRequestHeader('Accept', 'application/json, application/problem+json');
  fill(view.report);
  view.upload.hidden = false;
  view.upload.value = 0;
  request.upload.onprogress = e => {
    if (e.lengthComputable) {
      view.upload.value = Math.round(100 * e.loaded / e.total);
      fill(view.state, t('imports.uploading', {percent: view.upload.value}));
    }
  };
  let polling = true;
  request.upload.onload = () => {
    fill(view.state, t('imports.processing'));
    poll(id, view, () => polling);
  };
  request.onload = () => {
    polling = false;
    view.upload.value = 100;
    finished(request, view);
  };
  request.onerror = () => {
    polling = false;
    fill(view.state, t('error.network'));
  };
  request.send(body);
}

/** Asks how far the import is until the upload request answers; shows the step, how much of it is done, and the time. */
async function poll(id, view, going) {
  while (going()) {
    try {
      const p = await api(`/api/admin/imports/progress/${id}`);
      if (!going()) return;
      view.work.hidden = false;
      if (p.percent == null) view.work.removeAttribute('value');
      else view.work.value = p.percent;
      fill(view.state, p.state === 'waiting' ? t('imports.waiting', {seconds: p.seconds})
        : p.total > 0 ? t('imports.step', {step: p.step, done: number(p.done, 0), total: number(p.total, 0), percent: p.percent, seconds: p.seconds})
          : t('imports.stepUnknown', {step: p.step, done: number(p.done, 0), seconds: p.seconds}));
    } catch (e) {
      // not registered yet (the upload is still being saved) or a passing failure: ask again
    }
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}

function finished(request, view) {
  let data = null;
  try { data = JSON.parse(request.responseText); } catch (e) { data = null; }
  view.work.hidden = true;
  if (request.status >= 200 && request.status < 300 && data) {
    fill(view.state, t('imports.done'));
    fill(view.report, report(data));
    return;
  }
  fill(view.state);
  const errors = data && Array.isArray(data.errors) ? data.errors : [];
  const message = request.status === 401 ? t('error.unauthenticated') : request.status === 403 ? t('error.forbidden')
    : (data && data.detail) || t('error.generic', {status: request.status});
  fill(view.report, h('div', {class: 'error', role: 'alert'}, h('p', {}, message),
    errors.length ? [h('p', {}, t('imports.problems', {count: errors.length})),
      h('ul', {}, errors.slice(0, 50).map(e => h('li', {}, typeof e === 'string' ? e : [e.path, e.message].filter(Boolean).join(': '))))] : null,
    errors.length > 50 ? h('p', {}, t('imports.moreProblems', {count: errors.length - 50})) : null));
}

/** The report as a table (created, updated, unchanged per kind of entry) and its warnings. */
function report(r) {
  const kinds = Object.entries(r.entries || {});
  return [h('h2', {}, t('imports.report')),
    h('p', {id: 'import-summary'}, t('imports.summary', {format: r.format, source: r.source, took: took(r.took)})),
    kinds.length === 0 ? h('p', {class: 'empty'}, t('imports.nothing')) : h('div', {class: 'table-wrap', tabindex: '0', role: 'region',
      'aria-label': t('imports.report')}, h('table', {id: 'import-counts'},
      h('thead', {}, h('tr', {}, ['imports.kind', 'imports.created', 'imports.updated', 'imports.skipped'].map(k => h('th', {scope: 'col'}, t(k))))),
      h('tbody', {}, kinds.map(([kind, c]) => h('tr', {}, h('th', {scope: 'row'}, kind), h('td', {}, number(c.created, 0)),
        h('td', {}, number(c.updated, 0)), h('td', {}, number(c.skipped, 0))))))),
    r.warnings && r.warnings.length ? [h('h3', {}, t('imports.warnings', {count: r.warnings.length})),
      h('ul', {id: 'import-warnings'}, r.warnings.slice(0, 100).map(w => h('li', {}, w)))] : null];
}

function took(value) {
  if (typeof value === 'number') return t('imports.seconds', {seconds: number(value, 1)});
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(String(value || ''));
  if (!match) return String(value || '');
  const seconds = (Number(match[1] || 0) * 3600) + (Number(match[2] || 0) * 60) + Number(match[3] || 0);
  return t('imports.seconds', {seconds: number(seconds, 1)});
}
