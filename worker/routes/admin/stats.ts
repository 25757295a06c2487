// Admin: an organisation's staff-entered figures. PUT replaces the whole list (the order of the
// list is the display order), atomically; GET lists them. Live figures are computed, not set.
import { createRoute } from '@hono/zod-openapi';
import { adminFigureJson, figuresOf, replaceFigures, type FigureRow } from '../../db/figures';
import { requireOrg } from '../../db/queries';
import { assertOrgAccess } from '../../middleware/admin-auth';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { AdminStatsSchema, StatsPut } from '../../schemas/stats';
import { ADMIN_SECURITY, router } from '../factory';

export const adminStatsRoutes = router();
const tags = ['Admin: figures'];

const list = async (db: D1Database, org: string) => {
  const { results } = await figuresOf(db, org).all<FigureRow>();
  return { items: results.map(adminFigureJson) };
};

adminStatsRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/orgs/{org}/stats',
    tags,
    security: ADMIN_SECURITY,
    summary: "An organisation's staff-entered figures",
    request: { params: idParam('org') },
    responses: { 200: jsonOk(AdminStatsSchema, 'Figures in display order'), ...problems(401, 403, 404) },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    await requireOrg(c.env.DB, org);
    assertOrgAccess(c, org);
    return c.json(await list(c.env.DB, org), 200);
  },
);

adminStatsRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/admin/orgs/{org}/stats',
    tags,
    security: ADMIN_SECURITY,
    summary: "Replace an organisation's staff-entered figures",
    description:
      'Money figures carry a `currency` and an integer `value` in minor units. Keys of live figures are reserved.',
    request: { params: idParam('org'), body: jsonBody(StatsPut) },
    responses: { 200: jsonOk(AdminStatsSchema, 'The figures now stored'), ...problems(400, 401, 403, 404, 413) },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    await requireOrg(c.env.DB, org);
    assertOrgAccess(c, org);
    await c.env.DB.batch(replaceFigures(c.env.DB, org, c.req.valid('json').items));
    return c.json(await list(c.env.DB, org), 200);
  },
);
