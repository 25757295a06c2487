import type { Catalogs } from '../lib/i18n.js';
import type { ClaimMessages } from './gongyi-claim.messages.js';

export type { ClaimMessages };

/** One chunk per locale, loaded only when a reader opens the dialog in that locale. */
export const catalogs: Catalogs<ClaimMessages> = {
  'zh-Hans': () => import('../locales/claim.zh-Hans.js'),
  'zh-Hant': () => import('../locales/claim.zh-Hant.js'),
  en: () => import('../locales/claim.en.js'),
};
