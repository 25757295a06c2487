import type { WishesMessages } from './wishes.js';
import type common from './common.en.js';

/** <gongyi-wishes> in English (en). */
const messages: WishesMessages = {
  share: 'Share',
  title: 'Micro-wishes',
  byStatus: 'Show by status',
  byCategory: 'Show by category',
  all: 'All',
  statuses: { open: 'Open', claimed: 'Claimed', fulfilled: 'Fulfilled' },
  categories: {
    necessities: 'Necessities',
    study: 'Study supplies',
    culture: 'Culture & company',
    policy: 'Policy help',
    employment: 'Job guidance',
    other: 'Other',
  },
  icons: { necessities: 'N', study: 'S', culture: 'C', policy: 'P', employment: 'J', other: 'O' },
  wisher: 'Wished by',
  value: 'Estimated value',
  none: 'No wishes here yet.',
  more: 'More wishes',
  readMore: 'Read more',
  readLess: 'Read less',
  claim: 'I’ll take it',
  claimedBy: (w) => `Claimed by ${w}`,
  fulfilledBy: (w, d) => `Fulfilled by ${w} · ${d}`,
  thanks: 'Thank-you',
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
