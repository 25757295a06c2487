// The strings' shape; the locale files (../locales/pledge.*.ts) and the catalog loader both import it,
// so neither imports the other.
import type { WithCommon } from '../lib/i18n.js';
import type { DonorLinkMessages } from '../forms/donor-link.js';
import type { GivingFormMessages } from '../forms/giving-form.i18n.js';
import type { FrequencyMessages } from './gongyi-pledge.frequency.js';

/** Strings of the pledge form of <gongyi-progress>, in their own chunk: loaded only with the form. */
export interface PledgeMessages extends WithCommon, GivingFormMessages, FrequencyMessages, DonorLinkMessages {
  chooseAmount: string;
  custom: string;
  amountInvalid: string;
  amountRequired: string;
  /** With matching funds: what the chosen amount becomes ("您的50元将变为100元"). */
  becomes: (given: string, total: string) => string;
  /** The submit button of a monthly gift ("每月捐 50元"). */
  submitMonthly: (amount: string) => string;
  /** Before a monthly gift's amount in the result ("每月捐 "). */
  monthlyGift: string;
}
