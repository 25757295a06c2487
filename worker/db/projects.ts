// Projects as staff keep them: creating one, the list, and changes (public reads: db/queries.ts).
import type { z } from '@hono/zod-openapi';
import type { ProjectCreate, ProjectPatch } from '../schemas/admin';
import { patchStatement } from './patch';
import { PROJECT_COLUMNS } from './queries';
import type { ProjectRow } from './rows';

export async function insertProject(db: D1Database, id: string, b: z.infer<typeof ProjectCreate>): Promise<void> {
  await db
    .prepare(
      `INSERT INTO projects (id, org_id, title, summary, body, cover_url, category, location, beneficiaries, status, links, published)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      id,
      b.orgId,
      b.title,
      b.summary,
      b.body ?? '',
      b.coverUrl ?? null,
      b.category,
      b.location ?? null,
      b.beneficiaries ?? null,
      b.status,
      JSON.stringify(b.links ?? []),
      b.published === false ? 0 : 1,
    )
    .run();
}

/** An organisation's projects, or every one, newest first (unpublished ones too). */
export async function listProjects(db: D1Database, org: string | undefined): Promise<ProjectRow[]> {
  const sql = `SELECT ${PROJECT_COLUMNS} FROM projects p ${org ? 'WHERE p.org_id = ?' : ''} ORDER BY p.created_at DESC, p.id DESC`;
  const stmt = org ? db.prepare(sql).bind(org) : db.prepare(sql);
  const { results } = await stmt.all<ProjectRow>();
  return results;
}

export async function updateProject(db: D1Database, id: string, body: z.infer<typeof ProjectPatch>): Promise<void> {
  const stmt = patchStatement(db, 'projects', id, body, {
    title: { column: 'title' },
    summary: { column: 'summary' },
    body: { column: 'body' },
    coverUrl: { column: 'cover_url' },
    category: { column: 'category' },
    location: { column: 'location' },
    beneficiaries: { column: 'beneficiaries' },
    status: { column: 'status' },
    links: { column: 'links', json: true },
    published: { column: 'published', bool: true },
  });
  if (stmt) await stmt.run();
}
