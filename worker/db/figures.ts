// Staff-entered figures (table org_figures): read in display order, replaced as a whole by PUT.
import type { Stat, StatInputT } from '../schemas/stats';

export type FigureRow = {
  org_id: string;
  key: string;
  label: string;
  value: number;
  unit: string | null;
  currency: string | null;
  approximate: number;
  period: string | null;
  position: number;
  updated_at: string;
};

export const figuresOf = (db: D1Database, orgId: string) =>
  db.prepare('SELECT * FROM org_figures WHERE org_id = ? ORDER BY position, key').bind(orgId);

export const figureJson = (r: FigureRow): Stat => ({
  key: r.key,
  label: r.label,
  value: r.value,
  unit: r.unit,
  period: r.period,
  currency: r.currency,
  approximate: r.approximate === 1,
  source: 'staff',
});

export const adminFigureJson = (r: FigureRow) => {
  const { source: _source, ...rest } = figureJson(r);
  return { ...rest, order: r.position, updatedAt: r.updated_at };
};

/** Statements that replace an organisation's figures with `items` (run them in one batch: all or nothing). */
export function replaceFigures(db: D1Database, orgId: string, items: StatInputT[]): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM org_figures WHERE org_id = ?').bind(orgId),
    ...items.map((f, i) =>
      db
        .prepare(
          `INSERT INTO org_figures (org_id, key, label, value, unit, currency, approximate, period, position)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .bind(
          orgId,
          f.key,
          f.label,
          f.value,
          f.unit || null,
          f.currency ?? null,
          f.approximate ? 1 : 0,
          f.period || null,
          f.order ?? i,
        ),
    ),
  ];
}
