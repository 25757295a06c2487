// Monthly plans (月捐) as staff see them: with the donor's contact, failed payments and how each
// ended (by whom, or why).
import { z } from '@hono/zod-openapi';
import { PLAN_END_REASONS, PLAN_ENDERS, PLAN_METHODS, PLAN_STATUSES } from '../../common/monthly-plans';

export const AdminMonthlyPlanSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    orgId: z.string(),
    amount: z.number().int(),
    currency: z.string(),
    name: z.string().nullable(),
    anonymous: z.boolean(),
    contact: z.string().nullable(),
    method: z.enum(PLAN_METHODS),
    subscriptionId: z.string().nullable(),
    status: z.enum(PLAN_STATUSES),
    nextDueOn: z.string().nullable(),
    failedPayments: z.number().int(),
    lastFailureAt: z.string().nullable(),
    gifts: z.number().int(),
    confirmedAmount: z.number().int(),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
    endedBy: z.enum(PLAN_ENDERS).nullable().openapi({ description: 'null on an ended plan: see endReason' }),
    endReason: z.enum(PLAN_END_REASONS).nullable().openapi({
      description:
        'Why it ended when nobody ended it by name: its first gift was never paid, or its campaign stopped taking gifts',
    }),
    subscriptionCancelled: z.boolean().openapi({
      description:
        'Its Stripe subscription is cancelled at Stripe (an ended Stripe plan waits for the cron until it is; always false offline)',
    }),
  })
  .openapi('AdminMonthlyPlan');
