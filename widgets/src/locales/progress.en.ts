import type { ProgressMessages } from '../elements/gongyi-progress.i18n.js';
import common from './common.en.js';

/** <gongyi-progress> in English (en). */
const messages: ProgressMessages = {
  raised: 'raised (confirmed)',
  goal: 'Goal',
  pending: 'Pending',
  donors: 'Donations',
  daysLeft: 'Time left',
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  endsToday: 'Ends today',
  ended: 'Ended',
  ongoing: 'Ongoing',
  valueText: (r, g, p) => `${r} raised of ${g} (${p})`,
  recent: 'Recent donations',
  none: 'No confirmed donations yet. Be the first.',
  showAll: (n) => `All ${n}`,
  showLess: 'Show fewer',
  give: 'Give',
  closed: 'Campaign closed',
  close: 'Hide the donation form',
  chooseAmount: 'Choose an amount',
  custom: 'Other amount (yuan)',
  amountInvalid: 'Enter a valid amount such as 50 or 12.5 (at most two decimals).',
  amountRequired: 'Choose or enter an amount.',
  name: 'Name',
  anonymous: 'Give anonymously (shown as “Anonymous donor”)',
  message: 'Message',
  contact: 'Contact',
  contactHint: 'Seen only by staff to confirm your payment; never published.',
  optional: ' (optional)',
  submit: (a) => `Pledge ${a}`,
  submitNoAmount: 'Pledge',
  sending: 'Sending…',
  thanks: 'Thank you for your pledge!',
  reference: 'Reference',
  instructions: 'How to pay',
  pendingNote: 'It counts as raised once the payment is confirmed.',
  again: 'Give again',
  common,
};

export default messages;
