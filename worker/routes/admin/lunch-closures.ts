// Admin: a lunch school's closures (holidays, term breaks). They move "funded through" past them.
import { createRoute, z } from '@hono/zod-openapi';
import { adminClosureJson, type ClosureRow } from '../../db/lunch';
import { newId } from '../../lib/ids';
import { notFound, ProblemError } from '../../lib/problem';
import { listOf } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { AdminClosureSchema, ClosureCreate, ClosurePatch } from '../../schemas/lunch';
import { ADMIN_SECURITY, router } from '../factory';
import { ownedSchool } from './lunch';

export const adminLunchClosureRoutes = router();
const tags = ['Admin: lunch schools'];
const params = idParam('id').extend(idParam('closureId').shape);

async function requireClosure(db: D1Database, schoolId: string, id: string): Promise<ClosureRow> {
  const row = await db.prepare('SELECT * FROM lunch_closures WHERE id = ? AND school_id = ?').bind(id, schoolId).first<ClosureRow>();
  if (!row) throw notFound('Closure', id);
  return row;
}

adminLunchClosureRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/lunch/{id}/closures', tags, security: ADMIN_SECURITY, summary: 'Add a closure (no lunch on those days)',
    request: { params: idParam('id'), body: jsonBody(ClosureCreate) },
    responses: { 201: jsonOk(AdminClosureSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id: schoolId } = c.req.valid('param');
    await ownedSchool(c, schoolId);
    const b = c.req.valid('json');
    const id = b.id ?? newId('cl');
    await c.env.DB.prepare('INSERT INTO lunch_closures (id, school_id, starts_on, ends_on, label) VALUES (?, ?, ?, ?, ?)')
      .bind(id, schoolId, b.startsOn, b.endsOn, b.label)
      .run();
    return c.json(adminClosureJson(await requireClosure(c.env.DB, schoolId, id)), 201);
  },
);

adminLunchClosureRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/lunch/{id}/closures', tags, security: ADMIN_SECURITY, summary: "List a school's closures",
    request: { params: idParam('id') },
    responses: { 200: jsonOk(listOf(AdminClosureSchema, 'AdminLunchClosureList'), 'Closures'), ...problems(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await ownedSchool(c, id);
    const { results } = await c.env.DB.prepare('SELECT * FROM lunch_closures WHERE school_id = ? ORDER BY starts_on, id').bind(id).all<ClosureRow>();
    return c.json({ items: results.map(adminClosureJson) }, 200);
  },
);

adminLunchClosureRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/lunch/{id}/closures/{closureId}', tags, security: ADMIN_SECURITY, summary: 'Change a closure',
    request: { params, body: jsonBody(ClosurePatch) },
    responses: { 200: jsonOk(AdminClosureSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id, closureId } = c.req.valid('param');
    await ownedSchool(c, id);
    const before = await requireClosure(c.env.DB, id, closureId);
    const b = c.req.valid('json');
    const startsOn = b.startsOn ?? before.starts_on;
    const endsOn = b.endsOn ?? before.ends_on;
    if (endsOn < startsOn) {
      throw new ProblemError(400, 'validation_failed', 'The closure would end before it starts', [{ path: 'endsOn', message: 'endsOn is before startsOn' }]);
    }
    await c.env.DB.prepare('UPDATE lunch_closures SET starts_on = ?, ends_on = ?, label = ? WHERE id = ?')
      .bind(startsOn, endsOn, b.label ?? before.label, closureId)
      .run();
    return c.json(adminClosureJson(await requireClosure(c.env.DB, id, closureId)), 200);
  },
);

adminLunchClosureRoutes.openapi(
  createRoute({
    method: 'delete', path: '/admin/lunch/{id}/closures/{closureId}', tags, security: ADMIN_SECURITY, summary: 'Remove a closure',
    request: { params },
    responses: { 200: jsonOk(z.object({ id: z.string(), deleted: z.literal(true) }), 'Removed'), ...problems(401, 403, 404) },
  }),
  async (c) => {
    const { id, closureId } = c.req.valid('param');
    await ownedSchool(c, id);
    await requireClosure(c.env.DB, id, closureId);
    await c.env.DB.prepare('DELETE FROM lunch_closures WHERE id = ?').bind(closureId).run();
    return c.json({ id: closureId, deleted: true as const }, 200);
  },
);
