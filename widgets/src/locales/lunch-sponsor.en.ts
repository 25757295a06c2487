import type { LunchFormMessages } from '../elements/gongyi-lunch-sponsor.messages.js';
import common from './form-common.en.js';

/** The sponsor form of <gongyi-lunch> in English (en). */
const messages: LunchFormMessages = {
  how: 'Sponsor by',
  byMeals: (p) => `Meals (${p} each)`,
  byDays: (c, d) => `School days (all ${c} children, ${d} a day)`,
  quickMeals: (n) => `${n} meals`,
  quickDays: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  mealsInput: 'Number of meals',
  daysInput: 'Number of school days',
  countInvalid: 'Enter a whole number, e.g. 10.',
  total: (a) => `Total ${a}`,
  totalNone: 'Choose or enter a number',
  dayCostNote: (c) => `With the cook’s share a school day costs about ${c}; the cook is paid from all gifts together.`,
  name: 'Your name',
  anonymous: 'Sponsor anonymously (shown as “Anonymous donor”)',
  message: 'Message',
  contact: 'Contact',
  contactHint:
    'Optional. Seen only by staff, to confirm your payment; never published, deleted 180 days after it is settled.',
  optional: ' (optional)',
  submit: (a) => `Sponsor ${a}`,
  submitNoAmount: 'Sponsor',
  sending: 'Sending…',
  thanks: 'Thank you for feeding the children!',
  reference: 'Reference',
  instructions: 'How to pay',
  pendingNote: 'Once staff confirm your payment it counts, and the funded-through date moves.',
  again: 'Sponsor again',
  common,
};

export default messages;
