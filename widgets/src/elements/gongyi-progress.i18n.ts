import type { Catalogs, WithCommon } from '../lib/i18n.js';
import type { GivingFormMessages } from '../forms/giving-form.i18n.js';

/** Strings of <gongyi-progress>; each locale file in ../locales fills this section. */
export interface ProgressMessages extends WithCommon, GivingFormMessages {
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
  chooseAmount: string;
  custom: string;
  amountInvalid: string;
  amountRequired: string;
}

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<ProgressMessages> = {
  'zh-Hans': () => import('../locales/progress.zh-Hans.js'),
  'zh-Hant': () => import('../locales/progress.zh-Hant.js'),
  en: () => import('../locales/progress.en.js'),
};
