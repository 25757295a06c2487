// The daily lunch reports (公示) as staff write them: one per school and date, corrected by edits,
// never deleted (the public snapshot reads them in db/lunch.ts).
import type { z } from '@hono/zod-openapi';
import { notFound } from '../lib/problem';
import type { ReportCreate, ReportPatch } from '../schemas/lunch';
import type { ReportRow } from './lunch';
import { patchStatement } from './patch';

export async function requireReport(db: D1Database, schoolId: string, id: string): Promise<ReportRow> {
  const row = await db
    .prepare('SELECT * FROM lunch_reports WHERE id = ? AND school_id = ?')
    .bind(id, schoolId)
    .first<ReportRow>();
  if (!row) throw notFound('Lunch report', id);
  return row;
}

/** The report a school already has for `date`, if any. */
export const reportOfDay = (db: D1Database, schoolId: string, date: string) =>
  db
    .prepare('SELECT id FROM lunch_reports WHERE school_id = ? AND date = ?')
    .bind(schoolId, date)
    .first<{ id: string }>();

export async function insertReport(
  db: D1Database,
  schoolId: string,
  id: string,
  b: z.infer<typeof ReportCreate>,
): Promise<void> {
  await db
    .prepare(
      'INSERT INTO lunch_reports (id, school_id, date, meals, spent, menu, photo_url) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(id, schoolId, b.date, b.meals, b.spent, b.menu ?? null, b.photoUrl ?? null)
    .run();
}

/** All of a school's reports, newest day first. */
export async function listReports(db: D1Database, schoolId: string): Promise<ReportRow[]> {
  return (
    await db
      .prepare('SELECT * FROM lunch_reports WHERE school_id = ? ORDER BY date DESC')
      .bind(schoolId)
      .all<ReportRow>()
  ).results;
}

export async function updateReport(db: D1Database, id: string, body: z.infer<typeof ReportPatch>): Promise<void> {
  const stmt = patchStatement(db, 'lunch_reports', id, body, {
    meals: { column: 'meals' },
    spent: { column: 'spent' },
    menu: { column: 'menu' },
    photoUrl: { column: 'photo_url' },
  });
  if (stmt) await stmt.run();
}
