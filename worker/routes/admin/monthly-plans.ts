// Admin: monthly plans (月捐) with the donor's contact, failed payments and how each ended (by whom,
// or why: its first gift never paid, its campaign stopped taking gifts); staff may end one (a
// Stripe subscription is cancelled at Stripe first). Each month's offline gift
// appears in the pledge queue like any pledge (with its plan id).
import { createRoute, z } from '@hono/zod-openapi';
import { PLAN_STATUSES } from '../../../common/monthly-plans';
import { purgeCampaign } from '../../cache/purge';
import { listPlans, planById, type AdminPlanRow } from '../../db/monthly-plans';
import { notFound, ProblemError } from '../../lib/problem';
import { scopeOrg } from '../../middleware/admin-auth';
import { stripeConfig } from '../../payments/config';
import { endPlan } from '../../payments/monthly';
import { PaymentProviderError } from '../../payments/provider';
import { listOf } from '../../schemas/admin';
import { AdminMonthlyPlanSchema } from '../../schemas/monthly-plans';
import { idParam, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminMonthlyPlanRoutes = router();
const tags = ['Admin: monthly giving'];

const planJson = (r: AdminPlanRow) => ({
  id: r.id,
  campaignId: r.campaign_id,
  orgId: r.org_id,
  amount: r.amount,
  currency: r.currency,
  name: r.name,
  anonymous: r.anonymous === 1,
  contact: r.contact,
  method: r.provider === 'stripe' ? ('stripe' as const) : ('offline' as const),
  subscriptionId: r.provider_subscription_id,
  status: r.status,
  nextDueOn: r.next_due_on,
  failedPayments: r.failed_payments,
  lastFailureAt: r.last_failure_at,
  gifts: r.gifts,
  confirmedAmount: r.confirmed_amount,
  createdAt: r.created_at,
  endedAt: r.ended_at,
  endedBy: r.ended_by,
  endReason: r.end_reason,
  subscriptionCancelled: r.subscription_cancelled_at !== null,
});

adminMonthlyPlanRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/monthly-plans',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Monthly plans (newest first)',
    request: {
      query: z.object({
        orgId: z.string().optional(),
        campaignId: z.string().optional(),
        status: z.enum(PLAN_STATUSES).optional(),
      }),
    },
    responses: { 200: jsonOk(listOf(AdminMonthlyPlanSchema, 'AdminMonthlyPlanList'), 'Plans'), ...problems(401, 403) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const org = scopeOrg(c, q.orgId);
    const results = await listPlans(c.env.DB, { org, campaignId: q.campaignId, status: q.status });
    return c.json({ items: results.map(planJson) }, 200);
  },
);

adminMonthlyPlanRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/monthly-plans/{id}/end',
    tags,
    security: ADMIN_SECURITY,
    summary: 'End a monthly plan (no more months)',
    request: { params: idParam('id') },
    responses: { 200: jsonOk(AdminMonthlyPlanSchema, 'Ended (or already ended)'), ...problems(401, 403, 404, 502) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const plan = await planById(c.env.DB, id);
    if (!plan) throw notFound('Monthly plan', id);
    try {
      await endPlan(c.env.DB, stripeConfig(c.env), plan, 'staff');
    } catch (e) {
      if (!(e instanceof PaymentProviderError)) throw e;
      throw new ProblemError(
        502,
        'payment_provider_error',
        'Stripe did not answer; the plan is not ended yet, please try again',
      );
    }
    await purgeCampaign(c, plan.campaign_id);
    return c.json(planJson((await planById(c.env.DB, id))!), 200);
  },
);
