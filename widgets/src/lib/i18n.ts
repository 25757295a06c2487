/**
 * Locale handling for the widgets.
 *
 * Why no global locale singleton: one host page may mix languages (a zh-Hans news article with an
 * English card, a Hong Kong page with a zh-Hans sidebar), so every element resolves its own locale
 * from its own `lang` attribute or the nearest `lang` ancestor and loads its own typed catalog for
 * that locale: common/locales/<card>.<locale>.ts for the cards (the worker's pages print their
 * words too), widgets/src/locales/<form>.<locale>.ts for the forms (only the widgets show them).
 * Catalogs are imported on demand, in parallel with the data, so a page only downloads the strings
 * of the elements and languages it shows.
 */
import type { Locale } from '../../../common/locale.js';
import type { CommonMessages, WithCommon } from '../../../common/locales/common.js';

// The strings' shapes are common/'s (common/locales/common.ts): the worker's pages print them too.
export type { CommonMessages, WithCommon };

/** An element's catalogs: one lazily imported, typed message set per locale. */
export type Catalogs<M extends WithCommon> = Record<Locale, () => Promise<{ default: M }>>;
