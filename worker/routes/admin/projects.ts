// Admin: projects (showcases) of an organisation.
import { createRoute } from '@hono/zod-openapi';
import { patchStatement } from '../../db/patch';
import { PROJECT_COLUMNS, requireOrg, requireProject } from '../../db/queries';
import { adminProjectJson, type ProjectRow } from '../../db/rows';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { AdminProjectSchema, listOf, OrgFilter, ProjectCreate, ProjectPatch } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminProjectRoutes = router();
const tags = ['Admin: projects'];

adminProjectRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/projects', tags, security: ADMIN_SECURITY, summary: 'Create a project',
    request: { body: jsonBody(ProjectCreate) },
    responses: { 201: jsonOk(AdminProjectSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    assertOrgAccess(c, b.orgId);
    const id = b.id ?? newId('pj');
    if (await c.env.DB.prepare('SELECT 1 FROM projects WHERE id = ?').bind(id).first()) {
      throw new ProblemError(409, 'already_exists', `Project "${id}" already exists`);
    }
    await c.env.DB.prepare(
      `INSERT INTO projects (id, org_id, title, summary, body, cover_url, category, location, beneficiaries, status, links, published)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
      .bind(id, b.orgId, b.title, b.summary, b.body ?? '', b.coverUrl ?? null, b.category, b.location ?? null,
        b.beneficiaries ?? null, b.status, JSON.stringify(b.links ?? []), b.published === false ? 0 : 1)
      .run();
    return c.json(adminProjectJson(await requireProject(c.env.DB, id)), 201);
  },
);

adminProjectRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/projects', tags, security: ADMIN_SECURITY, summary: 'List projects',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(AdminProjectSchema, 'AdminProjectList'), 'Projects'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    const sql = `SELECT ${PROJECT_COLUMNS} FROM projects p ${org ? 'WHERE p.org_id = ?' : ''} ORDER BY p.created_at DESC, p.id DESC`;
    const stmt = org ? c.env.DB.prepare(sql).bind(org) : c.env.DB.prepare(sql);
    const { results } = await stmt.all<ProjectRow>();
    return c.json({ items: results.map(adminProjectJson) }, 200);
  },
);

adminProjectRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/projects/{id}', tags, security: ADMIN_SECURITY, summary: 'Update a project',
    request: { params: idParam('id'), body: jsonBody(ProjectPatch) },
    responses: { 200: jsonOk(AdminProjectSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    assertOrgAccess(c, (await requireProject(c.env.DB, id)).org_id);
    const stmt = patchStatement(c.env.DB, 'projects', id, c.req.valid('json'), {
      title: { column: 'title' }, summary: { column: 'summary' }, body: { column: 'body' }, coverUrl: { column: 'cover_url' },
      category: { column: 'category' }, location: { column: 'location' }, beneficiaries: { column: 'beneficiaries' },
      status: { column: 'status' }, links: { column: 'links', json: true }, published: { column: 'published', bool: true },
    });
    if (stmt) await stmt.run();
    return c.json(adminProjectJson(await requireProject(c.env.DB, id)), 200);
  },
);
