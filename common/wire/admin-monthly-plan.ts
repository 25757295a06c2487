// A monthly plan (月捐) as the admin API answers it (GET /admin/monthly-plans, and what ending one
// answers; worker/schemas/monthly-plans.ts AdminMonthlyPlanSchema, held to this type by
// test/types/wire.test-d.ts). Staff see the donor's name and contact; money is integer minor units.
import type { PlanEndReason, PlanEnder, PlanMethod, PlanStatus } from '../monthly-plans.js';

export interface AdminMonthlyPlan {
  id: string;
  campaignId: string;
  orgId: string;
  amount: number;
  currency: string;
  name: string | null;
  anonymous: boolean;
  contact: string | null;
  method: PlanMethod;
  /** The Stripe subscription's id once Stripe has made it; null offline. */
  subscriptionId: string | null;
  status: PlanStatus;
  /** The China date the next month's gift is due (offline plans). */
  nextDueOn: string | null;
  failedPayments: number;
  lastFailureAt: string | null;
  /** Gifts it has brought, in any status. */
  gifts: number;
  /** The sum of those confirmed. */
  confirmedAmount: number;
  createdAt: string;
  endedAt: string | null;
  /** null on an ended plan: see endReason. */
  endedBy: PlanEnder | null;
  /** Why it ended when nobody ended it by name (its first gift never arrived, its campaign stopped taking gifts). */
  endReason: PlanEndReason | null;
  /** Its Stripe subscription is cancelled at Stripe (the worker keeps asking until it is); always false offline. */
  subscriptionCancelled: boolean;
}
