// Next steps: the credentials I can take now toward my goal, each with its score explained in words.
import {api} from '../api.js';
import {h, fill} from '../dom.js';
import {t, number} from '../i18n.js';
import {base, learnerOf, empty, teacherFacts, credentialLink} from './common.js';

export async function render(main, context) {
  fill(main, h('h1', {}, t('next.title')), h('p', {class: 'lead'}, t('next.lead')), await section(learnerOf(context)));
}

export async function section(learner, query = {}) {
  let steps;
  try {
    steps = await api(`${base(learner)}/next-steps`, {query: {k: 5, ...query}});
  } catch (e) {
    if (e.status === 400 || e.status === 422) return empty(e.message, '#/me/goal', t('next.setGoal'));
    throw e;
  }
  const intro = h('p', {}, t('next.summary', {goal: steps.goal.label || steps.goal.id, essential: steps.essentialGap,
    optional: steps.optionalGap, candidates: steps.candidates}));
  if (steps.items.length === 0) {
    return h('div', {}, intro, empty(steps.essentialGap === 0 ? t('next.nothingMissing') : t('next.noneOpen')), later(steps));
  }
  return h('div', {}, intro, h('ol', {class: 'cards', id: 'next-steps'}, steps.items.map(item => card(item, steps))), later(steps));
}

function card(item, steps) {
  const weeks = item.weeks ? ` · ${t('next.weeks', {weeks: number(item.weeks), hours: number(item.weeklyHours)})}` : '';
  const parts = ['essential', 'optional', 'unlock', 'stacking', 'cost']
    .map(part => [h('dt', {}, t('next.part.' + part)), h('dd', {}, number(item.parts[part], 3))]);
  return h('li', {class: 'card'},
    h('h3', {}, t('next.rank', {rank: item.rank}), ' ', credentialLink(item.credential.id, item.credential.title)),
    h('p', {class: 'meta'}, teacherFacts(item.credential), weeks),
    h('p', {class: 'why'}, explain(item, steps)),
    h('details', {}, h('summary', {}, t('next.scoreParts', {score: number(item.score, 2)})),
      h('p', {class: 'meta'}, steps.formula), h('dl', {class: 'facts'}, parts)));
}

/** The score in words: what the credential covers, opens and counts toward. */
export function explain(item, steps) {
  const sentences = [];
  const names = list => list.map(s => s.label || s.uri).join(', ');
  if (item.coversEssential.length) {
    sentences.push(t('next.coversEssential', {count: item.coversEssential.length, total: steps.essentialGap, skills: names(item.coversEssential)}));
  }
  if (item.coversOptional.length) sentences.push(t('next.coversOptional', {count: item.coversOptional.length, skills: names(item.coversOptional)}));
  if (item.unlocks.length) sentences.push(t('next.unlocks', {list: item.unlocks.map(u => u.title || u.credential).join(', ')}));
  if (item.stacksInto.length) sentences.push(t('next.stacksInto', {list: item.stacksInto.map(s => s.title || s.credential).join(', ')}));
  if (sentences.length === 0) sentences.push(t('next.onlyCost'));
  sentences.push(t('next.cost', {metric: t('metric.' + String(steps.metric).toLowerCase())}));
  return sentences.join(' ');
}

function later(steps) {
  const parts = [];
  if (steps.reachableLater && steps.reachableLater.length) {
    parts.push(h('p', {class: 'meta'}, t('next.reachableLater', {skills: steps.reachableLater.map(s => s.label || s.uri).join(', ')})));
  }
  if (steps.unreachable && steps.unreachable.length) {
    parts.push(h('p', {class: 'meta'}, t('next.unreachable', {skills: steps.unreachable.map(s => s.label || s.uri).join(', ')})));
  }
  return parts;
}
