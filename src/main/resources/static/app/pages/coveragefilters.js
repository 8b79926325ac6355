// The employer's filters on coverage: highest price, languages, participation, providers and their countries. They go
// to /api/coverage as its selection fields (the same filters as a learner's next steps); empty ones are left out.
import {api} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t} from '../i18n.js';
import {autocomplete} from '../autocomplete.js';

const words = text => text.split(/[\s,]+/).filter(Boolean);

export function coverageFilters(apply) {
  const providers = [];
  // no min or max on the price: the service's answer to a wrong value is a sentence naming the field
  const price = h('input', {type: 'number', id: 'coverage-max-price', step: 'any', inputmode: 'decimal'});
  const language = h('input', {type: 'text', id: 'coverage-language', autocomplete: 'off'});
  const participation = h('select', {id: 'coverage-participation'}, ['', 'online', 'onsite', 'blended']
    .map(p => h('option', {value: p}, t(p ? 'plan.participation.' + p : 'plan.any'))));
  const country = h('input', {type: 'text', id: 'coverage-country', autocomplete: 'off'});
  const chosen = h('ul', {class: 'chips', id: 'coverage-providers'});
  const showProviders = () => fill(chosen, providers.map(p => h('li', {}, p.label, ' ',
    h('button', {type: 'button', class: 'secondary', onclick: () => {
      providers.splice(providers.indexOf(p), 1);
      showProviders();
    }}, t('plan.removeProvider', {provider: p.label})))));
  const body = () => ({
    maxPrice: price.value === '' ? undefined : Number(price.value),
    languages: words(language.value), participation: participation.value ? [participation.value] : [],
    providers: providers.map(p => p.value), countries: words(country.value).map(c => c.toUpperCase())});
  const element = h('form', {id: 'coverage-filters', onsubmit: event => { event.preventDefault(); apply(); }},
    h('fieldset', {}, h('legend', {}, t('plan.filters')),
      h('div', {class: 'row'}, field(t('plan.maxPrice'), price), field(t('plan.language'), language, t('plan.languageHint')),
        field(t('plan.participation'), participation), field(t('coverage.country'), country, t('coverage.countryHint'))),
      autocomplete({id: 'coverage-provider', label: t('plan.provider'), hint: t('plan.providerHint'),
        search: async text => (await api('/api/providers', {query: {q: text, size: 10}})).items
          .map(p => ({value: p.id, label: p.name || p.id, detail: p.country})),
        onPick: item => {
          if (!providers.some(p => p.value === item.value)) providers.push(item);
          showProviders();
        }}), chosen,
      h('button', {type: 'submit', id: 'coverage-apply'}, t('coverage.apply'))));
  return {element, body};
}
