// A campaign as the admin API answers it (GET /admin/campaigns; worker/schemas/admin.ts
// AdminCampaignSchema, held to this type by test/types/wire.test-d.ts). The console's views that
// show one (campaigns, its filing form, pledges, spending, matching, monthly) import it from here.
import type { PaymentProviderName } from '../payment-providers.js';
import type { CampaignStatus } from '../statuses.js';
import type { Recipient, Tier } from './campaign.js';

export interface AdminCampaign {
  id: string;
  projectId: string;
  orgId: string;
  title: string;
  currency: string;
  goalAmount: number;
  raisedAmount: number;
  pendingAmount: number;
  donorCount: number;
  endsAt: string | null;
  status: CampaignStatus;
  tiers: Tier[];
  paymentInstructions: string | null;
  /** The campaign's own choice of provider; null: its organisation's. */
  paymentProvider: PaymentProviderName | null;
  spentAmount: number;
  balance: number;
  /** What matching funds added to its confirmed gifts, besides raisedAmount. */
  matchedAmount: number;
  /** Whether the pledge form offers "monthly". */
  monthlyAllowed: boolean;
  /** Monthly plans active now. */
  monthlyDonors: number;
  recipientId: string | null;
  recipient: Recipient | null;
  /** What keeps it from accepting gifts; empty: nothing. */
  missingForGifts: ('recipient' | 'qualification' | 'filingNumber' | 'filingPeriod')[];
  /**
   * What a donor paying offline is not told (gifts are still taken): no payment instructions, and
   * no account or QR of the organisation.
   */
  missingForPayment: 'paymentInstructions'[];
  createdAt: string;
  updatedAt: string;
}
