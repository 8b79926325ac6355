// Add a holding by hand: find the credential (catalog search with paging, never the whole catalog), pick it, give the
// date it was earned and optionally a grade. It joins the record as not verified; the table is redrawn in place.
import {api} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t} from '../i18n.js';
import {base, pager} from './common.js';

export function addHolding(learner, onAdded) {
  const q = h('input', {type: 'search', id: 'add-holding-q'});
  const results = h('div', {id: 'add-holding-results'});
  const date = h('input', {type: 'date', id: 'add-holding-date', required: true, max: new Date().toISOString().slice(0, 10)});
  const grade = h('input', {type: 'text', id: 'add-holding-grade', maxlength: 100, autocomplete: 'off'});
  const result = h('div', {id: 'add-holding-result', role: 'status'});
  const search = async page => {
    const found = await api('/api/credentials', {query: {q: q.value.trim(), page, size: 10}});
    fill(results, found.items.length === 0 ? h('p', {}, t('addHolding.none')) : h('fieldset', {},
      h('legend', {}, t('addHolding.pick', {total: found.total})),
      found.items.map(c => h('div', {class: 'check'},
        h('input', {type: 'radio', name: 'add-holding-credential', id: `add-holding-${c.id}`, value: c.id}),
        h('label', {for: `add-holding-${c.id}`}, c.title || c.id, ' ',
          h('span', {class: 'meta'}, [c.provider && (c.provider.name || c.provider.id), c.kind].filter(Boolean).join(' · '))))),
      pager(found, search)));
  };
  const send = async () => {
    const picked = results.querySelector('input[name="add-holding-credential"]:checked');
    if (!picked) {
      fill(result, h('p', {class: 'error', role: 'alert'}, t('addHolding.pickFirst')));
      return;
    }
    try {
      const record = await api(`${base(learner)}/holdings`, {method: 'POST',
        body: {credential: picked.value, date: date.value, grade: grade.value.trim() || undefined}});
      fill(result, h('p', {}, t('addHolding.done')));
      grade.value = '';
      onAdded(record);
    } catch (e) {
      fill(result, h('p', {class: 'error', role: 'alert'}, e.message));
    }
  };
  return h('section', {'aria-labelledby': 'add-holding-title'}, h('h2', {id: 'add-holding-title'}, t('addHolding.title')),
    h('p', {}, t('addHolding.explain')),
    h('div', {class: 'row'}, field(t('addHolding.search'), q, t('addHolding.searchHint')),
      h('button', {type: 'button', id: 'add-holding-search', class: 'secondary', onclick: () => search(0)}, t('addHolding.find'))),
    h('form', {id: 'add-holding', novalidate: true, onsubmit: event => { event.preventDefault(); send(); }},
      results, field(t('addHolding.date'), date), field(t('addHolding.grade'), grade, t('addHolding.gradeHint')),
      h('button', {type: 'submit'}, t('addHolding.button'))), result);
}
