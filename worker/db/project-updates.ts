// A project's dated progress log (done / doing / planned) as staff keep it (the public list: db/queries.ts).
import type { z } from '@hono/zod-openapi';
import { notFound } from '../lib/problem';
import type { UpdateCreate, UpdatePatch } from '../schemas/admin';
import { patchStatement } from './patch';
import type { UpdateRow } from './rows';

export async function requireUpdate(db: D1Database, projectId: string, id: string): Promise<UpdateRow> {
  const row = await db
    .prepare('SELECT * FROM project_updates WHERE id = ? AND project_id = ?')
    .bind(id, projectId)
    .first<UpdateRow>();
  if (!row) throw notFound('Project update', id);
  return row;
}

/** Without an explicit position the update goes last. */
export async function insertUpdate(
  db: D1Database,
  projectId: string,
  id: string,
  b: z.infer<typeof UpdateCreate>,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO project_updates (id, project_id, date, title, body, state, position)
       VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, (SELECT COALESCE(MAX(position), 0) + 1 FROM project_updates WHERE project_id = ?)))`,
    )
    .bind(id, projectId, b.date, b.title, b.body ?? '', b.state, b.position ?? null, projectId)
    .run();
}

export async function listUpdates(db: D1Database, projectId: string): Promise<UpdateRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM project_updates WHERE project_id = ? ORDER BY date, position, id')
    .bind(projectId)
    .all<UpdateRow>();
  return results;
}

export async function editUpdate(db: D1Database, id: string, body: z.infer<typeof UpdatePatch>): Promise<void> {
  const stmt = patchStatement(
    db,
    'project_updates',
    id,
    body,
    {
      title: { column: 'title' },
      state: { column: 'state' },
      date: { column: 'date' },
      body: { column: 'body' },
      position: { column: 'position' },
    },
    false,
  );
  if (stmt) await stmt.run();
}
