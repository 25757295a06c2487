import type { Catalogs } from '../lib/i18n.js';
import type { ProgressMessages } from '../../../common/locales/progress.js';

// The strings (and their type) are common/'s: the worker's embed and share pages print them too.
export type { ProgressMessages };

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<ProgressMessages> = {
  'zh-Hans': () => import('../../../common/locales/progress.zh-Hans.js'),
  'zh-Hant': () => import('../../../common/locales/progress.zh-Hant.js'),
  en: () => import('../../../common/locales/progress.en.js'),
};
