// A lunch school's closures (holidays, term breaks) as staff keep them (the list: db/lunch.ts schoolClosures).
import type { z } from '@hono/zod-openapi';
import { notFound } from '../lib/problem';
import type { ClosureCreate } from '../schemas/lunch';
import type { ClosureRow } from './lunch';

export async function requireClosure(db: D1Database, schoolId: string, id: string): Promise<ClosureRow> {
  const row = await db
    .prepare('SELECT * FROM lunch_closures WHERE id = ? AND school_id = ?')
    .bind(id, schoolId)
    .first<ClosureRow>();
  if (!row) throw notFound('Closure', id);
  return row;
}

export async function insertClosure(
  db: D1Database,
  schoolId: string,
  id: string,
  b: z.infer<typeof ClosureCreate>,
): Promise<void> {
  await db
    .prepare('INSERT INTO lunch_closures (id, school_id, starts_on, ends_on, label) VALUES (?, ?, ?, ?, ?)')
    .bind(id, schoolId, b.startsOn, b.endsOn, b.label)
    .run();
}

/** Sets all three fields (the caller merges a patch with the stored row and checks the order of the days). */
export async function updateClosure(
  db: D1Database,
  id: string,
  c: { startsOn: string; endsOn: string; label: string },
): Promise<void> {
  await db
    .prepare('UPDATE lunch_closures SET starts_on = ?, ends_on = ?, label = ? WHERE id = ?')
    .bind(c.startsOn, c.endsOn, c.label, id)
    .run();
}

export async function deleteClosure(db: D1Database, id: string): Promise<void> {
  await db.prepare('DELETE FROM lunch_closures WHERE id = ?').bind(id).run();
}
