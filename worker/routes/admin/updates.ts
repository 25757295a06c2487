// Admin: a project's dated progress log (done / doing / planned).
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { patchStatement } from '../../db/patch';
import { requireProject } from '../../db/queries';
import { adminUpdateJson, type UpdateRow } from '../../db/rows';
import type { Env } from '../../env';
import { newId } from '../../lib/ids';
import { notFound } from '../../lib/problem';
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

async function requireUpdate(db: D1Database, projectId: string, id: string): Promise<UpdateRow> {
  const row = await db.prepare('SELECT * FROM project_updates WHERE id = ? AND project_id = ?').bind(id, projectId).first<UpdateRow>();
  if (!row) throw notFound('Project update', id);
  return row;
}

adminUpdateRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/projects/{id}/updates', tags, security: ADMIN_SECURITY, summary: 'Add a progress update',
    request: { params: idParam('id'), body: jsonBody(UpdateCreate) },
    responses: { 201: jsonOk(AdminUpdateSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id: projectId } = c.req.valid('param');
    await ownedProject(c, projectId);
    const b = c.req.valid('json');
    const id = b.id ?? newId('up');
    // Without an explicit position the update goes last.
    await c.env.DB.prepare(
      `INSERT INTO project_updates (id, project_id, date, title, body, state, position)
       VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, (SELECT COALESCE(MAX(position), 0) + 1 FROM project_updates WHERE project_id = ?)))`,
    )
      .bind(id, projectId, b.date, b.title, b.body ?? '', b.state, b.position ?? null, projectId)
      .run();
    return c.json(adminUpdateJson(await requireUpdate(c.env.DB, projectId, id)), 201);
  },
);

adminUpdateRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/projects/{id}/updates', tags, security: ADMIN_SECURITY, summary: "List a project's updates",
    request: { params: idParam('id') },
    responses: { 200: jsonOk(listOf(AdminUpdateSchema, 'AdminProjectUpdateList'), 'Updates'), ...problems(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await ownedProject(c, id);
    const { results } = await c.env.DB.prepare('SELECT * FROM project_updates WHERE project_id = ? ORDER BY date, position, id')
      .bind(id)
      .all<UpdateRow>();
    return c.json({ items: results.map(adminUpdateJson) }, 200);
  },
);

adminUpdateRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/projects/{id}/updates/{updateId}', tags, security: ADMIN_SECURITY, summary: 'Edit a progress update',
    request: { params: idParam('id').extend(idParam('updateId').shape), body: jsonBody(UpdatePatch) },
    responses: { 200: jsonOk(AdminUpdateSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id, updateId } = c.req.valid('param');
    await ownedProject(c, id);
    await requireUpdate(c.env.DB, id, updateId);
    const stmt = patchStatement(c.env.DB, 'project_updates', updateId, c.req.valid('json'), {
      title: { column: 'title' }, state: { column: 'state' }, date: { column: 'date' }, body: { column: 'body' }, position: { column: 'position' },
    }, false);
    if (stmt) await stmt.run();
    return c.json(adminUpdateJson(await requireUpdate(c.env.DB, id, updateId)), 200);
  },
);
