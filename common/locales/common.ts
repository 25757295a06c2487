// The shapes of the catalogs every card carries. The cards' catalogs live here, in common/, because
// the worker's embed, share and live-image pages print the same words before an element upgrades
// (worker/pages/render/locale.ts); the forms' catalogs are the widgets' alone (widgets/src/locales).

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
