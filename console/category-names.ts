// The names of project and wish categories are the widgets' own (their locale files): one list, so
// staff read in the console the word residents read on the board. The console keeps no copy.
// (A later move puts these shared vocabularies in a top-level common/ folder.)
import type { WishCategory } from '../widgets/src/elements/gongyi-wishes.types.js';
import columnEn from '../widgets/src/locales/column.en.js';
import columnZhHans from '../widgets/src/locales/column.zh-Hans.js';
import columnZhHant from '../widgets/src/locales/column.zh-Hant.js';
import wishesEn from '../widgets/src/locales/wishes.en.js';
import wishesZhHans from '../widgets/src/locales/wishes.zh-Hans.js';
import wishesZhHant from '../widgets/src/locales/wishes.zh-Hant.js';
import type { Messages } from './i18n.js';

export { WISH_CATEGORIES } from '../widgets/src/elements/gongyi-wishes.types.js';
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
