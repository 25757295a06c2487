import type { Catalogs } from '../lib/i18n.js';
import type { StatsMessages } from '../../../common/locales/stats.js';

// The strings (and their type) are common/'s: the worker's embed and share pages print them too.
export type { StatsMessages };

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<StatsMessages> = {
  'zh-Hans': () => import('../../../common/locales/stats.zh-Hans.js'),
  'zh-Hant': () => import('../../../common/locales/stats.zh-Hant.js'),
  en: () => import('../../../common/locales/stats.en.js'),
};
