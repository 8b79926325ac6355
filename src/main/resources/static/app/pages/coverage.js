// Employers: an occupation's skills, which credentials teach each (provider, country), coverage, and the smallest
// bundle of credentials that covers it.
import {api} from '../api.js';
import {h, fill} from '../dom.js';
import {t, number} from '../i18n.js';
import {autocomplete} from '../autocomplete.js';
import {teacherFacts, credentialLink, totals, unknownNotes} from './common.js';
import {jobAd} from './jobad.js';
import {coverageFilters} from './coveragefilters.js';

export async function render(main) {
  const slot = h('div', {id: 'coverage'});
  const scope = h('select', {id: 'coverage-scope'}, h('option', {value: 'essential'}, t('coverage.scopeEssential')),
    h('option', {value: 'all'}, t('coverage.scopeAll')));
  let chosen = null;
  const filters = coverageFilters(() => load());
  const load = async () => {
    if (!chosen) {
      fill(slot, h('p', {class: 'notice', role: 'status'}, t('coverage.chooseFirst')));
      return;
    }
    fill(slot, h('p', {'aria-busy': 'true'}, t('common.loading')));
    try {
      const body = {...(chosen.skills ? chosen.skills : {occupation: chosen.value}), scope: scope.value, ...filters.body()};
      fill(slot, coverage(await api('/api/coverage', {method: 'POST', body})));
    } catch (e) {
      fill(slot, h('p', {class: 'error', role: 'alert'}, e.message));
    }
  };
  scope.addEventListener('change', load);
  fill(main, h('h1', {}, t('coverage.title')), h('p', {class: 'lead'}, t('coverage.lead')),
    h('h2', {}, t('coverage.fromOccupation')),
    autocomplete({id: 'coverage-occupation', label: t('goal.search'), hint: t('coverage.searchHint'),
      search: async text => (await api('/api/occupations', {query: {q: text, size: 10}})).items
        .map(o => ({value: o.uri, label: o.label || o.uri, detail: o.code})),
      onPick: item => { chosen = item; load(); }}),
    jobAd(skills => {
      if (skills.skills.length === 0 && skills.optionalSkills.length === 0) {
        fill(slot, h('p', {class: 'error', role: 'alert'}, t('jobAd.noneKept')));
        return;
      }
      chosen = {skills};
      load();
    }),
    h('div', {class: 'field'}, h('label', {for: 'coverage-scope'}, t('coverage.scope')), scope), filters.element, slot);
}

function coverage(c) {
  const bundle = c.bundle;
  return h('div', {},
    h('p', {id: 'coverage-summary'}, t('coverage.summary', {goal: c.goal.type === 'skills' ? t('jobAd.goal') : c.goal.label || c.goal.id, taught: c.taught, skills: c.skills, percent: number(c.coverage),
      essentialTaught: c.essentialTaught, essential: c.essentialSkills})),
    bundle ? [h('h2', {}, t('coverage.bundle')),
      h('p', {}, t('coverage.bundleSummary', {size: bundle.size, ...totals(bundle)})), unknownNotes(bundle),
      bundle.status !== 'OPTIMAL' ? h('p', {class: 'notice'}, t('route.notProven', {gap: number(bundle.gap * 100)})) : null,
      h('ol', {id: 'bundle'}, bundle.credentials.map(b => h('li', {}, credentialLink(b.credential.id, b.credential.title),
        h('div', {class: 'meta'}, teacherFacts(b.credential)),
        h('div', {}, t('route.covers', {skills: b.covers.map(s => s.label || s.uri).join(', ')}))))),
      bundle.notTaught.length ? h('p', {class: 'notice'}, t('coverage.notTaught', {skills: bundle.notTaught.map(s => s.label || s.uri).join(', ')})) : null] : null,
    h('h2', {}, t('coverage.perSkill')),
    h('div', {class: 'table-wrap'}, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('coverage.skill')), h('th', {scope: 'col'}, t('coverage.kind')),
        h('th', {scope: 'col'}, t('coverage.teachers')))),
      h('tbody', {}, c.perSkill.map(s => h('tr', {},
        h('td', {}, s.label || s.uri), h('td', {}, s.essential ? t('coverage.essential') : t('coverage.optional')),
        h('td', {}, s.taughtBy.length ? h('ul', {}, s.taughtBy.map(x => h('li', {}, credentialLink(x.id, x.title), h('span', {class: 'meta'}, ' · ', teacherFacts(x)))),
          s.teachingCredentials > s.taughtBy.length ? h('li', {class: 'meta'}, t('gap.moreTeachers', {count: s.teachingCredentials - s.taughtBy.length})) : null)
          : h('span', {class: 'tag bad'}, t('gap.noTeacher')))))))));
}
