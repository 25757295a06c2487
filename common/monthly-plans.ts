// A monthly plan's (月捐) vocabulary: its states, how it pays, who ended it and why it ended when
// nobody did. The worker's schemas and stored rows and the console's monthly view read these lists.
import { REFUND_REASONS } from './gift-refusals.js';

export const PLAN_STATUSES = ['pending', 'active', 'ended'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** stripe: a subscription charged each month; offline: each month's gift waits for staff to confirm. */
export const PLAN_METHODS = ['stripe', 'offline'] as const;
export type PlanMethod = (typeof PLAN_METHODS)[number];

/** Who ended a plan by name (provider: Stripe ended the subscription). */
export const PLAN_ENDERS = ['donor', 'staff', 'provider'] as const;
export type PlanEnder = (typeof PLAN_ENDERS)[number];

/** Why a plan ended when nobody ended it by name: its first gift was never paid, or its campaign stopped taking gifts. */
export const PLAN_END_REASONS = ['first_gift_cancelled', ...REFUND_REASONS] as const;
export type PlanEndReason = (typeof PLAN_END_REASONS)[number];
