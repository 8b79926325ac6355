// Advisers (and admins): one learner's plan toward a target with filters (price, language, participation, provider,
// term load) and waivers, side by side with the learner's current audit of that target. Nothing is stored: each
// change asks the API again, which checks the learner's consent and that only an adviser or admin waives.
import {api} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t, number, money} from '../i18n.js';
import {autocomplete} from '../autocomplete.js';
import {base, empty, audit, credentialLink, totals, unknownNotes} from './common.js';

export async function render(main, {params}) {
  const learner = params.id;
  const record = await api(base(learner));
  const targets = await targetsOf(learner, record);
  const state = {target: targets.length ? targets[0].value : null, providers: [], waivable: new Map(), waived: new Set(),
    titles: new Map(targets.map(o => [o.value, o.label]))};
  const form = filters(state);
  const planSlot = h('section', {id: 'plan-result'});
  const auditSlot = h('section', {id: 'plan-audit'});
  const waivers = h('div', {id: 'plan-waivers'});
  const run = () => update(learner, state, form, waivers, planSlot, auditSlot);
  const target = h('select', {id: 'plan-target', onchange: () => { state.target = target.value; run(); }},
    targets.map(o => h('option', {value: o.value}, o.label)));
  fill(main, h('h1', {}, t('plan.title', {name: record.name || record.id})), h('p', {class: 'lead'}, t('plan.lead')),
    h('p', {}, h('a', {href: `#/learners/${encodeURIComponent(learner)}`}, t('plan.back', {name: record.name || record.id})), ' · ',
      h('a', {href: `#/learners/${encodeURIComponent(learner)}/exceptions`}, t('learner.openExceptions'))),
    h('form', {id: 'plan-form', onsubmit: event => { event.preventDefault(); run(); }},
      targets.length ? null : empty(t('plan.noTargets')), field(t('plan.target'), target),
      autocomplete({id: 'plan-other-target', label: t('plan.otherTarget'), hint: t('plan.otherTargetHint'),
        search: async text => (await api('/api/credentials', {query: {q: text, size: 10}})).items
          .map(c => ({value: c.id, label: c.title || c.id, detail: c.kind})),
        onPick: item => {
          if (![...target.options].some(o => o.value === item.value)) target.append(h('option', {value: item.value}, item.label));
          target.value = item.value;
          state.target = item.value;
          state.titles.set(item.value, item.label);
          run();
        }}),
      form.element,
      h('fieldset', {}, h('legend', {}, t('plan.waivers')), h('p', {class: 'hint'}, t('plan.waiversHint')), waivers),
      h('button', {type: 'submit', id: 'plan-submit'}, t('plan.make'))),
    h('div', {class: 'side-by-side'}, planSlot, auditSlot));
  if (state.target) await run();
  else fill(planSlot, empty(t('plan.pickTarget')));
}

/** What the learner works toward: credential goals first, then what their holdings stack into. */
export async function targetsOf(learner, record) {
  const options = new Map();
  (record.goals || []).filter(g => g.type === 'credential').forEach(g => options.set(g.id, g.label || g.id));
  (await api(`${base(learner)}/stacking`)).filter(o => !o.met).forEach(o => {
    if (!options.has(o.credential)) options.set(o.credential, o.title || o.credential);
  });
  return [...options].map(([value, label]) => ({value, label}));
}

/** The filter controls and the query they make (empty values are left out). */
function filters(state) {
  // no min or max on the numbers: the service's answer to a wrong value is a sentence naming the field, in the app's language
  const price = h('input', {type: 'number', id: 'plan-max-price', step: 'any', inputmode: 'decimal'});
  const language = h('input', {type: 'text', id: 'plan-language', autocomplete: 'off'});
  const participation = h('select', {id: 'plan-participation'}, ['', 'online', 'onsite', 'blended']
    .map(p => h('option', {value: p}, t(p ? 'plan.participation.' + p : 'plan.any'))));
  const termCredits = h('input', {type: 'number', id: 'plan-term-credits', step: 'any', value: 30});
  const metric = h('select', {id: 'plan-metric'}, ['ects', 'price', 'weeks'].map(m => h('option', {value: m}, t('metric.' + m))));
  const chosen = h('ul', {class: 'chips', id: 'plan-providers'});
  const showProviders = () => fill(chosen, state.providers.map(p => h('li', {}, p.label, ' ',
    h('button', {type: 'button', class: 'secondary', onclick: () => {
      state.providers = state.providers.filter(x => x.value !== p.value);
      showProviders();
    }}, t('plan.removeProvider', {provider: p.label})))));
  const element = h('fieldset', {}, h('legend', {}, t('plan.filters')),
    h('div', {class: 'row'}, field(t('plan.maxPrice'), price), field(t('plan.language'), language, t('plan.languageHint')),
      field(t('plan.participation'), participation), field(t('plan.termCredits'), termCredits, t('plan.termCreditsHint')),
      field(t('plan.metric'), metric)),
    autocomplete({id: 'plan-provider', label: t('plan.provider'), hint: t('plan.providerHint'),
      search: async text => (await api('/api/providers', {query: {q: text, size: 10}})).items
        .map(p => ({value: p.id, label: p.name || p.id, detail: p.country})),
      onPick: item => {
        if (!state.providers.some(p => p.value === item.value)) state.providers.push(item);
        showProviders();
      }}), chosen);
  const query = () => ({maxPrice: price.value, language: language.value.split(/[\s,]+/).filter(Boolean),
    participation: participation.value, provider: state.providers.map(p => p.value), termCredits: termCredits.value,
    metric: metric.value, waive: [...state.waived]});
  return {element, query};
}

/** Asks for the plan and the audit together, then shows both and the waivers they make possible. */
async function update(learner, state, form, waivers, planSlot, auditSlot) {
  if (!state.target) return;
  const query = form.query();
  fill(planSlot, h('h2', {id: 'plan-result-title'}, t('plan.plan')), h('p', {'aria-busy': 'true'}, t('common.loading')));
  fill(auditSlot, h('h2', {id: 'plan-audit-title'}, t('plan.audit')), h('p', {'aria-busy': 'true'}, t('common.loading')));
  const target = encodeURIComponent(state.target);
  const [plan, current] = await Promise.allSettled([api(`${base(learner)}/plan/${target}`, {query}),
    api(`${base(learner)}/audit/${target}`, {query: {waive: query.waive}})]);
  if (current.status === 'fulfilled') conditions(current.value.tree, state.waivable);
  if (plan.status === 'rejected') (plan.reason.problem.blockers || []).filter(b => b.waivable)
    .forEach(b => state.waivable.set(b.node, b.label || b.node));
  fill(planSlot, h('h2', {id: 'plan-result-title'}, t('plan.plan')),
    plan.status === 'fulfilled' ? planView(plan.value, state.titles) : failure(plan.reason));
  fill(auditSlot, h('h2', {id: 'plan-audit-title'}, t('plan.audit')),
    current.status === 'fulfilled' ? audit(current.value) : failure(current.reason));
  showWaivers(state, waivers);
}

/** The condition and unresolved leaves of an audit tree: what an adviser may waive. */
function conditions(node, into) {
  if (node.type === 'CONDITION' || node.type === 'UNRESOLVED') into.set(node.id, node.label || node.id);
  (node.children || []).forEach(child => conditions(child, into));
}

function showWaivers(state, slot) {
  const box = (id, label, value) => h('div', {class: 'check'},
    h('input', {type: 'checkbox', id, value, checked: state.waived.has(value), onchange: event => {
      if (event.target.checked) state.waived.add(value);
      else state.waived.delete(value);
    }}), h('label', {for: id}, label));
  fill(slot, state.waivable.size === 0 ? h('p', {class: 'meta'}, t('plan.noConditions')) : null,
    h('ul', {class: 'plain'}, [...state.waivable].map(([id, label], i) => h('li', {}, box(`plan-waive-${i}`, t('plan.waiveOne', {label}), id)))),
    box('plan-waive-all', t('plan.waiveAll'), '*'));
}

function planView(plan, titles) {
  const byId = new Map(plan.credentials.map(c => [c.id, c]));
  const notes = unknownNotes(plan);
  if (plan.status !== 'OPTIMAL') notes.push(h('p', {class: 'notice'}, t('route.notProven', {gap: number(plan.gap * 100)})));
  if (plan.credentials.length === 0) return [notes, empty(t('plan.nothingToTake'))];
  return [h('p', {id: 'plan-summary'}, t('plan.summary', {count: plan.credentials.length, terms: plan.terms.length, ...totals(plan)})), notes,
  h('ol', {class: 'timeline', id: 'plan-terms'}, plan.terms.map(term => h('li', {},
    h('h3', {}, t('route.term', {number: term.number}), ' ', h('span', {class: 'meta'}, t('route.termLoad', {ects: number(term.ects)}))),
    h('ul', {}, term.credentials.map(id => planned(byId.get(id) || {id, counts: [], unlocks: []}, byId, titles))))))];
}

function planned(c, byId, titles) {
  const facts = [c.provider, c.ects != null ? t('common.ects', {ects: number(c.ects)}) : null, money(c.price),
    c.weeks != null ? t('plan.weeks', {weeks: number(c.weeks)}) : null].filter(Boolean).join(' · ');
  return h('li', {'data-credential': c.id}, credentialLink(c.id, c.title), h('div', {class: 'meta'}, facts),
    c.counts.length ? h('div', {}, t('plan.countsToward', {list: c.counts.map(id => titles.get(id) || id).join(', ')})) : null,
    c.countsAs?.length ? h('div', {class: 'meta'}, t('plan.countsAs', {codes: c.countsAs.join(', ')})) : null,
    c.unlocks.length ? h('div', {class: 'meta'}, t('route.prerequisiteFor', {list: c.unlocks.map(u => byId.get(u)?.title || u).join(', ')})) : null);
}

/** A refusal, a mistake in a filter or a target no plan can meet, as sentences (with each blocking part for a 422). */
function failure(e) {
  const blockers = (e.problem && e.problem.blockers) || [];
  return h('div', {class: 'error', role: 'alert'}, h('p', {}, blockers.length ? t('plan.unsatisfiable') : e.message),
    blockers.length ? h('ul', {id: 'plan-blockers'}, blockers.map(b => h('li', {}, h('strong', {}, b.label || b.node), ': ', b.reason,
      b.waivable ? h('span', {class: 'meta'}, ' ', t('plan.canWaive')) : null))) : null);
}
