// GET /lunch/{school} as the API sends it (worker/schemas/lunch.ts LunchSchoolSchema; checked by
// test/types/wire.test-d.ts). Money is integer minor units; days are the school's (China time).
import type { GiftRefusal } from '../gift-refusals.js';
import type { Recipient } from './campaign.js';

/** One day's report (公示): meals served, money spent, menu, photo. */
export interface LunchReport {
  date: string;
  meals: number;
  spent: number;
  menu: string | null;
  photoUrl: string | null;
}

export interface LunchSponsor {
  /** Masked: 张*, or 爱心人士 when anonymous. */
  name: string;
  anonymous: boolean;
  amount: number;
  /** Meals bought; null for a plain gift to the campaign. */
  meals: number | null;
  /** School days bought for the whole school, if bought that way. */
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
  /** The school's date the figures were computed for. */
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
  acceptsGifts: boolean;
  giftRefusal: GiftRefusal | null;
  /** Who pays part of the lunches besides the donors (e.g. 县财政): per meal, or a monthly sum. */
  coFunding: { name: string; perMeal: number | null; monthly: number | null } | null;
  /** What a donor pays per meal (mealPrice less the co-funder's part). */
  donorMealPrice: number;
  recipient: Recipient | null;
  upcoming: { date: string; funded: boolean }[];
  closures: { startsOn: string; endsOn: string; label: string }[];
  reportCount: number;
  /** Newest first. */
  reports: LunchReport[];
  recentSponsors: LunchSponsor[];
}
