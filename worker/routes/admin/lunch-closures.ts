// Admin: a lunch school's closures (holidays, term breaks). They move "funded through" past them.
import { createRoute, z } from '@hono/zod-openapi';
import { adminClosureJson, schoolClosures } from '../../db/lunch';
import { deleteClosure, insertClosure, requireClosure, updateClosure } from '../../db/lunch-closures';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { listOf } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { AdminClosureSchema, ClosureCreate, ClosurePatch } from '../../schemas/lunch';
import { ADMIN_SECURITY, router } from '../factory';
import { ownedSchool } from './lunch';

export const adminLunchClosureRoutes = router();
const tags = ['Admin: lunch schools'];
const params = idParam('id').extend(idParam('closureId').shape);

adminLunchClosureRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/lunch/{id}/closures',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Add a closure (no lunch on those days)',
    request: { params: idParam('id'), body: jsonBody(ClosureCreate) },
    responses: { 201: jsonOk(AdminClosureSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id: schoolId } = c.req.valid('param');
    await ownedSchool(c, schoolId);
    const b = c.req.valid('json');
    const id = b.id ?? newId('cl');
    await insertClosure(c.env.DB, schoolId, id, b);
    return c.json(adminClosureJson(await requireClosure(c.env.DB, schoolId, id)), 201);
  },
);

adminLunchClosureRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/lunch/{id}/closures',
    tags,
    security: ADMIN_SECURITY,
    summary: "List a school's closures",
    request: { params: idParam('id') },
    responses: {
      200: jsonOk(listOf(AdminClosureSchema, 'AdminLunchClosureList'), 'Closures'),
      ...problems(401, 403, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await ownedSchool(c, id);
    return c.json({ items: (await schoolClosures(c.env.DB, id)).map(adminClosureJson) }, 200);
  },
);

adminLunchClosureRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/lunch/{id}/closures/{closureId}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Change a closure',
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
      throw new ProblemError(400, 'validation_failed', 'The closure would end before it starts', [
        { path: 'endsOn', message: 'endsOn is before startsOn' },
      ]);
    }
    await updateClosure(c.env.DB, closureId, { startsOn, endsOn, label: b.label ?? before.label });
    return c.json(adminClosureJson(await requireClosure(c.env.DB, id, closureId)), 200);
  },
);

adminLunchClosureRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/admin/lunch/{id}/closures/{closureId}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Remove a closure',
    request: { params },
    responses: {
      200: jsonOk(z.object({ id: z.string(), deleted: z.literal(true) }), 'Removed'),
      ...problems(401, 403, 404),
    },
  }),
  async (c) => {
    const { id, closureId } = c.req.valid('param');
    await ownedSchool(c, id);
    await requireClosure(c.env.DB, id, closureId);
    await deleteClosure(c.env.DB, closureId);
    return c.json({ id: closureId, deleted: true as const }, 200);
  },
);
