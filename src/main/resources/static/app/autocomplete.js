// An accessible combobox (WAI-ARIA 1.2 pattern): type to search the API page by page, arrows to move, Enter to pick.
import {h, fill, uid, debounce} from './dom.js';
import {t} from './i18n.js';

/**
 * search(text) -> Promise<[{value, label, detail}]>; onPick(item) when chosen.
 */
export function autocomplete({label, hint, search, onPick, id}) {
  const listId = uid('options');
  const input = h('input', {type: 'text', id: id || uid('ac'), role: 'combobox', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': listId, autocomplete: 'off'});
  const list = h('ul', {id: listId, role: 'listbox', 'aria-label': label, hidden: true});
  const count = h('p', {class: 'sr-only', 'aria-live': 'polite'});
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = index => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    if (index >= 0 && list.children[index]) input.setAttribute('aria-activedescendant', list.children[index].id);
  };
  const pick = item => {
    input.value = item.label;
    close();
    onPick(item);
  };
  const run = debounce(async () => {
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    try {
      items = await search(text);
    } catch (e) {
      items = [];
      fill(count, e.message);
    }
    fill(list, items.map((item, i) => h('li', {role: 'option', id: `${listId}-${i}`, 'aria-selected': 'false',
      onmousedown: event => { event.preventDefault(); pick(item); }},
      item.label, item.detail ? h('span', {class: 'meta'}, ' · ', item.detail) : null)));
    fill(count, items.length ? t('autocomplete.count', {count: items.length}) : t('autocomplete.none'));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    active = -1;
  }, 250);

  input.addEventListener('input', run);
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown' && items.length) { event.preventDefault(); list.hidden = false; highlight(Math.min(active + 1, items.length - 1)); }
    else if (event.key === 'ArrowUp' && items.length) { event.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); pick(items[active]); }
    else if (event.key === 'Escape') close();
  });
  const labelId = `${input.id}-label`;
  return h('div', {class: 'field autocomplete'}, h('label', {for: input.id, id: labelId}, label),
    hint ? h('p', {class: 'hint'}, hint) : null, input, list, count);
}
