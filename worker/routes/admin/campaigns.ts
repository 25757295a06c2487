// Admin: campaigns. Totals are not editable here: only donation status changes move them.
import { createRoute, z } from '@hono/zod-openapi';
import { insertCampaign, listCampaigns, updateCampaign, type AdminCampaignRow } from '../../db/campaigns';
import { idTaken } from '../../db/id-taken';
import { requireCampaign, requireProject } from '../../db/queries';
import { adminCampaignJson as campaignCoreJson } from '../../db/rows';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { AdminCampaignSchema, CampaignCreate, CampaignPatch, listOf } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { missingForGifts, recipientJson } from '../../giving/recipient';
import { paymentSettingsOf } from '../../payments/choice';
import { missingForPayment } from '../../payments/offline';
import { ADMIN_SECURITY, router } from '../factory';

export const adminCampaignRoutes = router();

const adminCampaignJson = (r: AdminCampaignRow) => ({
  ...campaignCoreJson(r),
  paymentProvider: r.payment_provider ?? null,
  recipientId: r.recipient_id ?? null,
  recipient: recipientJson(r),
  missingForGifts: missingForGifts(r),
  missingForPayment: missingForPayment(paymentSettingsOf(r)),
});

const tags = ['Admin: campaigns'];

adminCampaignRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/campaigns',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Create a campaign for a project',
    request: { body: jsonBody(CampaignCreate) },
    responses: { 201: jsonOk(AdminCampaignSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    assertOrgAccess(c, (await requireProject(c.env.DB, b.projectId)).org_id);
    const id = b.id ?? newId('cp');
    if (await idTaken(c.env.DB, 'campaigns', id)) {
      throw new ProblemError(409, 'already_exists', `Campaign "${id}" already exists`);
    }
    await insertCampaign(c.env.DB, id, b);
    return c.json(adminCampaignJson(await requireCampaign(c.env.DB, id)), 201);
  },
);

adminCampaignRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/campaigns',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List campaigns',
    request: { query: z.object({ orgId: z.string().optional(), projectId: z.string().optional() }) },
    responses: { 200: jsonOk(listOf(AdminCampaignSchema, 'AdminCampaignList'), 'Campaigns'), ...problems(401, 403) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const org = scopeOrg(c, q.orgId);
    const results = await listCampaigns(c.env.DB, { org, projectId: q.projectId });
    return c.json({ items: results.map(adminCampaignJson) }, 200);
  },
);

adminCampaignRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/campaigns/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Update a campaign (not its totals)',
    request: { params: idParam('id'), body: jsonBody(CampaignPatch) },
    responses: { 200: jsonOk(AdminCampaignSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    assertOrgAccess(c, (await requireCampaign(c.env.DB, id)).org_id ?? '');
    await updateCampaign(c.env.DB, id, c.req.valid('json'));
    return c.json(adminCampaignJson(await requireCampaign(c.env.DB, id)), 200);
  },
);
