import type { LunchSchool as LunchSchoolWire } from '../../../common/wire/lunch.js';
import type { OlderService, Payment } from '../lib/api.js';

export type { LunchReport, LunchSponsor } from '../../../common/wire/lunch.js';

/**
 * GET /lunch/{school} (common/wire/lunch.ts) as the card reads it: a service older than the card
 * may lack the recipient, the gift refusal and the co-funding (null or missing: none on record;
 * only an explicit acceptsGifts false removes the sponsor button).
 */
export type LunchSchool = OlderService<
  LunchSchoolWire,
  'recipient' | 'acceptsGifts' | 'giftRefusal' | 'coFunding' | 'donorMealPrice'
>;

/** POST /lunch/{school}/sponsorships' answer. */
export interface SponsorshipResult {
  id: string;
  status: string;
  meals: number;
  days: number | null;
  amount: number;
  currency: string;
  payment: Payment;
}
