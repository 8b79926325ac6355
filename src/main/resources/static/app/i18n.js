// All user-facing text comes from a bundle per language (i18n/<lang>.json): a translation is one more file.
let messages = {};

export async function loadMessages() {
  const preferred = (navigator.language || 'en').slice(0, 2);
  for (const lang of [preferred, 'en']) {
    const response = await fetch(`/app/i18n/${lang}.json`);
    if (response.ok) {
      messages = await response.json();
      document.documentElement.lang = lang;
      return;
    }
  }
}

/** The message for key with {name} placeholders filled; the key itself when missing (visible, so it gets fixed). */
export function t(key, params = {}) {
  const text = messages[key];
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined ? whole : String(params[name])));
}

export function number(value, digits = 1) {
  if (value === undefined || value === null) return t('common.unknown');
  return Number(value).toLocaleString(document.documentElement.lang || 'en', {maximumFractionDigits: digits});
}

export function money(value) {
  if (value === undefined || value === null) return t('common.priceUnknown');
  if (value === 0) return t('common.free');
  return t('common.euros', {amount: number(value, 2)});
}
