// Admin: payment callback ledger and reconciliation per day and provider. Org tokens see the
// entries of their own donations; entries matching no donation (unknown order, bad signature)
// belong to no organisation and only the super-admin sees them.
import { createRoute, z } from '@hono/zod-openapi';
import { decodeCursor, page } from '../../db/cursor';
import { listPaymentEvents, PAYMENT_OUTCOMES, type EventRow } from '../../db/payment-events';
import { ProblemError } from '../../lib/problem';
import { scopeOrg } from '../../middleware/admin-auth';
import { chinaDate, nextDay } from '../../../common/china-time';
import { reconcile } from '../../payments/reconciliation';
import { IsoDate, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminPaymentRoutes = router();
const tags = ['Admin: payments'];

const PaymentEventSchema = z
  .object({
    id: z.string(),
    provider: z.enum(['wechatpay', 'stripe']),
    eventId: z.string().nullable(),
    eventType: z.string().nullable(),
    donationId: z.string().nullable(),
    orgId: z.string().nullable(),
    orderRef: z.string().nullable(),
    paymentRef: z.string().nullable(),
    amount: z.number().int().nullable(),
    currency: z.string().nullable(),
    outcome: z.enum(PAYMENT_OUTCOMES),
    detail: z.string().nullable(),
    receivedAt: z.string(),
  })
  .openapi('PaymentEvent');

const eventJson = (r: EventRow) => ({
  id: r.id,
  provider: r.provider,
  eventId: r.event_id,
  eventType: r.event_type,
  donationId: r.donation_id,
  orgId: r.org_id,
  orderRef: r.order_ref,
  paymentRef: r.payment_ref,
  amount: r.amount,
  currency: r.currency,
  outcome: r.outcome,
  detail: r.detail,
  receivedAt: r.received_at,
});

adminPaymentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/payment-events',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Payment callback ledger (newest first): every delivery and what it did',
    request: {
      query: z.object({
        provider: z.enum(['wechatpay', 'stripe']).optional(),
        outcome: z.enum(PAYMENT_OUTCOMES).optional(),
        orgId: z.string().optional(),
        limit: z.coerce
          .number()
          .int()
          .min(1)
          .max(200)
          .default(50)
          .openapi({ type: 'integer', minimum: 1, maximum: 200, default: 50 }),
        cursor: z.string().max(200).optional(),
      }),
    },
    responses: {
      200: jsonOk(
        z.object({ items: z.array(PaymentEventSchema), nextCursor: z.string().nullable() }).openapi('PaymentEventPage'),
        'Ledger',
      ),
      ...problems(400, 401, 403),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const org = scopeOrg(c, q.orgId);
    const after = decodeCursor(q.cursor);
    const results = await listPaymentEvents(
      c.env.DB,
      { org, provider: q.provider, outcome: q.outcome, after },
      q.limit,
    );
    const { items, nextCursor } = page(results, q.limit);
    return c.json({ items: items.map(eventJson), nextCursor }, 200);
  },
);

const Figures = z.object({
  confirmedCount: z.number().int(),
  confirmedAmount: z.number().int(),
  refundedCount: z.number().int(),
  refundedAmount: z.number().int(),
});

const ReconciliationSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    days: z.array(
      z.object({
        date: z.string().openapi({ description: 'Day in China Standard Time (UTC+8)' }),
        provider: z.string(),
        currency: z.string(),
        callbacks: Figures.openapi({
          description: 'What verified callbacks confirmed / refunded (ledger, by receipt time)',
        }),
        totals: Figures.openapi({
          description: 'What the online donations say (by confirmed_at / refunded_at): what the campaign totals count',
        }),
        difference: Figures.openapi({ description: 'totals − callbacks' }),
        balanced: z.boolean(),
      }),
    ),
    unmatched: z.array(z.record(z.string(), z.unknown())).openapi({
      description:
        'kind "event": ledger entries that applied nothing and need a look (unknown order, mismatches, late, bad signature…); ' +
        'kind "donation": online donations confirmed or refunded without a verified callback',
    }),
  })
  .openapi('Reconciliation');

const MAX_DAYS = 93;

adminPaymentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/reconciliation',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Reconciliation per day and provider: callbacks against donation totals, and what is unmatched',
    request: {
      query: z.object({
        from: IsoDate.optional().openapi({ description: 'First day (China time); default 6 days before `to`' }),
        to: IsoDate.optional().openapi({ description: 'Last day, included (China time); default today' }),
        orgId: z.string().optional(),
      }),
    },
    responses: { 200: jsonOk(ReconciliationSchema, 'Reconciliation'), ...problems(400, 401, 403) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const org = scopeOrg(c, q.orgId);
    const to = q.to ?? chinaDate();
    let from = q.from;
    if (!from) {
      from = to;
      for (let i = 0; i < 6; i++)
        from = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    }
    const span = (Date.parse(`${nextDay(to)}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    if (span < 1 || span > MAX_DAYS) {
      throw new ProblemError(400, 'validation_failed', 'Invalid date range', [
        { path: 'from', message: `from ≤ to, at most ${MAX_DAYS} days` },
      ]);
    }
    return c.json(await reconcile(c.env.DB, from, to, org), 200);
  },
);
