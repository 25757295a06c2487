// Matching funds (配捐) as the admin API answers them (worker/schemas/matching.ts, held to these
// types by test/types/wire.test-d.ts). Each is also what a create or an edit answers. Money is
// integer minor units.

/** GET /admin/matchers (AdminMatcherSchema): who matches, an organisation, never a person's contact. */
export interface AdminMatcher {
  id: string;
  orgId: string;
  name: string;
  logoUrl: string | null;
  website: string | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /admin/match-funds (AdminMatchFundSchema): what a matcher commits to the organisation's campaigns. */
export interface AdminMatchFund {
  id: string;
  matcherId: string;
  orgId: string;
  /** Match per 100 given: 100 = 1:1 (10 元 becomes 20 元), 200 = 1:2. */
  ratioPercent: number;
  /** At most this much match per gift; null: no cap. */
  capPerGift: number | null;
  /** The whole fund. */
  totalCap: number;
  currency: string;
  startsAt: string;
  endsAt: string;
  /** What it has matched so far. */
  matchedAmount: number;
  /** What the fund still holds: totalCap − matchedAmount. */
  remaining: number;
  /** The organisation's campaigns it matches. */
  campaignIds: string[];
  createdAt: string;
  updatedAt: string;
}
