import type { LunchMessages } from '../elements/gongyi-lunch.i18n.js';
import common from './common.en.js';

/** <gongyi-lunch> in English (en). */
const messages: LunchMessages = {
  fundedThrough: 'Lunches are funded through',
  notFunded: 'No school day funded yet',
  ahead: (n) => (n > 0 ? `${n} school ${n === 1 ? 'day' : 'days'} of lunches secured from today` : 'Lunches from today on still need sponsors'),
  ranOut: 'The school days after that still need sponsors',
  needFirst: 'Sponsor one day and the children get one more hot lunch',
  throughText: (d) => `Lunches are funded through ${d}`,
  coming: 'Coming school days',
  funded: 'Funded',
  unfunded: 'Not yet funded',
  dayLabel: (d, f) => `${d}: ${f ? 'funded' : 'not yet funded'}`,
  children: 'Children',
  childrenValue: (n) => n,
  mealPrice: 'Meal price',
  perMeal: (p) => `${p} / meal`,
  fixedCost: 'Fixed costs',
  perMonth: (a) => `${a} / month`,
  mealsFunded: 'Meals funded',
  mealsServed: 'Meals served',
  mealsValue: (n) => n,
  balance: 'Balance',
  reports: 'Daily reports',
  noReports: 'No daily reports yet.',
  reportLine: (m, s) => `${m} meals · spent ${s}`,
  photoAlt: (d) => `Lunch on ${d}`,
  sponsors: 'Recent sponsors',
  noSponsors: 'No confirmed sponsors yet. Be the first.',
  boughtDays: (d, m) => `${d} school ${d === '1' ? 'day' : 'days'} (${m} meals)`,
  boughtMeals: (m) => `${m} ${m === '1' ? 'meal' : 'meals'}`,
  gift: 'Gift',
  showAll: (n) => `All ${n}`,
  showLess: 'Show less',
  sponsor: 'Sponsor lunches',
  close: 'Close the form',
  closed: 'Not accepting sponsors',
  common,
};

export default messages;
