// My credentials: what the record holds, verified or not, valid until when.
import {api} from '../api.js';
import {h, fill} from '../dom.js';
import {t, number} from '../i18n.js';
import {base, learnerOf, empty, credentialLink} from './common.js';

export async function render(main, context) {
  const record = await api(base(learnerOf(context)));
  fill(main, h('h1', {}, t('credentials.title')), h('p', {class: 'lead'}, t('credentials.lead', {name: record.name || record.id})),
    holdings(record), priorSkills(record), h('p', {class: 'meta'}, t('credentials.addMissing')));
}

export function holdings(record) {
  if (!record.earned || record.earned.length === 0) {
    return empty(t('credentials.empty'), '#/catalog', t('credentials.browse'));
  }
  return h('div', {class: 'table-wrap'}, h('table', {},
    h('caption', {class: 'sr-only'}, t('credentials.title')),
    h('thead', {}, h('tr', {}, ['credentials.credential', 'credentials.provider', 'credentials.earned', 'credentials.grade',
      'credentials.verified', 'credentials.validUntil'].map(k => h('th', {scope: 'col'}, t(k))))),
    h('tbody', {}, record.earned.map(e => h('tr', {},
      h('td', {}, credentialLink(e.credential.id, e.credential.title),
        h('div', {class: 'meta'}, [e.credential.kind, e.credential.ects != null ? t('common.ects', {ects: number(e.credential.ects)}) : null,
          e.credential.eqfLevel ? t('common.eqf', {level: e.credential.eqfLevel}) : null].filter(Boolean).join(' · '))),
      h('td', {}, e.credential.provider || t('common.unknown')),
      h('td', {}, e.date || t('common.unknown')),
      h('td', {}, e.grade || '–'),
      h('td', {}, e.verified ? h('span', {class: 'tag good'}, t('credentials.isVerified')) : h('span', {class: 'tag warn'}, t('credentials.notVerified'))),
      h('td', {}, e.expired ? h('span', {class: 'tag bad'}, t('credentials.expired', {date: e.validUntil}))
        : e.validUntil ? e.validUntil : t('credentials.noExpiry')))))));
}

function priorSkills(record) {
  if (!record.skills || record.skills.length === 0) return null;
  return [h('h2', {}, t('credentials.priorSkills')), h('ul', {}, record.skills.map(s => h('li', {}, s.label || s.uri, ' ',
    h('span', {class: 'meta'}, t('source.' + s.source)))))];
}
