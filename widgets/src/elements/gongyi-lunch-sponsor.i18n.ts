import type { Catalogs, WithCommon } from '../lib/i18n.js';
import type { GivingFormMessages } from '../forms/giving-form.i18n.js';

/** Strings of the sponsor form of <gongyi-lunch>, in their own chunk: loaded only with the form. */
export interface LunchFormMessages extends WithCommon, GivingFormMessages {
  how: string;
  byMeals: (price: string) => string;
  byDays: (children: string, perDay: string) => string;
  quickMeals: (n: number) => string;
  quickDays: (n: number) => string;
  mealsInput: string;
  daysInput: string;
  countInvalid: string;
  total: (amount: string) => string;
  totalNone: string;
  dayCostNote: (cost: string) => string;
}

export const formCatalogs: Catalogs<LunchFormMessages> = {
  'zh-Hans': () => import('../locales/lunch-sponsor.zh-Hans.js'),
  'zh-Hant': () => import('../locales/lunch-sponsor.zh-Hant.js'),
  en: () => import('../locales/lunch-sponsor.en.js'),
};
