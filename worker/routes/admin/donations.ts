// Admin: donations with private contact, CSV export, and status changes. Each change is one
// conditional UPDATE; the triggers move the campaign totals in the same statement.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { decodeCursor, page } from '../../db/cursor';
import {
  exportDonations,
  listDonations,
  moveDonation,
  type DonationAction,
  type DonationWhere,
} from '../../db/donations';
import { requireDonation } from '../../db/queries';
import { adminDonationJson, staffStatus } from '../../db/rows';
import type { Env } from '../../env';
import { toCsv } from '../../lib/csv';
import { ProblemError } from '../../lib/problem';
import { nowIso } from '../../lib/time';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { DonationFilter } from '../../schemas/admin';
import { idParam, jsonOk, problems } from '../../schemas/common';
import { AdminDonationPageSchema, AdminDonationSchema } from '../../schemas/donations';
import { ADMIN_SECURITY, router } from '../factory';

export const adminDonationRoutes = router();
const tags = ['Admin: donations'];

/** "gy-7k2m 9x4q", "7K2M9X4Q" → "GY-7K2M9X4Q": a reference as staff copy it from a bank statement. */
const normaliseReference = (typed: string) => `GY-${typed.toUpperCase().replace(/\s+/g, '').replace(/^GY-?/, '')}`;

/** The filter as the data layer reads it: this token's organisation, the reference as stored, the page's keyset. */
function filterOf(
  c: Context<Env>,
  q: Omit<z.infer<typeof DonationFilter>, 'limit'>,
  withCursor: boolean,
): DonationWhere {
  const org = scopeOrg(c, q.orgId);
  const reference = q.reference ? normaliseReference(q.reference) : undefined;
  return {
    org,
    campaignId: q.campaignId,
    status: q.status,
    reference,
    after: withCursor ? decodeCursor(q.cursor) : null,
  };
}

adminDonationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/donations',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List donations (newest first, includes contact)',
    request: { query: DonationFilter },
    responses: {
      200: jsonOk(AdminDonationPageSchema, 'Donations'),
      ...problems(400, 401, 403),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const results = await listDonations(c.env.DB, filterOf(c, q, true), q.limit);
    const { items, nextCursor } = page(results, q.limit);
    return c.json({ items: items.map(adminDonationJson), nextCursor }, 200);
  },
);

const CSV_COLUMNS: [string, keyof ReturnType<typeof adminDonationJson>][] = [
  ['id', 'id'],
  ['orgId', 'orgId'],
  ['campaignId', 'campaignId'],
  ['status', 'status'],
  ['amount', 'amount'],
  ['currency', 'currency'],
  ['name', 'name'],
  ['anonymous', 'anonymous'],
  ['message', 'message'],
  ['contact', 'contact'],
  ['channel', 'channel'],
  ['reference', 'reference'],
  ['createdAt', 'createdAt'],
  ['confirmedAt', 'confirmedAt'],
  ['cancelledAt', 'cancelledAt'],
  ['refundedAt', 'refundedAt'],
  ['refundDue', 'refundDue'],
];

adminDonationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/donations.csv',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Export donations as CSV (UTF-8 with BOM)',
    request: { query: DonationFilter.omit({ limit: true, cursor: true }) },
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...problems(401, 403) },
  }),
  async (c) => {
    const results = await exportDonations(c.env.DB, filterOf(c, c.req.valid('query'), false));
    const rows = results.map((r) => {
      const j = adminDonationJson(r);
      return CSV_COLUMNS.map(([, k]) => j[k]);
    });
    return c.body(
      toCsv(
        CSV_COLUMNS.map(([h]) => h),
        rows,
      ),
      200,
      {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="donations.csv"',
        'Cache-Control': 'no-store',
      },
    );
  },
);

// action → the words of its answer and of a refusal (what it applies to: db/donations.ts).
const TRANSITIONS: Record<DonationAction, { to: string; from: string }> = {
  confirm: { to: 'confirmed', from: 'a pending' },
  cancel: { to: 'cancelled', from: 'a pending' },
  refund: { to: 'refunded', from: 'a confirmed or needs_refund' },
};

for (const [action, t] of Object.entries(TRANSITIONS) as [DonationAction, { to: string; from: string }][]) {
  adminDonationRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/admin/donations/{id}/${action}`,
      tags,
      security: ADMIN_SECURITY,
      summary: `${action[0]!.toUpperCase()}${action.slice(1)} ${t.from} donation`,
      request: { params: idParam('id') },
      responses: { 200: jsonOk(AdminDonationSchema, `Now ${t.to}`), ...problems(401, 403, 404, 409) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const before = await requireDonation(c.env.DB, id);
      assertOrgAccess(c, before.org_id ?? '');
      // Conditional on the current status, so two staff clicking at once move the totals once.
      if (!(await moveDonation(c.env.DB, action, id, nowIso()))) {
        throw new ProblemError(
          409,
          'invalid_transition',
          `Donation is ${staffStatus(before)}; only ${t.from} donation can be ${t.to}`,
        );
      }
      return c.json(adminDonationJson(await requireDonation(c.env.DB, id)), 200);
    },
  );
}
