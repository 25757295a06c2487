import type { GiftRefusal, Payment, Recipient } from '../lib/api.js';

/** JSON shapes of GET /lunch/{school} and POST /lunch/{school}/sponsorships (the public contract). */
export interface LunchReport {
  date: string;
  meals: number;
  spent: number;
  menu: string | null;
  photoUrl: string | null;
}

export interface LunchSponsor {
  name: string;
  anonymous?: boolean;
  amount: number;
  meals: number | null;
  days: number | null;
  at: string;
}

export interface LunchSchool {
  id: string;
  orgId: string;
  campaignId: string;
  name: string;
  location: string | null;
  note: string | null;
  childrenCount: number;
  mealPrice: number;
  currency: string;
  schoolDaysPerWeek: number;
  startsOn: string;
  monthlyFixedCost: number;
  fixedCostLabel: string | null;
  today: string;
  fundedThrough: string | null;
  fundedDays: number;
  fundedDaysAhead: number;
  mealsFunded: number;
  mealsServed: number;
  raisedAmount: number;
  pendingAmount: number;
  spentAmount: number;
  balance: number;
  dayCost: number;
  accepting: boolean;
  /** Null (or missing, from an older service) when no recipient is on record. */
  recipient?: Recipient | null;
  /** Only an explicit false removes the sponsor button; undefined (an older service) accepts. */
  acceptsGifts?: boolean;
  /** Why acceptsGifts is false (the code a sponsorship would get); null or missing: no reason given. */
  giftRefusal?: GiftRefusal | null;
  /** Who pays part of the lunches besides the donors (e.g. 县财政): per meal, or a monthly sum; missing from an older service. */
  coFunding?: { name: string; perMeal: number | null; monthly: number | null } | null;
  /** What a donor pays per meal (mealPrice less the co-funder's part); missing from an older service. */
  donorMealPrice?: number;
  upcoming: { date: string; funded: boolean }[];
  closures: { startsOn: string; endsOn: string; label: string }[];
  reportCount: number;
  reports: LunchReport[];
  recentSponsors: LunchSponsor[];
}

export interface SponsorshipResult {
  id: string;
  status: string;
  meals: number;
  days: number | null;
  amount: number;
  currency: string;
  payment: Payment;
}
