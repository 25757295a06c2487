// Admin: organisations. Only the super-admin creates them; org tokens see and edit their own.
import { createRoute } from '@hono/zod-openapi';
import { patchStatement } from '../../db/patch';
import { requireOrg } from '../../db/queries';
import { adminOrgJson as orgCoreJson, type OrgRow } from '../../db/rows';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { AdminOrgListItem, AdminOrgSchema, listOf, OrgCreate, OrgPatch } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import type { PaymentProviderName } from '../../payments/provider';
import { ADMIN_SECURITY, router } from '../factory';

export const adminOrgRoutes = router();

type OrgWithPayment = OrgRow & { payment_provider: PaymentProviderName; payment_account: string | null; payment_qr_url: string | null };
const adminOrgJson = (r: OrgRow) => {
  const p = r as OrgWithPayment;
  return { ...orgCoreJson(r), paymentProvider: p.payment_provider, paymentAccount: p.payment_account, paymentQrUrl: p.payment_qr_url };
};
const tags = ['Admin: organisations'];

/** What an organisation holds: the console opens on the one with pledges waiting, else the most content. */
type ActivityRow = { a_pending: number; a_projects: number; a_campaigns: number; a_schools: number; a_wishes: number; a_figures: number };
const ACTIVITY_SQL = `
  (SELECT COUNT(*) FROM donations d JOIN campaigns c ON c.id = d.campaign_id JOIN projects p ON p.id = c.project_id
    WHERE p.org_id = o.id AND d.status = 'pending') AS a_pending,
  (SELECT COUNT(*) FROM projects p WHERE p.org_id = o.id) AS a_projects,
  (SELECT COUNT(*) FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE p.org_id = o.id) AS a_campaigns,
  (SELECT COUNT(*) FROM lunch_schools s WHERE s.org_id = o.id) AS a_schools,
  (SELECT COUNT(*) FROM wishes w WHERE w.org_id = o.id) AS a_wishes,
  (SELECT COUNT(*) FROM org_figures f WHERE f.org_id = o.id) AS a_figures`;
const activityJson = (r: ActivityRow) => ({
  pendingPledges: r.a_pending, projects: r.a_projects, campaigns: r.a_campaigns, schools: r.a_schools, wishes: r.a_wishes, figures: r.a_figures,
});

adminOrgRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/orgs', tags, security: ADMIN_SECURITY, summary: 'Create an organisation (super-admin)',
    request: { body: jsonBody(OrgCreate) },
    responses: { 201: jsonOk(AdminOrgSchema, 'Created'), ...problems(400, 401, 403, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    const id = b.id ?? newId('org');
    const exists = await c.env.DB.prepare('SELECT 1 FROM organisations WHERE id = ?').bind(id).first();
    if (exists) throw new ProblemError(409, 'already_exists', `Organisation "${id}" already exists`);
    await c.env.DB.prepare(
      `INSERT INTO organisations (id, name, region, brand, logo_url, website, payment_provider, payment_account, payment_qr_url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
      .bind(id, b.name, b.region ?? null, b.brand ?? null, b.logoUrl ?? null, b.website ?? null, b.paymentProvider ?? 'offline',
        b.paymentAccount ?? null, b.paymentQrUrl ?? null)
      .run();
    return c.json(adminOrgJson(await requireOrg(c.env.DB, id)), 201);
  },
);

adminOrgRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/orgs', tags, security: ADMIN_SECURITY, summary: 'List organisations',
    responses: { 200: jsonOk(listOf(AdminOrgListItem, 'AdminOrganisationList'), 'Organisations'), ...problems(401) },
  }),
  async (c) => {
    const only = scopeOrg(c, undefined);
    const select = `SELECT o.*, ${ACTIVITY_SQL} FROM organisations o`;
    const stmt = only
      ? c.env.DB.prepare(`${select} WHERE o.id = ?`).bind(only)
      : c.env.DB.prepare(`${select} ORDER BY o.created_at, o.id`);
    const { results } = await stmt.all<OrgRow & ActivityRow>();
    return c.json({ items: results.map((r) => ({ ...adminOrgJson(r), activity: activityJson(r) })) }, 200);
  },
);

adminOrgRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/orgs/{org}', tags, security: ADMIN_SECURITY, summary: 'Update an organisation',
    request: { params: idParam('org'), body: jsonBody(OrgPatch) },
    responses: { 200: jsonOk(AdminOrgSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    await requireOrg(c.env.DB, org);
    assertOrgAccess(c, org);
    const stmt = patchStatement(c.env.DB, 'organisations', org, c.req.valid('json'), {
      name: { column: 'name' }, region: { column: 'region' }, brand: { column: 'brand' },
      logoUrl: { column: 'logo_url' }, website: { column: 'website' },
      paymentProvider: { column: 'payment_provider' }, paymentAccount: { column: 'payment_account' }, paymentQrUrl: { column: 'payment_qr_url' },
    });
    if (stmt) await stmt.run();
    return c.json(adminOrgJson(await requireOrg(c.env.DB, org)), 200);
  },
);
