/**
 * The console speaks zh-Hans (default), zh-Hant and en, like the widgets. Each view keeps its own
 * strings beside it in `views/<view>.i18n.ts`, exporting a `Messages<…>`; the catalogs are small,
 * so they ship with the view.
 */
import { LOCALES, type Locale } from '../common/locale.js';

export type ConsoleLocale = Locale;
export { LOCALES };
export type Messages<M> = Record<ConsoleLocale, M>;

/** A catalog's strings in one locale (zh-Hans where a locale is missing). */
export function inLocale<M>(catalog: Messages<M>, locale: ConsoleLocale): M {
  return catalog[locale] ?? catalog['zh-Hans'];
}

const LOCALE_KEY = 'gongyi.admin.locale';

/** The remembered choice (localStorage), else zh-Hans: the staff are bureau employees in China. */
export function initialLocale(): ConsoleLocale {
  try {
    const saved = localStorage.getItem(LOCALE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as ConsoleLocale;
  } catch {
    /* storage disabled: fall through */
  }
  return 'zh-Hans';
}

export function rememberLocale(locale: ConsoleLocale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
}

/** The colon after a label: a full-width one in Chinese. */
export const colon = (locale: ConsoleLocale): string => (locale === 'en' ? ': ' : '：');

/** "label: value" in the locale's own punctuation. */
export const labelled = (locale: ConsoleLocale, label: string, value: string | number): string =>
  `${label}${colon(locale)}${value}`;
