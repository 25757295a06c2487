// The names of project and wish categories are the cards' own (common/locales): one list, so
// staff read in the console the word residents read on the board. The console keeps no copy.
import type { WishCategory } from '../common/categories.js';
import columnEn from '../common/locales/column.en.js';
import columnZhHans from '../common/locales/column.zh-Hans.js';
import columnZhHant from '../common/locales/column.zh-Hant.js';
import wishesEn from '../common/locales/wishes.en.js';
import wishesZhHans from '../common/locales/wishes.zh-Hans.js';
import wishesZhHant from '../common/locales/wishes.zh-Hant.js';
import type { Messages } from './i18n.js';

export { WISH_CATEGORIES } from '../common/categories.js';
export type { WishCategory };

export const WISH_CATEGORY_NAMES: Messages<Record<WishCategory, string>> = {
  'zh-Hans': wishesZhHans.categories,
  'zh-Hant': wishesZhHant.categories,
  en: wishesEn.categories,
};

/** Project categories as <gongyi-column> and <gongyi-project> name them. */
export const PROJECT_CATEGORY_NAMES: Messages<Record<string, string>> = {
  'zh-Hans': columnZhHans.categories,
  'zh-Hant': columnZhHant.categories,
  en: columnEn.categories,
};
