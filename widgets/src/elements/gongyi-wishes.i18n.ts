import type { Catalogs } from '../lib/i18n.js';
import type { WishesMessages } from '../../../common/locales/wishes.js';

// The strings (and their type) are common/'s: the worker's embed and share pages print them too.
export type { WishesMessages };

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<WishesMessages> = {
  'zh-Hans': () => import('../../../common/locales/wishes.zh-Hans.js'),
  'zh-Hant': () => import('../../../common/locales/wishes.zh-Hant.js'),
  en: () => import('../../../common/locales/wishes.en.js'),
};
