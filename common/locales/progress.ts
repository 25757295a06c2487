import type { WithCommon } from './common.js';
import type { RecipientMessages } from './recipient.js';

/**
 * Strings of <gongyi-progress>; each locale file beside it (<name>.<locale>.ts) fills this section. The pledge form's
 * strings are its own catalog (widgets/src/elements/gongyi-pledge.i18n.ts), loaded with the form.
 */
export interface ProgressMessages extends WithCommon, RecipientMessages {
  /** A gift's name when the donor gave anonymously (the service's own mask, 爱心人士). */
  anonymous: string;
  /** The share action (分享海报); its dialog brings its own strings. */
  share: string;
  raised: string;
  goal: string;
  pending: string;
  donors: string;
  daysLeft: string;
  days: (n: number) => string;
  endsToday: string;
  ended: string;
  ongoing: string;
  /** The bar's words for screen readers; `matched` is given only when matching funds added money. */
  valueText: (raised: string, goal: string, pct: string, matched?: string) => string;
  recent: string;
  none: string;
  showAll: (n: number) => string;
  showLess: string;
  give: string;
  closed: string;
  close: string;
  // where the money went: in, out, left, and the latest spending
  flowRaised: string;
  spent: string;
  balance: string;
  spending: string;
  payee: string;
  receipt: string;
  // matching funds (配捐): the figure, the running funds' line and who matches
  matched: string;
  /** "each {one} you give becomes {becomes}, {left} left": one = 1 元, becomes = 1 元 + what the funds add to it. */
  matching: (one: string, becomes: string, left: string) => string;
  matchedBy: string;
  /** Monthly giving: the label of the active monthly plans' figure ("月捐人数"). */
  monthlyDonors: string;
  /** Shown instead of the give button when the campaign accepts no gifts. */
  noGifts: string;
}
