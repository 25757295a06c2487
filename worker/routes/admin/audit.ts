// Admin: the audit trail, newest first: who changed what, when, from what to what. Organisation
// tokens see their organisation's rows; the super-admin all. Paged by `seq` (the cursor is the
// last row's seq); `format=csv` exports the same filter for an auditor's spreadsheet.
import { createRoute, z } from '@hono/zod-openapi';
import { chinaDayStart, nextDay } from '../../lib/china-time';
import { toCsv } from '../../lib/csv';
import { ProblemError } from '../../lib/problem';
import { scopeOrg } from '../../middleware/admin-auth';
import { AuditEntrySchema, AuditQuery } from '../../schemas/accountability';
import { jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminAuditRoutes = router();

type AuditRow = {
  seq: number; at: string; org_id: string | null; token_id: string | null; actor_label: string; actor_role: string; action: string;
  object_type: string; object_id: string | null; before: string | null; after: string | null; request_id: string;
};

const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s));
const entryJson = (r: AuditRow) => ({
  seq: r.seq, at: r.at, orgId: r.org_id, tokenId: r.token_id, actor: r.actor_label, role: r.actor_role, action: r.action,
  objectType: r.object_type, objectId: r.object_id, before: parse(r.before), after: parse(r.after), requestId: r.request_id,
});


adminAuditRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/audit', tags: ['Admin: audit'], security: ADMIN_SECURITY,
    summary: 'The audit trail (newest first; `format=csv` to export)',
    request: { query: AuditQuery },
    responses: {
      200: {
        description: 'Entries',
        content: {
          'application/json': { schema: z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }).openapi('AuditPage') },
          'text/csv': { schema: z.string() },
        },
      },
      ...problems(400, 401, 403),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const where: string[] = [];
    const args: unknown[] = [];
    const org = scopeOrg(c, q.orgId);
    if (org) (where.push('org_id = ?'), args.push(org));
    if (q.object) {
      const [type, ...rest] = q.object.split(':');
      where.push('object_type = ?'), args.push(type);
      if (rest.length) (where.push('object_id = ?'), args.push(rest.join(':')));
    }
    if (q.actor === 'super') where.push('token_id IS NULL');
    else if (q.actor) (where.push('token_id = ?'), args.push(q.actor));
    if (q.action) (where.push('action = ?'), args.push(q.action));
    if (q.from) (where.push('at >= ?'), args.push(chinaDayStart(q.from)));
    if (q.to) (where.push('at < ?'), args.push(chinaDayStart(nextDay(q.to))));
    const csv = q.format === 'csv';
    if (q.cursor && !csv) {
      if (!/^\d{1,15}$/.test(q.cursor)) throw new ProblemError(400, 'validation_failed', 'Invalid cursor', [{ path: 'cursor', message: 'Use nextCursor' }]);
      where.push('seq < ?'), args.push(Number(q.cursor));
    }
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC`;
    if (csv) {
      const { results } = await c.env.DB.prepare(sql).bind(...args).all<AuditRow>();
      const header = ['seq', 'at', 'orgId', 'tokenId', 'actor', 'role', 'action', 'objectType', 'objectId', 'before', 'after', 'requestId'];
      const rows = results.map((r) => [r.seq, r.at, r.org_id, r.token_id, r.actor_label, r.actor_role, r.action, r.object_type, r.object_id, r.before, r.after, r.request_id]);
      return c.body(toCsv(header, rows), 200, {
        'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="audit.csv"', 'Cache-Control': 'no-store',
      });
    }
    const { results } = await c.env.DB.prepare(`${sql} LIMIT ?`).bind(...args, q.limit + 1).all<AuditRow>();
    const items = results.slice(0, q.limit);
    const nextCursor = results.length > q.limit ? String(items[items.length - 1]!.seq) : null;
    return c.json({ items: items.map(entryJson), nextCursor }, 200);
  },
);
