// Admin: organisations. Only the super-admin creates them; org tokens see and edit their own.
import { createRoute } from '@hono/zod-openapi';
import { idTaken } from '../../db/id-taken';
import { insertOrg, listOrgsWithActivity, updateOrg, type ActivityRow } from '../../db/orgs';
import { requireOrg } from '../../db/queries';
import { adminOrgJson as orgCoreJson, type OrgRow } from '../../db/rows';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { AdminOrgListItemSchema, AdminOrgSchema, listOf, OrgCreate, OrgPatch } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import type { PaymentProviderName } from '../../payments/provider';
import { ADMIN_SECURITY, router } from '../factory';

export const adminOrgRoutes = router();

type OrgWithPayment = OrgRow & {
  payment_provider: PaymentProviderName;
  payment_account: string | null;
  payment_qr_url: string | null;
};
const adminOrgJson = (r: OrgRow) => {
  const p = r as OrgWithPayment;
  return {
    ...orgCoreJson(r),
    paymentProvider: p.payment_provider,
    paymentAccount: p.payment_account,
    paymentQrUrl: p.payment_qr_url,
  };
};
const tags = ['Admin: organisations'];

const activityJson = (r: ActivityRow) => ({
  pendingPledges: r.a_pending,
  projects: r.a_projects,
  campaigns: r.a_campaigns,
  schools: r.a_schools,
  wishes: r.a_wishes,
  figures: r.a_figures,
});

adminOrgRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/orgs',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Create an organisation (super-admin)',
    request: { body: jsonBody(OrgCreate) },
    responses: { 201: jsonOk(AdminOrgSchema, 'Created'), ...problems(400, 401, 403, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    const id = b.id ?? newId('org');
    if (await idTaken(c.env.DB, 'organisations', id))
      throw new ProblemError(409, 'already_exists', `Organisation "${id}" already exists`);
    await insertOrg(c.env.DB, id, b);
    return c.json(adminOrgJson(await requireOrg(c.env.DB, id)), 201);
  },
);

adminOrgRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/orgs',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List organisations',
    responses: {
      200: jsonOk(listOf(AdminOrgListItemSchema, 'AdminOrganisationList'), 'Organisations'),
      ...problems(401),
    },
  }),
  async (c) => {
    const only = scopeOrg(c, undefined);
    const results = await listOrgsWithActivity(c.env.DB, only);
    return c.json({ items: results.map((r) => ({ ...adminOrgJson(r), activity: activityJson(r) })) }, 200);
  },
);

adminOrgRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/orgs/{org}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Update an organisation',
    request: { params: idParam('org'), body: jsonBody(OrgPatch) },
    responses: { 200: jsonOk(AdminOrgSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    await requireOrg(c.env.DB, org);
    assertOrgAccess(c, org);
    await updateOrg(c.env.DB, org, c.req.valid('json'));
    return c.json(adminOrgJson(await requireOrg(c.env.DB, org)), 200);
  },
);
