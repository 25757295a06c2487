import type { WithCommon } from './common.js';
import type { WishCategory } from '../categories.js';
import type { PublicWishStatus as WishStatus } from '../statuses.js';

/** Strings of <gongyi-wishes> and its claim dialog; each locale file beside it (<name>.<locale>.ts) fills this section. */
export interface WishesMessages extends WithCommon {
  /** The share action (分享海报); its dialog brings its own strings. */
  share: string;
  title: string;
  byStatus: string;
  byCategory: string;
  all: string;
  statuses: Record<WishStatus, string>;
  categories: Record<WishCategory, string>;
  /** One character shown in the category's coloured badge. */
  icons: Record<WishCategory, string>;
  wisher: string;
  value: string;
  none: string;
  more: string;
  /** The button after a long story shown in part: read the rest, and fold it again. */
  readMore: string;
  readLess: string;
  claim: string;
  claimedBy: (who: string) => string;
  fulfilledBy: (who: string, date: string) => string;
  thanks: string;
}
