// The catalog, open to everyone: search with paging (never the whole catalog at once) and one credential with
// its stacking rule drawn as a tree.
import {api} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t, number, money} from '../i18n.js';
import {empty, pager, credentialLink} from './common.js';

export async function renderSearch(main) {
  const q = h('input', {type: 'search', id: 'catalog-q'});
  const slot = h('div', {id: 'catalog-results'});
  const load = async page => {
    const result = await api('/api/credentials', {query: {q: q.value.trim(), page, size: 20}});
    fill(slot, h('p', {role: 'status'}, t('catalog.count', {total: result.total})),
      result.items.length === 0 ? empty(t('catalog.empty')) : h('ul', {class: 'cards'}, result.items.map(c => h('li', {class: 'card'},
        h('h2', {}, credentialLink(c.id, c.title)),
        h('p', {class: 'meta'}, [c.kind, c.provider && (c.provider.name || c.provider.id), c.provider && c.provider.country,
          c.ects != null ? t('common.ects', {ects: number(c.ects)}) : null, c.eqfLevel ? t('common.eqf', {level: c.eqfLevel}) : null,
          c.language, money(c.price)].filter(Boolean).join(' · '))))),
      pager(result, load));
  };
  fill(main, h('h1', {}, t('catalog.title')), h('p', {class: 'lead'}, t('catalog.lead')),
    h('form', {role: 'search', onsubmit: event => { event.preventDefault(); load(0); }},
      h('div', {class: 'row'}, field(t('catalog.search'), q), h('button', {type: 'submit'}, t('catalog.go')))), slot);
  await load(0);
}

export async function renderOne(main, {params}) {
  const c = await api(`/api/credentials/${encodeURIComponent(params.id)}`);
  fill(main, h('h1', {}, c.title || c.id),
    h('dl', {class: 'facts'}, [['catalog.kind', c.kind], ['catalog.provider', c.provider && (c.provider.name || c.provider.id)],
      ['catalog.ects', c.ects != null ? number(c.ects) : null], ['catalog.eqf', c.eqfLevel], ['catalog.language', c.language],
      ['catalog.participation', c.participation], ['catalog.price', money(c.price)], ['catalog.weeks', c.durationWeeks],
      ['catalog.assessment', c.assessment], ['catalog.quality', c.qualityAssurance]]
      .map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v == null || v === '' ? t('common.unknown') : String(v))])),
    c.description ? h('p', {}, c.description) : null,
    rule(t('catalog.stackingRule'), c.requirements),
    rule(t('catalog.prerequisites'), c.prerequisites),
    list(t('catalog.sameAs'), c.sameAs), list(t('catalog.stacksInto'), c.stacksInto), list(t('catalog.unlocks'), c.unlocks));
}

function rule(title, node) {
  if (!node) return null;
  return [h('h2', {}, title), h('ul', {class: 'tree', id: 'rule-tree'}, ruleNode(node))];
}

function ruleNode(node) {
  const parts = [node.label || t('rule.' + node.kind)];
  if (node.minGrade) parts.push(t('catalog.ruleGrade', {grade: node.minGrade}));
  if (node.k != null) parts.push(t('catalog.ruleK', {k: node.k}));
  if (node.credits != null) parts.push(t('catalog.ruleCredits', {credits: number(node.credits)}));
  const children = node.children || node.items || [];
  return h('li', {}, node.credential ? credentialLink(node.credential.id, node.credential.title || node.credential.id) : parts[0],
    parts.length > 1 ? h('span', {class: 'meta'}, ' · ', parts.slice(1).join(' · ')) : null,
    children.length ? h('ul', {}, children.map(ruleNode)) : null);
}

function list(title, items) {
  if (!items || items.length === 0) return null;
  return [h('h2', {}, title), h('ul', {}, items.map(i => h('li', {}, credentialLink(i.id || i.credential, i.title || i.id || i.credential))))];
}
