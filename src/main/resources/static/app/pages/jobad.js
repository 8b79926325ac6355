// Employers: paste a job ad, see the ESCO skills found in it (confidence and the sentence each came from), confirm,
// mark optional or leave out each one, and get the coverage and bundle for that skill list.
import {api} from '../api.js';
import {h, fill, field} from '../dom.js';
import {t, number} from '../i18n.js';

/** Skills are listed from this confidence; those under the finder's calibrated threshold start as left out. */
const LOWEST = 0.35;
const CALIBRATED = 0.5;

/** The job-ad form; onSkills({skills, optionalSkills}) when the employer asks for the coverage of what they kept. */
export function jobAd(onSkills) {
  const text = h('textarea', {id: 'job-ad', rows: 8, maxlength: 20000});
  const found = h('div', {id: 'job-ad-skills'});
  const state = h('p', {role: 'status', id: 'job-ad-status'});
  const extract = async () => {
    if (!text.value.trim()) {
      fill(state);
      fill(found, h('p', {class: 'error', role: 'alert'}, t('jobAd.emptyText')));
      return;
    }
    fill(state, t('jobAd.finding'));
    fill(found);
    try {
      // below the calibrated threshold too: shown for the person to judge, but left out unless they keep it
      const answer = await api('/api/skills/extract', {method: 'POST', body: {text: text.value, limit: 30, minConfidence: LOWEST}});
      fill(state, answer.skills.length ? t('jobAd.found', {count: answer.skills.length}) : '');
      fill(found, answer.skills.length ? skills(answer.skills, text.value, onSkills) : h('div', {class: 'empty'},
        h('p', {}, answer.note || t('jobAd.none'))));
    } catch (e) {
      fill(state);
      fill(found, h('p', {class: 'error', role: 'alert'}, e.status === 503 ? t('jobAd.notReady') : e.message));
    }
  };
  return h('section', {'aria-labelledby': 'job-ad-title'}, h('h2', {id: 'job-ad-title'}, t('jobAd.title')),
    h('form', {id: 'job-ad-form', onsubmit: event => { event.preventDefault(); extract(); }},
      field(t('jobAd.label'), text, t('jobAd.hint')), h('button', {type: 'submit'}, t('jobAd.find'))), state, found);
}

/** Each skill with its confidence, its evidence sentence (the words that named it marked) and a choice to keep it. */
function skills(list, text, onSkills) {
  const choices = list.map((s, i) => {
    const select = h('select', {id: `job-ad-use-${i}`, 'data-skill': s.uri},
      h('option', {value: 'essential'}, t('jobAd.essential')), h('option', {value: 'optional'}, t('jobAd.optional')),
      h('option', {value: 'no'}, t('jobAd.leaveOut')));
    select.value = s.confidence >= CALIBRATED ? 'essential' : 'no';
    return select;
  });
  const submit = () => {
    const pick = kind => choices.filter(c => c.value === kind).map(c => c.dataset.skill);
    onSkills({skills: pick('essential'), optionalSkills: pick('optional')});
  };
  return h('div', {}, h('p', {class: 'hint'}, t('jobAd.confirm')),
    h('ul', {class: 'plain', id: 'job-ad-list'}, list.map((s, i) => h('li', {class: 'card', 'data-skill': s.uri},
      h('div', {class: 'row'}, h('strong', {}, s.label || s.uri),
        h('span', {class: 'tag'}, t('jobAd.confidence', {percent: number(s.confidence * 100, 0)}))),
      evidence(s.evidence),
      h('div', {class: 'field'}, h('label', {for: `job-ad-use-${i}`}, t('jobAd.use', {skill: s.label || s.uri})), choices[i])))),
    h('button', {type: 'button', id: 'job-ad-cover', onclick: submit}, t('jobAd.cover')));
}

function evidence(e) {
  if (!e || !e.sentence) return null;
  const from = e.text ? e.start - e.sentenceStart : -1;
  const marked = from >= 0 && from + e.text.length <= e.sentence.length
    ? [e.sentence.slice(0, from), h('mark', {}, e.sentence.slice(from, from + e.text.length)), e.sentence.slice(from + e.text.length)]
    : [e.sentence];
  return h('blockquote', {class: 'evidence'}, h('span', {class: 'sr-only'}, t('jobAd.evidence')), marked);
}
