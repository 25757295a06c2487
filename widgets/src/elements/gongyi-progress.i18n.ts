import type { Catalogs, WithCommon } from '../lib/i18n.js';
import type { RecipientMessages } from './recipient.i18n.js';

/**
 * Strings of <gongyi-progress>; each locale file in ../locales fills this section. The pledge form's
 * strings are its own catalog (gongyi-pledge.i18n.ts), loaded with the form.
 */
export interface ProgressMessages extends WithCommon, RecipientMessages {
  raised: string;
  goal: string;
  pending: string;
  donors: string;
  daysLeft: string;
  days: (n: number) => string;
  endsToday: string;
  ended: string;
  ongoing: string;
  valueText: (raised: string, goal: string, pct: string) => string;
  recent: string;
  none: string;
  showAll: (n: number) => string;
  showLess: string;
  give: string;
  closed: string;
  close: string;
  // where the money went: in, out, left, and the latest spending
  flowRaised: string;
  spent: string;
  balance: string;
  spending: string;
  payee: string;
  receipt: string;
  /** Shown instead of the give button when the campaign accepts no gifts. */
  noGifts: string;
}

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<ProgressMessages> = {
  'zh-Hans': () => import('../locales/progress.zh-Hans.js'),
  'zh-Hant': () => import('../locales/progress.zh-Hant.js'),
  en: () => import('../locales/progress.en.js'),
};
