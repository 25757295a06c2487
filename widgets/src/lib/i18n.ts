/**
 * Locale handling for the widgets.
 *
 * Why no global locale singleton: one host page may mix languages (a zh-Hans news article with an
 * English card, a Hong Kong page with a zh-Hans sidebar), so every element resolves its own locale
 * from its own `lang` attribute or the nearest `lang` ancestor and loads its own typed catalog for
 * that locale (widgets/src/locales/<element>.<locale>.ts). Catalogs are imported on demand, in
 * parallel with the data, so a page only downloads the strings of the elements and languages it shows.
 */
import type { Locale } from '../../../common/locale.js';

export interface CommonMessages {
  loading: string;
  retry: string;
  loadFailed: string;
  errors: Record<string, string>;
  /** The forms only (form-common.*.ts): the link to the service's own page when this page may not send. */
  officialPage?: string;
}

/** Every element's catalog carries the common strings beside its own. */
export interface WithCommon {
  common: CommonMessages;
}

/** An element's catalogs: one lazily imported, typed message set per locale. */
export type Catalogs<M extends WithCommon> = Record<Locale, () => Promise<{ default: M }>>;
