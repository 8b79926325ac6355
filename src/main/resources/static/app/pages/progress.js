// What my credentials stack into: one progress bar per larger credential, and its audit tree on demand.
import {api} from '../api.js';
import {h, fill, progress} from '../dom.js';
import {t, number, money} from '../i18n.js';
import {base, learnerOf, empty, audit} from './common.js';
import {autocomplete} from '../autocomplete.js';

export async function render(main, context) {
  fill(main, h('h1', {}, t('progress.title')), h('p', {class: 'lead'}, t('progress.lead')), await section(learnerOf(context)));
}

export async function section(learner) {
  const options = await api(`${base(learner)}/stacking`);
  if (!options || options.length === 0) {
    return empty(t('progress.empty'), '#/catalog', t('credentials.browse'));
  }
  return h('ul', {class: 'cards', id: 'stacking'}, options.map(o => option(learner, o)));
}

function option(learner, o) {
  const detail = h('div', {class: 'audit-slot'});
  const target = o.targetCredits;
  const label = target ? t('audit.creditsOf', {counted: number(o.countedCredits), target: number(target)})
    : t('progress.holdingsCounted', {count: o.holdingsCounted});
  const show = h('button', {type: 'button', class: 'secondary', 'aria-expanded': 'false', onclick: async () => {
    show.closest('li').classList.toggle('open', show.getAttribute('aria-expanded') !== 'true');
    if (show.getAttribute('aria-expanded') === 'true') {
      fill(detail);
      show.setAttribute('aria-expanded', 'false');
      return;
    }
    show.setAttribute('aria-expanded', 'true');
    fill(detail, h('p', {}, t('common.loading')));
    try {
      const result = h('div', {class: 'audit-result'}, audit(await api(`${base(learner)}/audit/${encodeURIComponent(o.credential)}`)));
      fill(detail, whatIf(learner, o, result), result);
    } catch (e) {
      fill(detail, h('p', {class: 'error', role: 'alert'}, e.message));
    }
  }}, t('progress.why'));
  return h('li', {class: 'card', 'data-credential': o.credential},
    h('h3', {}, h('a', {href: `#/catalog/${encodeURIComponent(o.credential)}`}, o.title || o.credential)),
    h('p', {class: 'meta'}, o.kind || ''),
    o.met ? h('p', {}, h('span', {class: 'tag good'}, t('audit.met'))) : null,
    target ? progress(o.countedCredits, target, label) : null,
    h('p', {}, label),
    !o.met && o.blocked ? blocked(o.blocked) : null,
    !o.met && o.planEcts != null ? h('p', {class: 'meta'}, t('progress.toComplete', {ects: number(o.planEcts),
      price: money(o.planPrice), weeks: number(o.planWeeks)})) : null,
    show, detail);
}

/**
 * Why no plan completes a target, for a person: the service's sentence lists every blocking part as
 * "<node id> (<label>): <reason>"; the page names the first few by label and counts the rest.
 */
function blocked(why) {
  const parts = why.replace(/^[^:]*: /, '').split('; ').map(part => {
    const named = part.match(/^\S+ \((.*?)\): (.*)$/);
    return named ? `${named[1]}: ${named[2]}` : part.replace(/^\S+\/requirements\S*: /, '');
  });
  const shown = parts.slice(0, 3).join('; ');
  return h('p', {class: 'notice blocked'}, parts.length > 3 ? t('progress.blockedMore', {why: shown, more: parts.length - 3})
    : t('progress.blocked', {why: shown}));
}

/** "What if I also took X and Y": the audit and the skill gap toward the learner's goal are redone with those added, in
 * place; nothing is stored. Without a goal there is no gap to show, and the audit alone changes. */
function whatIf(learner, o, result) {
  const extra = [];
  const chosen = h('ul', {class: 'what-if-list'});
  const gap = h('div', {class: 'what-if-gap', 'aria-live': 'polite'});
  let current; // the gap without the what-if, read once per what-if (it does not change while credentials are tried)
  const redo = async () => {
    fill(chosen, extra.map(c => h('li', {}, c.label, ' ', h('button', {type: 'button', class: 'secondary', onclick: () => {
      extra.splice(extra.indexOf(c), 1);
      redo();
    }}, t('whatIf.remove', {title: c.label})))));
    try {
      const answer = extra.length === 0 ? await api(`${base(learner)}/audit/${encodeURIComponent(o.credential)}`)
        : await api('/api/audit/what-if', {method: 'POST', body: {target: o.credential, learner, holdings: extra.map(c => ({credential: c.value}))}});
      fill(result, extra.length ? h('p', {class: 'notice'}, t('whatIf.hypothetical', {list: extra.map(c => c.label).join(', ')})) : null, audit(answer));
    } catch (e) {
      fill(result, h('p', {class: 'error', role: 'alert'}, e.message));
    }
    if (extra.length && !current) current = api(`${base(learner)}/skill-gap`);
    fill(gap, extra.length ? await gapChange(learner, current, extra) : null);
  };
  return h('div', {class: 'what-if'}, autocomplete({id: `what-if-${o.credential}`, label: t('whatIf.label'), hint: t('whatIf.hint'),
    search: async text => (await api('/api/credentials', {query: {q: text, size: 10}})).items
      .map(c => ({value: c.id, label: c.title || c.id, detail: c.provider && (c.provider.name || c.provider.id)})),
    onPick: item => {
      if (!extra.some(c => c.value === item.value)) extra.push(item);
      redo();
    }}), chosen, gap);
}

/** The skill gap toward the learner's goal now and with the what-if credentials: how many essential skills, which close. */
async function gapChange(learner, current, extra) {
  let now, then;
  try {
    [now, then] = await Promise.all([current, api(`${base(learner)}/skill-gap`, {query: {with: extra.map(c => c.value)}})]);
  } catch (e) {
    return null; // no goal (or none readable): the audit above is the what-if's whole answer
  }
  const closed = now.essentialGap.filter(m => !then.essentialGap.some(n => n.uri === m.uri)).map(m => m.label || m.uri);
  return h('p', {class: 'meta'}, t('whatIf.gap', {goal: then.goal.label || then.goal.id, before: now.essentialHeld,
    after: then.essentialHeld, total: then.essentialTotal}), ' ',
    closed.length ? t('whatIf.gapClosed', {list: closed.join(', ')}) : t('whatIf.gapNone'));
}
