// A campaign as the admin API answers it (GET /admin/campaigns): its own file, so the views that show
// one (campaigns, its filing form, pledges, spending, matching, monthly) import it without importing
// each other.
import type { CampaignStatus } from '../../common/statuses.js';

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
  tiers: { amount: number; label: string }[];
  paymentInstructions: string | null;
  spentAmount: number;
  balance: number;
  /** What matching funds added to its confirmed gifts, besides raisedAmount. */
  matchedAmount: number;
  /** Whether the pledge form offers "monthly". */
  monthlyAllowed: boolean;
  /** Monthly plans active now. */
  monthlyDonors: number;
  recipientId: string | null;
  recipient: CampaignRecipient | null;
  /** What keeps it from accepting gifts; empty: nothing. */
  missingForGifts: ('recipient' | 'qualification' | 'filingNumber' | 'filingPeriod')[];
  /**
   * What a donor paying offline is not told (gifts are still taken): no payment instructions, and
   * no account or QR of the organisation. Absent from an API that does not say.
   */
  missingForPayment?: 'paymentInstructions'[];
}

/** The public recipient block of a campaign: the charity and the campaign's filing. */
export interface CampaignRecipient {
  name: string;
  creditCode: string;
  qualification: string | null;
  filingNumber: string | null;
  filingUrl: string | null;
  platform: string | null;
  platformUrl: string | null;
  filedFrom: string | null;
  filedUntil: string | null;
}
