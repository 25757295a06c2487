// Admin: projects (showcases) of an organisation.
import { createRoute } from '@hono/zod-openapi';
import { idTaken } from '../../db/id-taken';
import { insertProject, listProjects, updateProject } from '../../db/projects';
import { requireOrg, requireProject } from '../../db/queries';
import { adminProjectJson } from '../../db/rows';
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
    method: 'post',
    path: '/admin/projects',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Create a project',
    request: { body: jsonBody(ProjectCreate) },
    responses: { 201: jsonOk(AdminProjectSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    assertOrgAccess(c, b.orgId);
    const id = b.id ?? newId('pj');
    if (await idTaken(c.env.DB, 'projects', id)) {
      throw new ProblemError(409, 'already_exists', `Project "${id}" already exists`);
    }
    await insertProject(c.env.DB, id, b);
    return c.json(adminProjectJson(await requireProject(c.env.DB, id)), 201);
  },
);

adminProjectRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/projects',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List projects',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(AdminProjectSchema, 'AdminProjectList'), 'Projects'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    return c.json({ items: (await listProjects(c.env.DB, org)).map(adminProjectJson) }, 200);
  },
);

adminProjectRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/projects/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Update a project',
    request: { params: idParam('id'), body: jsonBody(ProjectPatch) },
    responses: { 200: jsonOk(AdminProjectSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    assertOrgAccess(c, (await requireProject(c.env.DB, id)).org_id);
    await updateProject(c.env.DB, id, c.req.valid('json'));
    return c.json(adminProjectJson(await requireProject(c.env.DB, id)), 200);
  },
);
