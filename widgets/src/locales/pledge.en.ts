import type { PledgeMessages } from '../elements/gongyi-pledge.messages.js';
import common from './form-common.en.js';

/** The pledge form of <gongyi-progress> in English (en). */
const messages: PledgeMessages = {
  chooseAmount: 'Choose an amount',
  custom: 'Other amount (yuan)',
  amountInvalid: 'Enter a valid amount such as 50 or 12.5 (at most two decimals).',
  amountRequired: 'Choose or enter an amount.',
  becomes: (a, b) => `Your ${a} becomes ${b}`,
  frequency: 'How often',
  once: 'Once',
  monthly: 'Monthly',
  monthlyHint: 'The same gift each month; stop it any time from “My gifts”.',
  submitMonthly: (a) => `Give ${a} monthly`,
  monthlyGift: 'Monthly: ',
  name: 'Name',
  anonymous: 'Give anonymously (shown as “Anonymous donor”)',
  message: 'Message',
  contact: 'Contact',
  contactHint:
    'Optional. Seen only by staff, to confirm your payment; never published, deleted 180 days after the gift is settled.',
  optional: ' (optional)',
  submit: (a) => `Pledge ${a}`,
  submitNoAmount: 'Pledge',
  sending: 'Sending…',
  thanks: 'Thank you for your pledge!',
  reference: 'Reference',
  instructions: 'How to pay',
  pendingNote: 'It counts as raised once the payment is confirmed.',
  again: 'Give again',
  donorLink: 'My gifts',
  donorLinkMonthly: 'My gifts / stop the monthly gift',
  donorLinkHint: 'Your own link, no account needed: keep it safe and do not forward it.',
  newTab: ' (opens in a new tab)',
  common,
};

export default messages;
