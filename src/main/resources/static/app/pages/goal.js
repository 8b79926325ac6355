// My goal (an ESCO occupation found by autocomplete) and my skill gap toward it: held via what, missing, who teaches it.
import {api} from '../api.js';
import {h, fill} from '../dom.js';
import {t, number} from '../i18n.js';
import {autocomplete} from '../autocomplete.js';
import {base, learnerOf, empty, teacherFacts, credentialLink} from './common.js';

export async function render(main, context) {
  const learner = learnerOf(context);
  const record = await api(base(learner));
  const goals = record.goals || [];
  const status = h('p', {role: 'status', id: 'goal-status'});
  const picker = autocomplete({
    id: 'occupation-search', label: t('goal.search'), hint: t('goal.searchHint'),
    search: async text => (await api('/api/occupations', {query: {q: text, size: 10}})).items
      .map(o => ({value: o.uri, label: o.label || o.preferredLabel || o.uri, detail: o.code})),
    onPick: async item => {
      const kept = goals.filter(g => g.type !== 'occupation').map(g => ({credential: g.id}));
      await api(`${base(learner)}/goals`, {method: 'PUT', body: [{occupation: item.value}, ...kept]});
      fill(status, t('goal.saved', {label: item.label}));
      await context.rerender();
    },
  });
  const gapSlot = h('div', {id: 'skill-gap'});
  fill(main, h('h1', {}, t('goal.title')), h('p', {class: 'lead'}, t('goal.lead')),
    h('h2', {}, t('goal.current')),
    goals.length ? h('ul', {id: 'goals'}, goals.map(g => h('li', {}, t('goal.type.' + g.type), ': ',
      g.type === 'credential' ? credentialLink(g.id, g.label) : (g.label || g.id)))) : empty(t('goal.none')),
    h('h2', {}, t('goal.change')), picker, status,
    h('h2', {}, t('gap.title')), gapSlot);
  if (goals.length === 0) {
    fill(gapSlot, empty(t('gap.noGoal')));
    return;
  }
  fill(gapSlot, skillGap(await api(`${base(learner)}/skill-gap`)));
}

export function skillGap(gap) {
  const missing = list => list.map(s => h('li', {}, h('strong', {}, s.label || s.uri),
    s.taughtBy.length ? h('ul', {}, s.taughtBy.map(c => h('li', {}, credentialLink(c.id, c.title), h('span', {class: 'meta'}, ' · ', teacherFacts(c)))),
      s.teachingCredentials > s.taughtBy.length ? h('li', {class: 'meta'}, t('gap.moreTeachers', {count: s.teachingCredentials - s.taughtBy.length})) : null)
      : h('p', {class: 'meta'}, t('gap.noTeacher'))));
  return h('div', {},
    h('p', {}, t('gap.summary', {goal: gap.goal.label || gap.goal.id, held: gap.essentialHeld, total: gap.essentialTotal,
      percent: number(gap.essentialCoverage)})),
    h('progress', {value: gap.essentialHeld, max: Math.max(gap.essentialTotal, 1), 'aria-label': t('gap.essentialBar')}),
    h('h3', {}, t('gap.missingEssential', {count: gap.essentialGap.length})),
    gap.essentialGap.length ? h('ul', {id: 'gap-essential'}, missing(gap.essentialGap)) : empty(t('gap.noneMissing')),
    h('h3', {}, t('gap.held', {count: gap.held.length})),
    gap.held.length ? h('ul', {}, gap.held.map(s => h('li', {}, s.label || s.uri, ' ', h('span', {class: 'meta'},
      s.via.map(v => v.credential ? t('gap.viaCredential', {credential: v.credential}) : t('source.' + v.source)).join('; '))))) : empty(t('gap.noneHeld')),
    gap.optionalGap.length ? [h('h3', {}, t('gap.missingOptional', {count: gap.optionalGap.length})),
      h('details', {}, h('summary', {}, t('gap.showOptional')), h('ul', {}, missing(gap.optionalGap)))] : null);
}
