// Admin: a campaign's spending (资金使用公示): date, amount, purpose, payee, receipt. The triggers
// keep the campaign's spent total; a lunch daily report's spending is its report's (edit the
// report, not the row).
import { createRoute, z } from '@hono/zod-openapi';
import { patchStatement } from '../../db/patch';
import { adminExpenditureJson, type ExpenditureRow } from '../../db/rows';
import { newId } from '../../lib/ids';
import { notFound, ProblemError } from '../../lib/problem';
import { AdminExpenditureSchema, ExpenditureCreate, ExpenditurePatch } from '../../schemas/accountability';
import { listOf } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminExpenditureRoutes = router();
const tags = ['Admin: spending'];
const params = z.object({ id: z.string().min(1), expenditureId: z.string().min(1) });

async function requireExpenditure(db: D1Database, campaignId: string, id: string): Promise<ExpenditureRow> {
  const row = await db.prepare('SELECT * FROM expenditures WHERE id = ? AND campaign_id = ?').bind(id, campaignId).first<ExpenditureRow>();
  if (!row) throw notFound('Expenditure', id);
  return row;
}

function assertByHand(row: ExpenditureRow) {
  if (row.lunch_report_id) {
    throw new ProblemError(409, 'invalid_transition', `This is lunch report ${row.lunch_report_id}'s spending: edit the report instead`);
  }
}

adminExpenditureRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/campaigns/{id}/expenditures', tags, security: ADMIN_SECURITY, summary: 'Record spending',
    request: { params: idParam('id'), body: jsonBody(ExpenditureCreate) },
    responses: { 201: jsonOk(AdminExpenditureSchema, 'Recorded'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id: campaignId } = c.req.valid('param');
    const b = c.req.valid('json');
    const id = newId('ex');
    await c.env.DB.prepare('INSERT INTO expenditures (id, campaign_id, date, amount, purpose, payee, receipt_url) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .bind(id, campaignId, b.date, b.amount, b.purpose, b.payee ?? null, b.receiptUrl ?? null)
      .run();
    return c.json(adminExpenditureJson(await requireExpenditure(c.env.DB, campaignId, id)), 201);
  },
);

adminExpenditureRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/campaigns/{id}/expenditures', tags, security: ADMIN_SECURITY, summary: "A campaign's spending (newest first)",
    request: { params: idParam('id') },
    responses: { 200: jsonOk(listOf(AdminExpenditureSchema, 'AdminExpenditureList'), 'Spending'), ...problems(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { results } = await c.env.DB.prepare('SELECT * FROM expenditures WHERE campaign_id = ? ORDER BY date DESC, created_at DESC, id DESC')
      .bind(id)
      .all<ExpenditureRow>();
    return c.json({ items: results.map(adminExpenditureJson) }, 200);
  },
);

adminExpenditureRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/campaigns/{id}/expenditures/{expenditureId}', tags, security: ADMIN_SECURITY, summary: 'Correct spending',
    request: { params, body: jsonBody(ExpenditurePatch) },
    responses: { 200: jsonOk(AdminExpenditureSchema, 'Corrected'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id: campaignId, expenditureId } = c.req.valid('param');
    assertByHand(await requireExpenditure(c.env.DB, campaignId, expenditureId));
    const stmt = patchStatement(c.env.DB, 'expenditures', expenditureId, c.req.valid('json'), {
      date: { column: 'date' }, amount: { column: 'amount' }, purpose: { column: 'purpose' }, payee: { column: 'payee' },
      receiptUrl: { column: 'receipt_url' },
    });
    if (stmt) await stmt.run();
    return c.json(adminExpenditureJson(await requireExpenditure(c.env.DB, campaignId, expenditureId)), 200);
  },
);

adminExpenditureRoutes.openapi(
  createRoute({
    method: 'delete', path: '/admin/campaigns/{id}/expenditures/{expenditureId}', tags, security: ADMIN_SECURITY,
    summary: 'Remove spending recorded in error (the audit trail keeps it)',
    request: { params },
    responses: { 200: jsonOk(z.object({ id: z.string(), deleted: z.literal(true) }), 'Removed'), ...problems(401, 403, 404, 409) },
  }),
  async (c) => {
    const { id: campaignId, expenditureId } = c.req.valid('param');
    assertByHand(await requireExpenditure(c.env.DB, campaignId, expenditureId));
    await c.env.DB.prepare('DELETE FROM expenditures WHERE id = ?').bind(expenditureId).run();
    return c.json({ id: expenditureId, deleted: true as const }, 200);
  },
);
