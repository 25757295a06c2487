// GET /campaigns/{id} as the API sends it (worker/schemas/campaigns.ts CampaignSchema; the type
// test test/types/wire.test-d.ts fails when the two disagree). Money is integer minor units.
import type { GiftRefusal } from '../gift-refusals.js';
import type { CampaignStatus } from '../statuses.js';

export interface Tier {
  amount: number;
  label: string;
}

/** A confirmed gift as the public sees it: the name is masked (张*, or 爱心人士 when anonymous). */
export interface PublicDonation {
  name: string;
  anonymous: boolean;
  amount: number;
  message: string | null;
  at: string;
}

/** The licensed charity that really receives the money (募捐主体) and its filing on 慈善中国. */
export interface Recipient {
  name: string;
  /** 统一社会信用代码, 18 characters. */
  creditCode: string;
  qualification: string | null;
  /** 募捐方案备案编号. */
  filingNumber: string | null;
  filingUrl: string | null;
  platform: string | null;
  platformUrl: string | null;
  filedFrom: string | null;
  filedUntil: string | null;
}

/** One spending entry of a campaign. */
export interface Expenditure {
  date: string;
  amount: number;
  purpose: string;
  payee: string | null;
  receiptUrl: string | null;
}

/** A matching fund (配捐) running on a campaign: a company or foundation adds to each gift. */
export interface MatchFund {
  id: string;
  matcher: { name: string; logoUrl: string | null };
  /** Match per 100 given: 100 = 1:1 (each 1 元 becomes 2 元), 200 = 1:2. */
  ratioPercent: number;
  /** At most this much match per gift; null = no cap. */
  capPerGift: number | null;
  /** What the fund still holds. */
  remaining: number;
  endsAt: string;
}

export interface Campaign {
  id: string;
  projectId: string;
  title: string;
  currency: string;
  goalAmount: number;
  /** Confirmed money. */
  raisedAmount: number;
  /** Pledged, not yet confirmed. */
  pendingAmount: number;
  /** Confirmed donations. */
  donorCount: number;
  endsAt: string | null;
  status: CampaignStatus;
  tiers: Tier[];
  recentDonations: PublicDonation[];
  spentAmount: number;
  /** raisedAmount − spentAmount; may be negative. */
  balance: number;
  /** The latest (at most 5), newest first. */
  expenditures: Expenditure[];
  recipient: Recipient | null;
  /** Only then show a give button. */
  acceptsGifts: boolean;
  /** Why acceptsGifts is false (the code a gift would get); null: it takes gifts. */
  giftRefusal: GiftRefusal | null;
  /** What matching funds added to confirmed gifts, besides raisedAmount. */
  matchedAmount: number;
  /** The funds matching new gifts now (running, with money left). */
  matchFunds: MatchFund[];
  /** The pledge form may offer "monthly" (月捐). */
  monthlyAllowed: boolean;
  /** Monthly plans active now. */
  monthlyDonors: number;
}
