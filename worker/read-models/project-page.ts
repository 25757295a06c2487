// One page of an organisation's project cards; also rendered by the column embed page.
import type { z } from '@hono/zod-openapi';
import { decodeCursor, page } from '../db/cursor';
import { CARD_COLUMNS, CARD_FROM, projectCardJson, type ProjectCardRow } from '../db/project-cards';
import { requireOrg } from '../db/queries';
import { ProjectListQuery } from '../schemas/projects';
import { PUBLIC_PROJECT } from './visibility';

export async function readProjectPage(db: D1Database, org: string, query: z.infer<typeof ProjectListQuery>) {
  const { category, status, limit, cursor } = query;
  const after = decodeCursor(cursor);
  await requireOrg(db, org);
  const where = ['p.org_id = ?', PUBLIC_PROJECT];
  const args: unknown[] = [org];
  if (category) {
    where.push('p.category = ?');
    args.push(category);
  }
  if (status) {
    where.push('p.status = ?');
    args.push(status);
  }
  if (after) {
    where.push('(p.created_at < ? OR (p.created_at = ? AND p.id < ?))');
    args.push(after.createdAt, after.createdAt, after.id);
  }
  const { results } = await db
    .prepare(
      `SELECT ${CARD_COLUMNS} FROM ${CARD_FROM} WHERE ${where.join(' AND ')} ORDER BY p.created_at DESC, p.id DESC LIMIT ?`,
    )
    .bind(...args, limit + 1)
    .all<ProjectCardRow>();
  const { items, nextCursor } = page(results, limit);
  return { items: items.map(projectCardJson), nextCursor };
}
