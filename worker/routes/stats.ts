// GET /orgs/{org}/stats: the organisation's headline figures, staff-entered ones first (in their
// order), then the live ones computed from the data. One D1 round trip for all of them.
import { createRoute } from '@hono/zod-openapi';
import { figureJson, figuresOf, type FigureRow } from '../db/figures';
import { LIVE_FIGURES } from '../db/live-figures';
import { notFound } from '../lib/problem';
import { idParam, jsonOk, problems } from '../schemas/common';
import { StatsSchema, type Stat } from '../schemas/stats';
import { router } from './factory';

export const statsRoutes = router();

export async function readStats(db: D1Database, orgId: string): Promise<Stat[]> {
  const [org, staff, ...live] = await db.batch<Record<string, unknown>>([
    db.prepare('SELECT 1 AS ok FROM organisations WHERE id = ?').bind(orgId),
    figuresOf(db, orgId),
    ...LIVE_FIGURES.map((f) => f.query(db, orgId)),
  ]);
  if (!org?.results.length) throw notFound('Organisation', orgId);
  return [
    ...(staff!.results as FigureRow[]).map(figureJson),
    ...LIVE_FIGURES.flatMap((f, i) => f.figures(live[i]!.results)),
  ];
}

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
