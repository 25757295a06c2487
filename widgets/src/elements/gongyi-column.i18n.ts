import type { Catalogs } from '../lib/i18n.js';
import type { ColumnMessages } from '../../../common/locales/column.js';

// The strings (and their type) are common/'s: the worker's embed and share pages print them too.
export type { ColumnMessages };

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<ColumnMessages> = {
  'zh-Hans': () => import('../../../common/locales/column.zh-Hans.js'),
  'zh-Hant': () => import('../../../common/locales/column.zh-Hant.js'),
  en: () => import('../../../common/locales/column.en.js'),
};
