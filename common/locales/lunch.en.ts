import type { LunchMessages } from './lunch.js';
import type common from './common.en.js';

/** <gongyi-lunch> in English (en). */
const messages: LunchMessages = {
  fundedThrough: 'Lunches are funded through',
  notFunded: 'No school day funded yet',
  ahead: (n) =>
    n > 0
      ? `${n} school ${n === 1 ? 'day' : 'days'} of lunches secured from today`
      : 'Lunches from today on still need sponsors',
  ranOut: 'The school days after that still need sponsors',
  needFirst: 'Sponsor one day and the children get one more hot lunch',
  coming: 'Coming school days',
  funded: 'Funded',
  unfunded: 'Not yet funded',
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
  coMeal: (d, n, p) => `Your ${d} + ${p} from ${n} = one meal`,
  coMonth: (n, a) => `${n} gives ${a} a month`,
  reports: 'Daily reports',
  noReports: 'No daily reports yet.',
  reportLine: (m, s) => `${m} meals · spent ${s}`,
  photoAlt: (d) => `Lunch on ${d}`,
  sponsors: 'Recent sponsors',
  noSponsors: 'No confirmed sponsors yet. Be the first.',
  share: 'Share',
  boughtDays: (d, m) => `${d} school ${d === '1' ? 'day' : 'days'} (${m} meals)`,
  boughtMeals: (m) => `${m} ${m === '1' ? 'meal' : 'meals'}`,
  gift: 'Gift',
  showAll: (n) => `All ${n}`,
  showLess: 'Show less',
  sponsor: 'Sponsor lunches',
  close: 'Close the form',
  closed: 'Not accepting sponsors',
  recipientLabel: 'Recipient: ',
  filingLabel: 'Filing no. ',
  outsideFiling: (a, b) => `Outside the filed fundraising period (${a}–${b}): not accepting sponsors`,
  noGifts: 'Not accepting sponsors yet',
  anonymous: 'Anonymous donor',
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    loadFailed: 'Could not load',
    errors: {
      not_found: 'We could not find this.',
      network_error: 'Network error. Check your connection and try again.',
      server_error: 'The service is unavailable. Please try again later.',
    },
  } satisfies typeof common,
};

export default messages;
