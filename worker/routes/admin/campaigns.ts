// Admin: campaigns. Totals are not editable here: only donation status changes move them.
import { createRoute, z } from '@hono/zod-openapi';
import { patchStatement } from '../../db/patch';
import { requireCampaign, requireProject } from '../../db/queries';
import { adminCampaignJson as campaignCoreJson, type CampaignRow } from '../../db/rows';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { AdminCampaignSchema, CampaignCreate, CampaignPatch, listOf } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { missingForGifts, RECIPIENT_COLUMNS, RECIPIENT_JOIN, recipientJson } from '../../views/recipient';
import { PAYMENT_SETTINGS_COLUMNS, type PaymentSettingsRow } from '../../db/payment-settings';
import { paymentSettingsOf } from '../../payments/choice';
import { missingForPayment } from '../../payments/offline';
import { ADMIN_SECURITY, router } from '../factory';

export const adminCampaignRoutes = router();

// c.* carries the campaign's own payment_provider (null: the organisation's).
type AdminCampaignRow = CampaignRow & PaymentSettingsRow & { payment_provider?: 'offline' | 'wechatpay' | 'stripe' | null };

const adminCampaignJson = (r: AdminCampaignRow) => ({
  ...campaignCoreJson(r),
  paymentProvider: r.payment_provider ?? null,
  recipientId: r.recipient_id ?? null,
  recipient: recipientJson(r),
  missingForGifts: missingForGifts(r),
  missingForPayment: missingForPayment(paymentSettingsOf(r)),
});

const FILING_COLUMNS = {
  recipientId: { column: 'recipient_id' }, filingNumber: { column: 'filing_number' }, filingUrl: { column: 'filing_url' },
  filedFrom: { column: 'filed_from' }, filedUntil: { column: 'filed_until' }, platform: { column: 'platform' },
  platformUrl: { column: 'platform_url' },
};
const tags = ['Admin: campaigns'];

adminCampaignRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/campaigns', tags, security: ADMIN_SECURITY, summary: 'Create a campaign for a project',
    request: { body: jsonBody(CampaignCreate) },
    responses: { 201: jsonOk(AdminCampaignSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    assertOrgAccess(c, (await requireProject(c.env.DB, b.projectId)).org_id);
    const id = b.id ?? newId('cp');
    if (await c.env.DB.prepare('SELECT 1 FROM campaigns WHERE id = ?').bind(id).first()) {
      throw new ProblemError(409, 'already_exists', `Campaign "${id}" already exists`);
    }
    await c.env.DB.prepare(
      `INSERT INTO campaigns (id, project_id, title, currency, goal_amount, ends_at, status, tiers, payment_instructions, payment_provider,
         recipient_id, filing_number, filing_url, filed_from, filed_until, platform, platform_url, monthly_allowed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
      .bind(id, b.projectId, b.title, b.currency, b.goalAmount, b.endsAt ?? null, b.status, JSON.stringify(b.tiers ?? []),
        b.paymentInstructions ?? null, b.paymentProvider ?? null, b.recipientId ?? null, b.filingNumber ?? null, b.filingUrl ?? null,
        b.filedFrom ?? null, b.filedUntil ?? null, b.platform ?? null, b.platformUrl ?? null, b.monthlyAllowed ? 1 : 0)
      .run();
    return c.json(adminCampaignJson(await requireCampaign(c.env.DB, id)), 201);
  },
);

adminCampaignRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/campaigns', tags, security: ADMIN_SECURITY, summary: 'List campaigns',
    request: { query: z.object({ orgId: z.string().optional(), projectId: z.string().optional() }) },
    responses: { 200: jsonOk(listOf(AdminCampaignSchema, 'AdminCampaignList'), 'Campaigns'), ...problems(401, 403) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const org = scopeOrg(c, q.orgId);
    const where: string[] = [];
    const args: string[] = [];
    if (org) (where.push('p.org_id = ?'), args.push(org));
    if (q.projectId) (where.push('c.project_id = ?'), args.push(q.projectId));
    const { results } = await c.env.DB.prepare(
      `SELECT c.*, p.org_id, ${PAYMENT_SETTINGS_COLUMNS}, ${RECIPIENT_COLUMNS} FROM campaigns c JOIN projects p ON p.id = c.project_id
       JOIN organisations o ON o.id = p.org_id ${RECIPIENT_JOIN}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.created_at DESC, c.id DESC`,
    )
      .bind(...args)
      .all<AdminCampaignRow>();
    return c.json({ items: results.map(adminCampaignJson) }, 200);
  },
);

adminCampaignRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/campaigns/{id}', tags, security: ADMIN_SECURITY, summary: 'Update a campaign (not its totals)',
    request: { params: idParam('id'), body: jsonBody(CampaignPatch) },
    responses: { 200: jsonOk(AdminCampaignSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    assertOrgAccess(c, (await requireCampaign(c.env.DB, id)).org_id ?? '');
    const stmt = patchStatement(c.env.DB, 'campaigns', id, c.req.valid('json'), {
      title: { column: 'title' }, goalAmount: { column: 'goal_amount' }, endsAt: { column: 'ends_at' }, status: { column: 'status' },
      tiers: { column: 'tiers', json: true }, paymentInstructions: { column: 'payment_instructions' },
      paymentProvider: { column: 'payment_provider' }, monthlyAllowed: { column: 'monthly_allowed', bool: true }, ...FILING_COLUMNS,
    });
    if (stmt) await stmt.run();
    return c.json(adminCampaignJson(await requireCampaign(c.env.DB, id)), 200);
  },
);
