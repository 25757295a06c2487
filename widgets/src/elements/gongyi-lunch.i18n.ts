import type { Catalogs } from '../lib/i18n.js';
import type { LunchMessages } from '../../../common/locales/lunch.js';

// The strings (and their type) are common/'s: the worker's embed and share pages print them too.
export type { LunchMessages };

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<LunchMessages> = {
  'zh-Hans': () => import('../../../common/locales/lunch.zh-Hans.js'),
  'zh-Hant': () => import('../../../common/locales/lunch.zh-Hant.js'),
  en: () => import('../../../common/locales/lunch.en.js'),
};
