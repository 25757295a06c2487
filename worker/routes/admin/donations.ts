// Admin: donations with private contact, CSV export, and status changes. Each change is one
// conditional UPDATE; the triggers move the campaign totals in the same statement.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { decodeCursor, page } from '../../db/cursor';
import { requireDonation } from '../../db/queries';
import { adminDonationJson, type DonationRow, staffStatus } from '../../db/rows';
import type { Env } from '../../env';
import { toCsv } from '../../lib/csv';
import { ProblemError } from '../../lib/problem';
import { nowIso } from '../../lib/time';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { DonationFilter } from '../../schemas/admin';
import { idParam, jsonOk, problems } from '../../schemas/common';
import { type AdminDonation, AdminDonationSchema } from '../../schemas/donations';
import { ADMIN_SECURITY, router } from '../factory';

export const adminDonationRoutes = router();
const tags = ['Admin: donations'];

/** "gy-7k2m 9x4q", "7K2M9X4Q" → "GY-7K2M9X4Q": a reference as staff copy it from a bank statement. */
const normaliseReference = (typed: string) => `GY-${typed.toUpperCase().replace(/\s+/g, '').replace(/^GY-?/, '')}`;

const FROM = `FROM donations d JOIN campaigns c ON c.id = d.campaign_id JOIN projects p ON p.id = c.project_id`;

// The status staff see (rows.ts staffStatus) as SQL, keeping d.status indexable.
const STAFF_STATUS_WHERE: Record<AdminDonation['status'], string> = {
  pending: "d.status = 'pending'",
  confirmed: "d.status = 'confirmed'",
  cancelled: "d.status = 'cancelled' AND d.refund_due IS NULL",
  needs_refund: 'd.refund_due IS NOT NULL AND d.refunded_at IS NULL',
  refunded: "(d.status = 'refunded' OR (d.refund_due IS NOT NULL AND d.refunded_at IS NOT NULL))",
};

function filterSql(c: Context<Env>, q: z.infer<typeof DonationFilter>, withCursor: boolean) {
  const where: string[] = [];
  const args: unknown[] = [];
  const org = scopeOrg(c, q.orgId);
  if (org) (where.push('p.org_id = ?'), args.push(org));
  if (q.campaignId) (where.push('d.campaign_id = ?'), args.push(q.campaignId));
  if (q.status) where.push(STAFF_STATUS_WHERE[q.status]);
  if (q.reference) (where.push('d.reference = ?'), args.push(normaliseReference(q.reference)));
  const after = withCursor ? decodeCursor(q.cursor) : null;
  if (after) (where.push('(d.created_at < ? OR (d.created_at = ? AND d.id < ?))'), args.push(after.createdAt, after.createdAt, after.id));
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

adminDonationRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/donations', tags, security: ADMIN_SECURITY, summary: 'List donations (newest first, includes contact)',
    request: { query: DonationFilter },
    responses: {
      200: jsonOk(z.object({ items: z.array(AdminDonationSchema), nextCursor: z.string().nullable() }).openapi('AdminDonationPage'), 'Donations'),
      ...problems(400, 401, 403),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const { sql, args } = filterSql(c, q, true);
    const { results } = await c.env.DB.prepare(`SELECT d.*, p.org_id ${FROM} ${sql} ORDER BY d.created_at DESC, d.id DESC LIMIT ?`)
      .bind(...args, q.limit + 1)
      .all<DonationRow>();
    const { items, nextCursor } = page(results, q.limit);
    return c.json({ items: items.map(adminDonationJson), nextCursor }, 200);
  },
);

const CSV_COLUMNS: [string, keyof ReturnType<typeof adminDonationJson>][] = [
  ['id', 'id'], ['orgId', 'orgId'], ['campaignId', 'campaignId'], ['status', 'status'], ['amount', 'amount'], ['currency', 'currency'],
  ['name', 'name'], ['anonymous', 'anonymous'], ['message', 'message'], ['contact', 'contact'], ['channel', 'channel'],
  ['reference', 'reference'], ['createdAt', 'createdAt'], ['confirmedAt', 'confirmedAt'], ['cancelledAt', 'cancelledAt'], ['refundedAt', 'refundedAt'],
  ['refundDue', 'refundDue'],
];

adminDonationRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/donations.csv', tags, security: ADMIN_SECURITY, summary: 'Export donations as CSV (UTF-8 with BOM)',
    request: { query: DonationFilter.omit({ limit: true, cursor: true }) },
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...problems(401, 403) },
  }),
  async (c) => {
    const { sql, args } = filterSql(c, { ...c.req.valid('query'), limit: 0 }, false);
    const { results } = await c.env.DB.prepare(`SELECT d.*, p.org_id ${FROM} ${sql} ORDER BY d.created_at, d.id`)
      .bind(...args)
      .all<DonationRow>();
    const rows = results.map((r) => {
      const j = adminDonationJson(r);
      return CSV_COLUMNS.map(([, k]) => j[k]);
    });
    return c.body(toCsv(CSV_COLUMNS.map(([h]) => h), rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="donations.csv"',
      'Cache-Control': 'no-store',
    });
  },
);

// action → the rows it applies to, the change, and the words of a refusal. A refund also records
// the refund of a gift held for one (needs_refund: it stays 'cancelled', only refunded_at is
// stamped, as it was never counted).
const TRANSITIONS = {
  confirm: { when: "status = 'pending'", set: "status = 'confirmed', confirmed_at = ?", to: 'confirmed', from: 'a pending' },
  cancel: { when: "status = 'pending'", set: "status = 'cancelled', cancelled_at = ?", to: 'cancelled', from: 'a pending' },
  refund: {
    when: "(status = 'confirmed' OR (refund_due IS NOT NULL AND refunded_at IS NULL))",
    set: "status = CASE WHEN status = 'confirmed' THEN 'refunded' ELSE status END, refunded_at = ?",
    to: 'refunded',
    from: 'a confirmed or needs_refund',
  },
} as const;

for (const [action, t] of Object.entries(TRANSITIONS)) {
  adminDonationRoutes.openapi(
    createRoute({
      method: 'post', path: `/admin/donations/{id}/${action}`, tags, security: ADMIN_SECURITY,
      summary: `${action[0]!.toUpperCase()}${action.slice(1)} ${t.from} donation`,
      request: { params: idParam('id') },
      responses: { 200: jsonOk(AdminDonationSchema, `Now ${t.to}`), ...problems(401, 403, 404, 409) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const before = await requireDonation(c.env.DB, id);
      assertOrgAccess(c, before.org_id ?? '');
      // Conditional on the current status, so two staff clicking at once move the totals once.
      const changed = await c.env.DB.prepare(`UPDATE donations SET ${t.set} WHERE id = ? AND ${t.when} RETURNING id`)
        .bind(nowIso(), id)
        .first();
      if (!changed) {
        throw new ProblemError(409, 'invalid_transition', `Donation is ${staffStatus(before)}; only ${t.from} donation can be ${t.to}`);
      }
      return c.json(adminDonationJson(await requireDonation(c.env.DB, id)), 200);
    },
  );
}
