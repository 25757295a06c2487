// GET /orgs/{org}/stats: the organisation's headline figures, staff-entered ones first (in their
// order), then the live ones computed from the data. One D1 round trip for all of them.
import { createRoute } from '@hono/zod-openapi';

import { idParam, jsonOk, problems } from '../schemas/common';
import { StatsSchema } from '../schemas/stats';
import { readStats } from '../read-models/stats';
import { router } from './factory';

export const statsRoutes = router();

statsRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/orgs/{org}/stats',
    tags: ['Public'],
    summary: "An organisation's headline figures (staff-entered, then live ones once above zero)",
    request: { params: idParam('org') },
    responses: { 200: jsonOk(StatsSchema, 'Figures in display order'), ...problems(404) },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    return c.json({ items: await readStats(c.env.DB, org) }, 200);
  },
);
