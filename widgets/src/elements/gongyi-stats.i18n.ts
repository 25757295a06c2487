import type { Catalogs, WithCommon } from '../lib/i18n.js';

/** Strings of <gongyi-stats>; each locale file in ../locales fills this section. */
export interface StatsMessages extends WithCommon {
  /** Accessible name of the figure list. */
  title: string;
  /** Live figures by key (the API computes them; the widget names them in the reader's language). */
  live: Record<string, { label: string; unit: string | null }>;
  /** Common units staff type (人次, 户, 个 …) in this language; others are shown as entered. */
  units: Record<string, string>;
  /** Screen-reader prefix of a figure's period. */
  period: string;
  empty: string;
}

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<StatsMessages> = {
  'zh-Hans': () => import('../locales/stats.zh-Hans.js'),
  'zh-Hant': () => import('../locales/stats.zh-Hant.js'),
  en: () => import('../locales/stats.en.js'),
};
