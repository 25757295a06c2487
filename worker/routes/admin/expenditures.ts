// Admin: a campaign's spending (资金使用公示): date, amount, purpose, payee, receipt. The triggers
// keep the campaign's spent total; a lunch daily report's spending is its report's (edit the
// report, not the row).
import { createRoute, z } from '@hono/zod-openapi';
import {
  deleteExpenditure,
  insertExpenditure,
  listExpenditures,
  requireExpenditure,
  updateExpenditure,
} from '../../db/expenditures';
import { adminExpenditureJson, type ExpenditureRow } from '../../db/rows';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { AdminExpenditureSchema, ExpenditureCreate, ExpenditurePatch } from '../../schemas/accountability';
import { listOf } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminExpenditureRoutes = router();
const tags = ['Admin: spending'];
const params = z.object({ id: z.string().min(1), expenditureId: z.string().min(1) });

function assertByHand(row: ExpenditureRow) {
  if (row.lunch_report_id) {
    throw new ProblemError(
      409,
      'invalid_transition',
      `This is lunch report ${row.lunch_report_id}'s spending: edit the report instead`,
    );
  }
}

adminExpenditureRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/campaigns/{id}/expenditures',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Record spending',
    request: { params: idParam('id'), body: jsonBody(ExpenditureCreate) },
    responses: { 201: jsonOk(AdminExpenditureSchema, 'Recorded'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id: campaignId } = c.req.valid('param');
    const b = c.req.valid('json');
    const id = newId('ex');
    await insertExpenditure(c.env.DB, campaignId, id, b);
    return c.json(adminExpenditureJson(await requireExpenditure(c.env.DB, campaignId, id)), 201);
  },
);

adminExpenditureRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/campaigns/{id}/expenditures',
    tags,
    security: ADMIN_SECURITY,
    summary: "A campaign's spending (newest first)",
    request: { params: idParam('id') },
    responses: {
      200: jsonOk(listOf(AdminExpenditureSchema, 'AdminExpenditureList'), 'Spending'),
      ...problems(401, 403, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    return c.json({ items: (await listExpenditures(c.env.DB, id)).map(adminExpenditureJson) }, 200);
  },
);

adminExpenditureRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/campaigns/{id}/expenditures/{expenditureId}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Correct spending',
    request: { params, body: jsonBody(ExpenditurePatch) },
    responses: { 200: jsonOk(AdminExpenditureSchema, 'Corrected'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id: campaignId, expenditureId } = c.req.valid('param');
    assertByHand(await requireExpenditure(c.env.DB, campaignId, expenditureId));
    await updateExpenditure(c.env.DB, expenditureId, c.req.valid('json'));
    return c.json(adminExpenditureJson(await requireExpenditure(c.env.DB, campaignId, expenditureId)), 200);
  },
);

adminExpenditureRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/admin/campaigns/{id}/expenditures/{expenditureId}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Remove spending recorded in error (the audit trail keeps it)',
    request: { params },
    responses: {
      200: jsonOk(z.object({ id: z.string(), deleted: z.literal(true) }), 'Removed'),
      ...problems(401, 403, 404, 409),
    },
  }),
  async (c) => {
    const { id: campaignId, expenditureId } = c.req.valid('param');
    assertByHand(await requireExpenditure(c.env.DB, campaignId, expenditureId));
    await deleteExpenditure(c.env.DB, expenditureId);
    return c.json({ id: expenditureId, deleted: true as const }, 200);
  },
);
