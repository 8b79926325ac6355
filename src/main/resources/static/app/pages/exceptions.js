// Advisers (and admins): one learner's exceptions to the rules of a target and the "what if I switch" comparison.
// The exceptions are listed with who made each, when and why; a new one counts a credential toward a rule node picked
// from the audit tree, waives a node, or accepts a credential as equivalent to another, always with a reason; the
// audit beside them marks what each exception changed. The comparison audits the same credentials against another
// programme or another catalog year of this one, side by side. Every change asks the API again (consent, role).
import {api} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t} from '../i18n.js';
import {autocomplete} from '../autocomplete.js';
import {base, empty, audit, credentialLink} from './common.js';
import {targetsOf} from './plan.js';

const KINDS = ['COUNT_TOWARD', 'WAIVE', 'EQUIVALENT'];

export async function render(main, {params}) {
  const learner = params.id;
  const record = await api(base(learner));
  const targets = await targetsOf(learner, record);
  const state = {learner, record, target: targets.length ? targets[0].value : null, equivalentTo: null, titles: new Map()};
  record.earned.forEach(e => state.titles.set(e.credential.id, e.credential.title));
  targets.forEach(o => state.titles.set(o.value, o.label));
  const slots = {list: h('section', {id: 'exception-list'}), form: h('section', {id: 'exception-add'}),
    audit: h('section', {id: 'exception-audit'}), compare: h('section', {id: 'compare-result'})};
  const target = h('select', {id: 'exception-target', onchange: () => { state.target = target.value; refresh(state, slots); }},
    targets.map(o => h('option', {value: o.value}, o.label)));
  const name = record.name || record.id;
  fill(main, h('h1', {}, t('exceptions.title', {name})), h('p', {class: 'lead'}, t('exceptions.lead')),
    h('p', {}, h('a', {href: `#/learners/${encodeURIComponent(learner)}`}, t('plan.back', {name}))),
    targets.length ? field(t('plan.target'), target) : empty(t('plan.noTargets')),
    autocomplete({id: 'exception-other-target', label: t('plan.otherTarget'), hint: t('plan.otherTargetHint'), search: searchCredentials,
      onPick: item => {
        if (![...target.options].some(o => o.value === item.value)) target.append(h('option', {value: item.value}, item.label));
        target.value = item.value;
        state.target = item.value;
        state.titles.set(item.value, item.label);
        refresh(state, slots);
      }}),
    slots.list, h('div', {class: 'side-by-side'}, slots.form, slots.audit),
    h('h2', {id: 'compare-title'}, t('compare.title')), h('p', {class: 'meta'}, t('compare.lead')),
    autocomplete({id: 'compare-with', label: t('compare.with'), hint: t('compare.withHint'), search: searchCredentials,
      onPick: item => compare(state, item, slots.compare)}), slots.compare);
  await refresh(state, slots);
}

async function searchCredentials(text) {
  return (await api('/api/credentials', {query: {q: text, size: 10}})).items.map(c => ({value: c.id, label: c.title || c.id, detail: c.kind}));
}

/** The learner's exceptions and the target's audit with them applied, then the form whose node list is that tree. */
async function refresh(state, slots) {
  if (!state.target) {
    fill(slots.audit, empty(t('plan.pickTarget')));
  }
  const target = state.target ? encodeURIComponent(state.target) : null;
  const [list, current] = await Promise.all([api(`${base(state.learner)}/exceptions`),
    target ? api(`${base(state.learner)}/audit/${target}`).catch(e => e) : null]);
  // the rule's own labels: the audit's carry the markers of the exceptions applied, which the list shows apart
  const own = label => label.trim().replace(/: (waived|counted) by exception of .*$/, '');
  state.nodeLabels = new Map(current && !(current instanceof Error) ? nodes(current.tree).map(n => [n.id, own(n.label)]) : []);
  fill(slots.list, h('h2', {}, t('exceptions.list')), exceptionList(state, list, slots));
  if (current instanceof Error) {
    fill(slots.audit, h('h2', {}, t('plan.audit')), h('p', {class: 'error', role: 'alert'}, current.message));
  } else if (current) {
    fill(slots.audit, h('h2', {}, t('plan.audit')), audit(current));
  }
  fill(slots.form, h('h2', {}, t('exceptions.add')), current && !(current instanceof Error) ? addForm(state, current, slots) : null);
}

function exceptionList(state, list, slots) {
  if (list.length === 0) return empty(t('exceptions.none'));
  const title = id => state.titles.get(id) || id;
  return h('div', {class: 'table-wrap'}, h('table', {id: 'exception-table'},
    h('thead', {}, h('tr', {}, ['what', 'who', 'when', 'why', 'action'].map(c => h('th', {scope: 'col'}, t('exceptions.col.' + c))))),
    h('tbody', {}, list.map(e => h('tr', {'data-exception': e.id},
      h('td', {}, h('strong', {}, t('exceptions.kind.' + e.kind)), ': ', t('exceptions.what.' + e.kind,
        {credential: title(e.credential), node: state.nodeLabels.get(e.node) || e.node, equivalentTo: title(e.equivalentTo), target: e.target ? title(e.target) : t('exceptions.everyTarget')})),
      h('td', {}, e.madeBy), h('td', {}, (e.madeAt || '').slice(0, 10)), h('td', {}, e.reason),
      h('td', {}, h('button', {type: 'button', class: 'secondary', 'aria-label': t('exceptions.removeOne', {reason: e.reason}),
        onclick: async () => {
          await api(`${base(state.learner)}/exceptions/${encodeURIComponent(e.id)}`, {method: 'DELETE'});
          status(t('exceptions.removed'));
          await refresh(state, slots);
        }}, t('exceptions.remove'))))))));
}

/** Every node of the audit tree, indented by depth, for picking where an exception applies. */
function nodes(node, depth = 0, into = []) {
  into.push({id: node.id, label: `${'\u2003'.repeat(depth)}${node.label || node.credential || node.type}`});
  (node.children || []).forEach(child => nodes(child, depth + 1, into));
  return into;
}

function addForm(state, current, slots) {
  const kind = h('select', {id: 'exception-kind'}, KINDS.map(k => h('option', {value: k}, t('exceptions.kind.' + k))));
  const node = h('select', {id: 'exception-node'}, nodes(current.tree).map(n => h('option', {value: n.id}, n.label)));
  const credential = h('select', {id: 'exception-credential'}, state.record.earned.map(e => h('option', {value: e.credential.id}, e.credential.title || e.credential.id)));
  const reason = h('textarea', {id: 'exception-reason', rows: 2, maxlength: 500});
  const result = h('div', {id: 'exception-result', 'aria-live': 'polite'});
  const equivalent = autocomplete({id: 'exception-equivalent', label: t('exceptions.equivalentTo'), hint: t('plan.otherTargetHint'),
    search: searchCredentials, onPick: item => { state.equivalentTo = item.value; state.titles.set(item.value, item.label); }});
  const parts = {node: field(t('exceptions.node'), node, t('exceptions.nodeHint')), credential: field(t('exceptions.credential'), credential),
    equivalent};
  const showIf = (element, shown) => { element.style.display = shown ? '' : 'none'; };
  const show = () => {
    showIf(parts.node, kind.value !== 'EQUIVALENT');
    showIf(parts.credential, kind.value !== 'WAIVE');
    showIf(parts.equivalent, kind.value === 'EQUIVALENT');
  };
  kind.addEventListener('change', show);
  show();
  const submit = async event => {
    event.preventDefault();
    const body = {kind: kind.value, target: state.target, reason: reason.value};
    if (kind.value !== 'EQUIVALENT') body.node = node.value;
    if (kind.value !== 'WAIVE') body.credential = credential.value;
    if (kind.value === 'EQUIVALENT') body.equivalentTo = state.equivalentTo;
    try {
      await api(`${base(state.learner)}/exceptions`, {method: 'POST', body});
      status(t('exceptions.added'));
      await refresh(state, slots);
    } catch (e) {
      fill(result, h('p', {class: 'error', role: 'alert'}, t('exceptions.refused', {reason: e.message})));
    }
  };
  return h('form', {id: 'exception-form', onsubmit: submit}, field(t('exceptions.kind'), kind), parts.node, parts.credential, equivalent,
    state.record.earned.length ? null : h('p', {class: 'meta'}, t('exceptions.noHoldings')),
    field(t('exceptions.reason'), reason, t('exceptions.reasonHint')), h('button', {type: 'submit'}, t('exceptions.make')), result);
}

function status(text) {
  fill(document.getElementById('status'), text);
}

/** The same credentials against the current target and another credential, side by side. */
async function compare(state, other, slot) {
  if (!state.target) return;
  fill(slot, h('p', {'aria-busy': 'true'}, t('common.loading')));
  try {
    const result = await api(`${base(state.learner)}/audit/${encodeURIComponent(state.target)}/compare`, {query: {with: other.value}});
    const list = (key, ids) => h('div', {class: 'compare-list', 'data-list': key}, h('h3', {}, t('compare.' + key, {count: ids.length})),
      ids.length ? h('ul', {}, ids.map(id => h('li', {}, credentialLink(id, state.titles.get(id))))) : h('p', {class: 'meta'}, t('compare.nothing')));
    fill(slot, h('div', {class: 'row'}, list('stillCounts', result.stillCounts), list('countsOnlyInCurrent', result.countsOnlyInCurrent),
      list('countsOnlyInAlternative', result.countsOnlyInAlternative)),
    h('div', {class: 'side-by-side'}, h('div', {id: 'compare-current'}, h('h3', {}, t('compare.current', {title: result.current.title})), audit(result.current)),
      h('div', {id: 'compare-alternative'}, h('h3', {}, t('compare.alternative', {title: result.alternative.title})), audit(result.alternative))));
  } catch (e) {
    fill(slot, h('p', {class: 'error', role: 'alert'}, e.message));
  }
}
