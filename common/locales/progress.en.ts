import type { ProgressMessages } from './progress.js';
import type common from './common.en.js';

/** <gongyi-progress> in English (en). */
const messages: ProgressMessages = {
  share: 'Share',
  raised: 'raised (confirmed)',
  goal: 'Goal',
  pending: 'Pending',
  donors: 'Donations',
  daysLeft: 'Time left',
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  endsToday: 'Ends today',
  ended: 'Ended',
  ongoing: 'Ongoing',
  valueText: (r, g, p, m) => `${r} raised${m ? ` + ${m} matched` : ''} of ${g} (${p})`,
  recent: 'Recent donations',
  none: 'No confirmed donations yet. Be the first.',
  showAll: (n) => `All ${n}`,
  showLess: 'Show fewer',
  give: 'Give',
  closed: 'Campaign closed',
  close: 'Hide the donation form',
  recipientLabel: 'Recipient: ',
  filingLabel: 'Filing no. ',
  outsideFiling: (a, b) => `Outside the filed fundraising period (${a}–${b}): not accepting gifts`,
  flowRaised: 'Raised',
  spent: 'Spent',
  balance: 'Balance',
  spending: 'Where the money went',
  payee: 'Paid to ',
  receipt: 'Receipt',
  matched: 'Matched',
  matching: (o, b, l) => `Matching: each ${o} you give becomes ${b}, ${l} left`,
  matchedBy: 'Matched by ',
  monthlyDonors: 'Monthly donors',
  noGifts: 'Not accepting gifts yet',
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
