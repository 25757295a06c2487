// The strings' shape; the locale files (../locales/payment.*.ts) and the catalog loader both import it,
// so neither imports the other.
import type { WithCommon } from '../lib/i18n.js';

/** Strings of the payment panel shown after a pledge or sponsorship, in their own chunk. */
export interface PaymentMessages extends WithCommon {
  qrImageAlt: string;
  scanToPay: (amount: string) => string;
  scanHint: string;
  validUntil: (time: string) => string;
  waiting: string;
  stillWaiting: string;
  checking: string;
  checkAgain: string;
  confirmed: (amount: string) => string;
  expired: string;
  cancelled: string;
  refunded: string;
  startAgain: string;
  continueToPay: string;
  redirecting: string;
}
