// Admin: the audit trail, newest first: who changed what, when, from what to what. Organisation
// tokens see their organisation's rows; the super-admin all. Paged by `seq` (the cursor is the
// last row's seq); `format=csv` exports the same filter for an auditor's spreadsheet.
import { createRoute, z } from '@hono/zod-openapi';
import { exportAudit, listAudit, type AuditRow, type AuditWhere } from '../../db/audit';
import { chinaDayStart, nextDay } from '../../../common/china-time';
import { toCsv } from '../../lib/csv';
import { ProblemError } from '../../lib/problem';
import { scopeOrg } from '../../middleware/admin-auth';
import { AuditPageSchema, AuditQuery } from '../../schemas/accountability';
import { problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminAuditRoutes = router();

const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s));
const entryJson = (r: AuditRow) => ({
  seq: r.seq,
  at: r.at,
  orgId: r.org_id,
  tokenId: r.token_id,
  actor: r.actor_label,
  role: r.actor_role,
  action: r.action,
  objectType: r.object_type,
  objectId: r.object_id,
  before: parse(r.before),
  after: parse(r.after),
  requestId: r.request_id,
});

adminAuditRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/audit',
    tags: ['Admin: audit'],
    security: ADMIN_SECURITY,
    summary: 'The audit trail (newest first; `format=csv` to export)',
    request: { query: AuditQuery },
    responses: {
      200: {
        description: 'Entries',
        content: {
          'application/json': {
            schema: AuditPageSchema,
          },
          'text/csv': { schema: z.string() },
        },
      },
      ...problems(400, 401, 403),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const f: AuditWhere = {
      org: scopeOrg(c, q.orgId),
      object: q.object,
      actor: q.actor,
      action: q.action,
      from: q.from ? chinaDayStart(q.from) : undefined,
      to: q.to ? chinaDayStart(nextDay(q.to)) : undefined,
    };
    const csv = q.format === 'csv';
    if (q.cursor && !csv) {
      if (!/^\d{1,15}$/.test(q.cursor))
        throw new ProblemError(400, 'validation_failed', 'Invalid cursor', [
          { path: 'cursor', message: 'Use nextCursor' },
        ]);
      f.before = Number(q.cursor);
    }
    if (csv) {
      const results = await exportAudit(c.env.DB, f);
      const header = [
        'seq',
        'at',
        'orgId',
        'tokenId',
        'actor',
        'role',
        'action',
        'objectType',
        'objectId',
        'before',
        'after',
        'requestId',
      ];
      const rows = results.map((r) => [
        r.seq,
        r.at,
        r.org_id,
        r.token_id,
        r.actor_label,
        r.actor_role,
        r.action,
        r.object_type,
        r.object_id,
        r.before,
        r.after,
        r.request_id,
      ]);
      return c.body(toCsv(header, rows), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="audit.csv"',
        'Cache-Control': 'no-store',
      });
    }
    const results = await listAudit(c.env.DB, f, q.limit);
    const items = results.slice(0, q.limit);
    const nextCursor = results.length > q.limit ? String(items[items.length - 1]!.seq) : null;
    return c.json({ items: items.map(entryJson), nextCursor }, 200);
  },
);
