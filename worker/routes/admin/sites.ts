// Admin: origins an organisation allows public writes from (stored normalised: scheme://host[:port]).
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireOrg } from '../../db/queries';
import { deleteSite, insertSite, listSites, siteById, updateSiteOrigin } from '../../db/sites';
import { siteJson, type SiteRow } from '../../db/rows';
import type { Env } from '../../env';
import { newId } from '../../lib/ids';
import { notFound, ProblemError } from '../../lib/problem';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { listOf, OrgFilter, SiteCreate, SitePatch, SiteSchema } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminSiteRoutes = router();
const tags = ['Admin: sites'];

function normaliseOrigin(input: string): string {
  const u = new URL(input);
  if ((u.pathname !== '/' && u.pathname !== '') || u.search || u.hash || u.username) {
    throw new ProblemError(400, 'validation_failed', 'An origin has no path, query or credentials', [
      { path: 'origin', message: 'Use scheme://host[:port], e.g. https://news.example.cn' },
    ]);
  }
  return u.origin;
}

async function requireSite(c: Context<Env>, id: string): Promise<SiteRow> {
  const row = await siteById(c.env.DB, id);
  if (!row) throw notFound('Site', id);
  assertOrgAccess(c, row.org_id);
  return row;
}

adminSiteRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/sites',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Register an embedding origin',
    request: { body: jsonBody(SiteCreate) },
    responses: { 201: jsonOk(SiteSchema, 'Registered'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    assertOrgAccess(c, b.orgId);
    const origin = normaliseOrigin(b.origin);
    const id = b.id ?? newId('site');
    await insertSite(c.env.DB, id, b.orgId, origin);
    return c.json(siteJson(await requireSite(c, id)), 201);
  },
);

adminSiteRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/sites',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List registered origins',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(SiteSchema, 'SiteList'), 'Sites'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    return c.json({ items: (await listSites(c.env.DB, org)).map(siteJson) }, 200);
  },
);

adminSiteRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/sites/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Change a registered origin',
    request: { params: idParam('id'), body: jsonBody(SitePatch) },
    responses: { 200: jsonOk(SiteSchema, 'Updated'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await requireSite(c, id);
    await updateSiteOrigin(c.env.DB, id, normaliseOrigin(c.req.valid('json').origin));
    return c.json(siteJson(await requireSite(c, id)), 200);
  },
);

adminSiteRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/admin/sites/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Unregister an origin',
    request: { params: idParam('id') },
    responses: {
      200: jsonOk(z.object({ id: z.string(), deleted: z.literal(true) }), 'Removed'),
      ...problems(401, 403, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await requireSite(c, id);
    await deleteSite(c.env.DB, id);
    return c.json({ id, deleted: true as const }, 200);
  },
);
