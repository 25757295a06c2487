// The strings' shape; the locale files (../locales/lunch-sponsor.*.ts) and the catalog loader both import it,
// so neither imports the other.
import type { WithCommon } from '../lib/i18n.js';
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
