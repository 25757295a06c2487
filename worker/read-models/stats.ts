// The organisation's headline figures: staff-entered ones first (in their order), then the live
// ones computed from the data, in one D1 round trip; also rendered by the stats and column embed pages.
import { figureJson, figuresOf, type FigureRow } from '../db/figures';
import { LIVE_FIGURES } from '../db/live-figures';
import { notFound } from '../lib/problem';
import type { Stat } from '../schemas/stats';

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
