// Admin: a project's dated progress log (done / doing / planned).
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { insertUpdate, listUpdates, requireUpdate, editUpdate } from '../../db/project-updates';
import { requireProject } from '../../db/queries';
import { adminUpdateJson } from '../../db/rows';
import type { Env } from '../../env';
import { newId } from '../../lib/ids';
import { assertOrgAccess } from '../../middleware/admin-auth';
import { AdminUpdateSchema, listOf, UpdateCreate, UpdatePatch } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminUpdateRoutes = router();
const tags = ['Admin: project updates'];

async function ownedProject(c: Context<Env>, id: string) {
  const project = await requireProject(c.env.DB, id);
  assertOrgAccess(c, project.org_id);
  return project;
}

adminUpdateRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/projects/{id}/updates',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Add a progress update',
    request: { params: idParam('id'), body: jsonBody(UpdateCreate) },
    responses: { 201: jsonOk(AdminUpdateSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id: projectId } = c.req.valid('param');
    await ownedProject(c, projectId);
    const b = c.req.valid('json');
    const id = b.id ?? newId('up');
    await insertUpdate(c.env.DB, projectId, id, b);
    return c.json(adminUpdateJson(await requireUpdate(c.env.DB, projectId, id)), 201);
  },
);

adminUpdateRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/projects/{id}/updates',
    tags,
    security: ADMIN_SECURITY,
    summary: "List a project's updates",
    request: { params: idParam('id') },
    responses: {
      200: jsonOk(listOf(AdminUpdateSchema, 'AdminProjectUpdateList'), 'Updates'),
      ...problems(401, 403, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await ownedProject(c, id);
    return c.json({ items: (await listUpdates(c.env.DB, id)).map(adminUpdateJson) }, 200);
  },
);

adminUpdateRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/projects/{id}/updates/{updateId}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Edit a progress update',
    request: { params: idParam('id').extend(idParam('updateId').shape), body: jsonBody(UpdatePatch) },
    responses: { 200: jsonOk(AdminUpdateSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id, updateId } = c.req.valid('param');
    await ownedProject(c, id);
    await requireUpdate(c.env.DB, id, updateId);
    await editUpdate(c.env.DB, updateId, c.req.valid('json'));
    return c.json(adminUpdateJson(await requireUpdate(c.env.DB, id, updateId)), 200);
  },
);
