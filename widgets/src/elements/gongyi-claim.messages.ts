// The strings' shape; the locale files (../locales/claim.*.ts) and the catalog loader both import it,
// so neither imports the other.
import type { WithCommon } from '../lib/i18n.js';

/** Strings of the claim dialog (<gongyi-claim>), loaded with the dialog, not with the board. */
export interface ClaimMessages extends WithCommon {
  dialogTitle: string;
  nextTitle: string;
  next: string[];
  name: string;
  organisation: string;
  contact: string;
  contactHint: string;
  optional: string;
  nameRequired: string;
  contactRequired: string;
  submit: string;
  sending: string;
  cancel: string;
  close: string;
  claimed: string;
  claimedNote: (who: string) => string;
  alreadyClaimed: string;
  wishClosed: string;
}
