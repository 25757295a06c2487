import type { PaymentMessages } from '../forms/payment.messages.js';
import common from './form-common.en.js';

/** The payment panel of the giving forms in English (en). */
const messages: PaymentMessages = {
  qrImageAlt: 'Payment QR code of the organisation (quote the reference)',
  scanToPay: (a) => `Scan with WeChat to pay ${a}`,
  scanHint: 'Open WeChat on your phone, tap “+” → “Scan”, and pay.',
  validUntil: (t) => `The code is valid until ${t}.`,
  waiting: 'Waiting for the payment… This updates by itself.',
  stillWaiting: 'Still waiting for the payment. If you have just paid, it may take a moment.',
  checking: 'Checking…',
  checkAgain: 'Check again',
  confirmed: (a) => `Thank you, confirmed: your payment of ${a} has arrived.`,
  expired: 'This payment has expired and nothing was charged. Please start again.',
  cancelled: 'The payment was cancelled and nothing was charged.',
  refunded: 'This payment was refunded.',
  startAgain: 'Start again',
  continueToPay: 'Continue to secure payment',
  redirecting: 'Taking you to the secure payment page…',
  common,
};

export default messages;
