import type { WithCommon } from './common.js';
import type { RecipientMessages } from './recipient.js';

/** Strings of <gongyi-lunch> and its sponsor form; each locale file in ../locales fills this. */
export interface LunchMessages extends WithCommon, RecipientMessages {
  /** A gift's name when the donor gave anonymously (the service's own mask, 爱心人士). */
  anonymous: string;
  /** The share action (分享海报); its dialog brings its own strings. */
  share: string;
  // funded-through headline
  fundedThrough: string;
  notFunded: string;
  ahead: (days: number) => string;
  ranOut: string;
  needFirst: string;
  // coming school days
  coming: string;
  funded: string;
  unfunded: string;
  // figures
  children: string;
  childrenValue: (n: string) => string;
  mealPrice: string;
  perMeal: (price: string) => string;
  fixedCost: string;
  perMonth: (amount: string) => string;
  mealsFunded: string;
  mealsServed: string;
  mealsValue: (n: string) => string;
  balance: string;
  /** Co-funding: "您的2元 + 县财政2元 = 一餐" (what a donor pays, who co-funds, their part), or a monthly sum. */
  coMeal: (donor: string, name: string, part: string) => string;
  coMonth: (name: string, amount: string) => string;
  // reports and sponsors
  reports: string;
  noReports: string;
  reportLine: (meals: string, spent: string) => string;
  photoAlt: (date: string) => string;
  sponsors: string;
  noSponsors: string;
  boughtDays: (days: string, meals: string) => string;
  boughtMeals: (meals: string) => string;
  gift: string;
  showAll: (n: number) => string;
  showLess: string;
  sponsor: string;
  close: string;
  closed: string;
  /** Shown instead of the sponsor button when the school's campaign accepts no gifts. */
  noGifts: string;
}
