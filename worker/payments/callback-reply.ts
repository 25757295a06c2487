// How each ledger outcome is answered to the provider. Any non-2xx makes WeChat and Stripe deliver
// again later, so only outcomes where a later delivery could succeed ask for a retry:
// - bad_signature (401): a platform-certificate rotation we have not deployed yet heals on retry; a
//   forgery is simply refused again.
// - stale_timestamp / malformed (400): a fresh delivery is signed anew.
// - out_of_order (409): a refund that arrived before its payment applies once the payment has.
// Everything else was verified and recorded (applied, duplicate, unknown order, mismatches,
// late payments…): acknowledge it, or the provider would resend it for days; staff see the ledger.
import type { LedgerOutcome } from './events';

const RETRY: Partial<Record<LedgerOutcome, 400 | 401 | 409>> = {
  bad_signature: 401,
  stale_timestamp: 400,
  malformed: 400,
  out_of_order: 409,
};

export const retryStatus = (outcome: LedgerOutcome) => RETRY[outcome] ?? null;
