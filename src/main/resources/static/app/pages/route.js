// The full route: the cheapest set of credentials covering my essential gap, with prerequisites, term by term.
import {api} from '../api.js';
import {h, fill} from '../dom.js';
import {t, number} from '../i18n.js';
import {base, learnerOf, empty, teacherFacts, credentialLink, totals, unknownNotes} from './common.js';

export async function render(main, context) {
  fill(main, h('h1', {}, t('route.title')), h('p', {class: 'lead'}, t('route.lead')), await section(learnerOf(context)));
}

export async function section(learner, query = {}) {
  let route;
  try {
    route = await api(`${base(learner)}/route`, {query});
  } catch (e) {
    if (e.status === 400 || e.status === 422) return empty(e.message, '#/me/goal', t('next.setGoal'));
    throw e;
  }
  const byId = new Map(route.credentials.map(step => [step.credential.id, step]));
  const summary = h('p', {}, t('route.summary', {goal: route.goal.label || route.goal.id, count: route.credentials.length,
    terms: route.terms.length, ...totals(route), covered: route.essentialCovered, gap: route.essentialGap}));
  const notes = unknownNotes(route);
  if (route.status !== 'OPTIMAL') notes.push(h('p', {class: 'notice'}, t('route.notProven', {gap: number(route.gap * 100)})));
  if (route.untaught.length) notes.push(h('p', {class: 'notice'}, t('route.untaught', {skills: route.untaught.map(s => s.label || s.uri).join(', ')})));
  if (route.excluded.length) notes.push(h('p', {class: 'notice'}, t('route.excluded', {skills: route.excluded.map(s => s.label || s.uri).join(', ')})));
  if (route.credentials.length === 0) {
    return h('div', {}, summary, notes, empty(t('route.empty')));
  }
  return h('div', {}, summary, notes, h('ol', {class: 'timeline', id: 'route-terms'}, route.terms.map(term => h('li', {},
    h('h2', {}, t('route.term', {number: term.number}), ' ', h('span', {class: 'meta'}, t('route.termLoad', {ects: number(term.ects)}))),
    h('ul', {}, term.credentials.map(id => {
      const step = byId.get(id);
      if (!step) return h('li', {}, credentialLink(id));
      return h('li', {}, credentialLink(id, step.credential.title), h('div', {class: 'meta'}, teacherFacts(step.credential)),
        step.coversEssential.length ? h('div', {}, t('route.covers', {skills: step.coversEssential.map(s => s.label || s.uri).join(', ')})) : null,
        step.prerequisiteFor.length ? h('div', {class: 'meta'}, t('route.prerequisiteFor', {list: step.prerequisiteFor.map(p => byId.get(p)?.credential.title || p).join(', ')})) : null);
    }))))));
}
