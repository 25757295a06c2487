import type { Catalogs, WithCommon } from '../lib/i18n.js';

/** Strings of the claim dialog (<gongyi-claim>), loaded with the dialog, not with the board. */
export interface ClaimMessages extends WithCommon {
  dialogTitle: string;
  nextTitle: string;
  next: string[];
  name: string;
  organisation: string;
  contact: string;
  contactHint: string;
  optional: string;
  nameRequired: string;
  contactRequired: string;
  submit: string;
  sending: string;
  cancel: string;
  close: string;
  claimed: string;
  claimedNote: (who: string) => string;
  alreadyClaimed: string;
  wishClosed: string;
}

/** One chunk per locale, loaded only when a reader opens the dialog in that locale. */
export const catalogs: Catalogs<ClaimMessages> = {
  'zh-Hans': () => import('../locales/claim.zh-Hans.js'),
  'zh-Hant': () => import('../locales/claim.zh-Hant.js'),
  en: () => import('../locales/claim.en.js'),
};
