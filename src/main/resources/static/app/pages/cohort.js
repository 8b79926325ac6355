// Advisers: every learner who granted access, toward one occupation: gap, top next step, route cost and terms,
// sortable, and as a CSV file.
import {api} from '../api.js';
import {h, fill} from '../dom.js';
import {t, number} from '../i18n.js';
import {autocomplete} from '../autocomplete.js';
import {empty} from './common.js';

const COHORT_LIMIT = 200; // what one batch request takes

const COLUMNS = [
  {key: 'name', label: 'cohort.learner', value: r => r.name},
  {key: 'coverage', label: 'cohort.coverage', value: r => r.coverage, show: v => `${number(v)} %`},
  {key: 'gap', label: 'cohort.gap', value: r => r.gap},
  {key: 'next', label: 'cohort.next', value: r => r.next || ''},
  {key: 'ects', label: 'cohort.ects', value: r => r.ects, show: v => (v == null ? t('common.unknown') : number(v))},
  {key: 'price', label: 'cohort.price', value: r => r.price, show: v => (v == null ? t('common.unknown') : number(v, 2))},
  {key: 'terms', label: 'cohort.terms', value: r => r.terms},
];

export async function render(main) {
  const learners = (await api('/api/learners', {query: {size: COHORT_LIMIT}})).items;
  const slot = h('div', {id: 'cohort'});
  fill(main, h('h1', {}, t('cohort.title')), h('p', {class: 'lead'}, t('cohort.lead')));
  if (learners.length === 0) {
    main.append(empty(t('learners.empty')));
    return;
  }
  main.append(autocomplete({id: 'cohort-occupation', label: t('goal.search'), hint: t('coverage.searchHint'),
    search: async text => (await api('/api/occupations', {query: {q: text, size: 10}})).items
      .map(o => ({value: o.uri, label: o.label || o.uri, detail: o.code})),
    onPick: async item => {
      fill(slot, h('p', {}, t('common.loading')));
      try {
        const answer = await api('/api/recommendations/batch', {method: 'POST',
          body: {learners: learners.map(l => l.id), occupation: item.value, k: 1, routes: true}});
        const names = new Map(learners.map(l => [l.id, l.name || l.id]));
        table(slot, answer.items.map(i => row(i, names)), item.label);
      } catch (e) {
        fill(slot, h('p', {class: 'error', role: 'alert'}, e.message));
      }
    }}), slot);
}

function row(item, names) {
  const top = item.nextSteps && item.nextSteps.items[0];
  const route = item.route;
  return {id: item.learner, name: names.get(item.learner), coverage: item.essentialCoverage, gap: item.essentialGap,
    next: top ? top.credential.title : null, ects: route ? route.totalEcts : null, price: route ? route.totalPrice : null,
    terms: route ? route.terms.length : null};
}

function table(slot, rows, goal) {
  let sort = {key: 'coverage', ascending: false};
  const draw = () => {
    const column = COLUMNS.find(c => c.key === sort.key);
    const sorted = [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order = x == null ? 1 : y == null ? -1 : x < y ? -1 : x > y ? 1 : 0;
      return sort.ascending ? order : -order;
    });
    fill(slot, h('p', {}, t('cohort.summary', {count: rows.length, goal})),
      h('button', {type: 'button', class: 'secondary', id: 'cohort-csv', onclick: () => download(sorted, goal)}, t('cohort.csv')),
      h('div', {class: 'table-wrap'}, h('table', {id: 'cohort-table'},
        h('thead', {}, h('tr', {}, COLUMNS.map(c => h('th', {scope: 'col',
          'aria-sort': c.key === sort.key ? (sort.ascending ? 'ascending' : 'descending') : null},
          h('button', {type: 'button', class: 'sort', onclick: () => {
            sort = {key: c.key, ascending: c.key === sort.key ? !sort.ascending : true};
            draw();
          }}, t(c.label)))))),
        h('tbody', {}, sorted.map(r => h('tr', {'data-learner': r.id}, COLUMNS.map((c, i) => h('td', {},
          i === 0 ? h('a', {href: `#/learners/${encodeURIComponent(r.id)}`}, r.name)
            : c.show ? c.show(c.value(r)) : (c.value(r) ?? t('common.unknown'))))))))));
  };
  draw();
}

function download(rows, goal) {
  const quote = v => `"${String(v ?? '').replace(/"/g, '""')}"`;
  const lines = [['learner', 'name', ...COLUMNS.slice(1).map(c => c.key)].map(quote).join(',')];
  rows.forEach(r => lines.push([r.id, r.name, ...COLUMNS.slice(1).map(c => c.value(r))].map(quote).join(',')));
  const link = h('a', {href: URL.createObjectURL(new Blob([lines.join('\r\n') + '\r\n'], {type: 'text/csv'})),
    download: `cohort-${goal.replace(/[^\w-]+/g, '-')}.csv`});
  document.body.append(link);
  link.click();
  link.remove();
}
