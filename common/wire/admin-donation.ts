// A gift as the admin API answers it (GET /admin/donations, a page at a time, and what a
// confirmation, cancellation or refund answers; worker/schemas/donations.ts AdminDonationSchema and
// AdminDonationPageSchema, held to these types by test/types/wire.test-d.ts). Staff see the name
// and contact the donor gave; money is integer minor units.
import type { RefundReason } from '../gift-refusals.js';
import type { PaymentProviderName } from '../payment-providers.js';
import type { StaffDonationStatus } from '../statuses.js';

export interface AdminDonation {
  id: string;
  campaignId: string;
  orgId: string;
  amount: number;
  currency: string;
  name: string | null;
  anonymous: boolean;
  message: string | null;
  contact: string | null;
  channel: string;
  /** The GY- reference the donor quotes on a transfer. */
  reference: string;
  /** needs_refund: a monthly renewal that arrived after its campaign stopped taking gifts; never counted, to refund. */
  status: StaffDonationStatus;
  createdAt: string;
  confirmedAt: string | null;
  cancelledAt: string | null;
  refundedAt: string | null;
  /** The online provider taking the money; null: offline. */
  provider: Exclude<PaymentProviderName, 'offline'> | null;
  /** When a pending online payment expires. */
  expiresAt: string | null;
  /** expired: the online payment window closed unpaid. */
  cancelReason: 'expired' | null;
  /** Why a needs_refund gift must go back (campaign_closed, filing_not_current, …); kept once refunded. */
  refundDue: RefundReason | null;
}

export interface AdminDonationPage {
  items: AdminDonation[];
  nextCursor: string | null;
}
