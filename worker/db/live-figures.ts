// Live figures: computed from the data on every read, never stored, so they cannot drift from it.
// One small query per figure; the stats route runs them all in one D1 batch with the staff figures.
// Adding a source (e.g. another engineer's table) is one more entry in LIVE_FIGURES.
import type { Stat } from '../schemas/stats';

type Row = Record<string, unknown>;

export interface LiveFigure {
  /** One read of the figure for an organisation. */
  query(db: D1Database, orgId: string): D1PreparedStatement;
  /** Its rows → figures (money gives one per currency; nothing when there is no data). */
  figures(rows: Row[]): Stat[];
}

const live = (f: Omit<Stat, 'source' | 'approximate' | 'period'>): Stat => ({
  ...f,
  period: null,
  approximate: false,
  source: 'live',
});

/** One count-like figure from `SELECT … AS value`; absent while it is zero (a new column shows no "0"). */
const count = (key: string, label: string, unit: string, sql: string): LiveFigure => ({
  query: (db, orgId) => db.prepare(sql).bind(orgId),
  figures: (rows) => {
    const value = Number(rows[0]?.value ?? 0);
    return value > 0 ? [live({ key, label, value, unit, currency: null })] : [];
  },
});

/** Confirmed money raised by the organisation's campaigns (triggers keep raised_amount exact). */
export const raised: LiveFigure = {
  query: (db, orgId) =>
    db
      .prepare(
        `SELECT c.currency, SUM(c.raised_amount) AS value FROM campaigns c JOIN projects p ON p.id = c.project_id
                WHERE p.org_id = ? GROUP BY c.currency HAVING value > 0 ORDER BY c.currency <> 'CNY', c.currency`,
      )
      .bind(orgId),
  figures: (rows) =>
    rows.map((r) => {
      const currency = String(r.currency);
      const key = currency === 'CNY' ? 'raised' : `raised-${currency.toLowerCase()}`;
      return live({ key, label: '累计筹款', value: Number(r.value), unit: null, currency });
    }),
};

/** Confirmed donations (donor_count counts them, as the contract's donorCount does). */
export const donors = count(
  'donors',
  '爱心捐赠',
  '人次',
  `SELECT COALESCE(SUM(c.donor_count), 0) AS value FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE p.org_id = ?`,
);

export const projectsCompleted = count(
  'projectsCompleted',
  '已完成项目',
  '个',
  `SELECT COUNT(*) AS value FROM projects WHERE org_id = ? AND status = 'completed'`,
);

/** Lunches served as the schools' daily reports (公示) state them (tables from 0002_lunch.sql). */
export const mealsServed = count(
  'mealsServed',
  '已供午餐',
  '餐',
  `SELECT COALESCE(SUM(r.meals), 0) AS value FROM lunch_reports r JOIN lunch_schools s ON s.id = r.school_id WHERE s.org_id = ?`,
);

/** Micro-wishes marked fulfilled (table from 0003_wishes.sql). */
export const wishesFulfilled = count(
  'wishesFulfilled',
  '已实现微心愿',
  '个',
  `SELECT COUNT(*) AS value FROM wishes WHERE org_id = ? AND status = 'fulfilled'`,
);

/** In display order. */
export const LIVE_FIGURES: LiveFigure[] = [raised, donors, mealsServed, wishesFulfilled, projectsCompleted];
