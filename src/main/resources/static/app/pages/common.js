// Pieces several pages share: whose record a page is about, empty states, paging, the audit tree.
import {h, fill, progress} from '../dom.js';
import {t, number, money} from '../i18n.js';

/** The learner a page is about: the path's id for advisers and admins, the signed-in learner otherwise. */
export function learnerOf({params, session}) {
  return params.id || session.learner;
}

export function base(learner) {
  return `/api/learners/${encodeURIComponent(learner)}`;
}

export function empty(text, link, linkText) {
  return h('div', {class: 'empty'}, h('p', {}, text), link ? h('a', {href: link}, linkText) : null);
}

export function pager(result, load) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  if (pages <= 1) return null;
  return h('nav', {class: 'pager', 'aria-label': t('common.paging')},
    h('button', {type: 'button', class: 'secondary', disabled: result.page === 0, onclick: () => load(result.page - 1)}, t('common.previous')),
    h('span', {}, t('common.pageOf', {page: result.page + 1, pages})),
    h('button', {type: 'button', class: 'secondary', disabled: result.page + 1 >= pages, onclick: () => load(result.page + 1)}, t('common.next')));
}

const STATUS = {MET: ['ok', 'audit.met'], PARTLY_MET: ['no', 'audit.partly'], NOT_MET: ['no', 'audit.notMet'], MISSED: ['no', 'audit.missed']};

/** The audit tree: each rule with its status, what counted there, and what is missing, as nested lists; the nodes an
 * adviser's exception put there ({@code byException}: their ids) are tagged as exceptions, never read as the rule's own. */
export function auditTree(node, byException = new Set()) {
  const [mark, label] = STATUS[node.status] || ['no', 'audit.notMet'];
  const needs = [];
  if (node.missingCredits) needs.push(t('audit.missingCredits', {credits: number(node.missingCredits)}));
  if (node.missingItems) needs.push(t('audit.missingItems', {items: node.missingItems}));
  return h('li', {'data-node': node.id},
    byException.has(node.id) ? [h('span', {class: 'tag warn exception'}, t('audit.exception')), ' '] : null,
    h('span', {class: mark}, h('span', {class: 'sr-only'}, t(label) + ': '), node.label || node.credential || node.type),
    ' ', h('span', {class: 'meta'}, [t(label), ...needs].join(' · ')),
    node.countedHere && node.countedHere.length ? h('div', {class: 'meta'}, t('audit.countedHere', {list: node.countedHere.join(', ')})) : null,
    node.detail ? h('div', {class: 'meta'}, node.detail) : null,
    node.children && node.children.length ? h('ul', {}, node.children.map(child => auditTree(child, byException))) : null);
}

const REASONS = ['EXPIRED', 'OUTSIDE_VALIDITY_WINDOW', 'GRADE_TOO_LOW', 'AFTER_DEADLINE', 'CAP_REACHED', 'AREA_FULL', 'GATED_NODE_INCOMPLETE', 'ALREADY_COUNTED_ELSEWHERE', 'NO_MATCHING_RULE', 'COUNTED_IN_ANOTHER_TARGET', 'SAME_COURSE_HELD'];

/** An audit: progress, the tree, and why each other holding did not count. */
export function audit(result) {
  const target = result.targetCredits;
  const exceptions = result.exceptions || [];
  const byException = new Set(exceptions.flatMap(e => e.shownAt || []));
  const bar = target ? progress(result.countedCredits, target, t('audit.creditsOf', {counted: number(result.countedCredits), target: number(target)})) : null;
  return h('section', {class: 'audit', 'aria-label': t('audit.of', {title: result.title})},
    h('p', {}, result.met ? h('span', {class: 'tag good'}, t('audit.met')) : h('span', {class: 'tag warn'}, t('audit.notYet')), ' ',
      target ? t('audit.creditsOf', {counted: number(result.countedCredits), target: number(target)}) : null),
    bar,
    result.catalogYear ? h('p', {class: 'meta catalog-year'}, t('audit.catalogYear', {rules: result.catalogYear.rules,
      effective: result.catalogYear.effective || t('common.unknown')})) : null,
    h('h3', {}, t('audit.tree')), h('ul', {class: 'tree'}, auditTree(result.tree, byException)),
    exceptions.length ? [h('h3', {}, t('audit.exceptions')), h('ul', {class: 'audit-exceptions'}, exceptions.map(e => h('li', {},
      h('span', {class: 'tag warn'}, t('audit.exception')), ' ', e.marker, e.applied ? null : h('span', {class: 'meta'}, ` (${t('audit.notApplied')}: ${e.note})`))))] : null,
    result.notCounted && result.notCounted.length ? [h('h3', {}, t('audit.notCounted')), h('ul', {},
      result.notCounted.map(n => h('li', {}, h('strong', {}, n.credential), ': ',
        REASONS.includes(n.reason) ? t('reason.' + n.reason) : n.reason, n.detail ? ` (${n.detail})` : '')))] : null,
    result.timing && result.timing.length ? [h('h3', {}, t('audit.timing')), h('ul', {},
      result.timing.map(n => h('li', {}, h('strong', {}, n.label || n.node), ': ', n.detail)))] : null,
    result.exact === false ? h('p', {class: 'notice'}, t('audit.notExact')) : null);
}

/** A credential as shown beside a skill or a step: provider, work, price, language. */
export function teacherFacts(c) {
  const facts = [c.providerName || c.provider, c.country, c.ects != null ? t('common.ects', {ects: number(c.ects)}) : null,
    c.price == null || Number.isNaN(c.price) ? t('common.priceUnknown') : c.price === 0 ? t('common.free') : t('common.euros', {amount: number(c.price, 2)}),
    c.language, c.participation,
    c.alsoOfferedAs && c.alsoOfferedAs.length ? t('common.alsoOfferedAs', {codes: c.alsoOfferedAs.map(o => o.code || o.id).join(', ')}) : null];
  return facts.filter(Boolean).join(' · ');
}

export function credentialLink(id, title) {
  return h('a', {href: `#/catalog/${encodeURIComponent(id)}`}, title || id);
}

export function heading(main, titleKey, lead) {
  fill(main, h('h1', {}, t(titleKey)), lead ? h('p', {class: 'lead'}, lead) : null);
}

/** A plan's, route's or bundle's totals for a sentence: a total the catalog does not state is said to be unknown. */
export function totals(r) {
  return {ects: number(r.totalEcts), price: money(r.totalPrice),
    weeks: r.totalWeeks == null ? t('common.weeksUnknown') : t('common.aboutWeeks', {weeks: number(r.totalWeeks)})};
}

/** What a total leaves out: how many of the credentials state no price, duration or ECTS (unknown is not zero). */
export function unknownNotes(r) {
  return [['unknownPrice', 'price'], ['unknownWeeks', 'weeks'], ['unknownEcts', 'ects']].filter(([field]) => r[field] > 0)
    .map(([field, what]) => h('p', {class: 'notice unknown-total'}, t('common.unknownPart.' + what, {count: r[field]})));
}
