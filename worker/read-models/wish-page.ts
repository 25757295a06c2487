// One page of an organisation's public wishes with counts; also rendered by the wishes embed page.
import type { z } from '@hono/zod-openapi';
import { decodeCursor, page } from '../db/cursor';
import { notFound } from '../lib/problem';
import { publicWishJson, WISH_SELECT, type WishWithClaimRow } from '../db/wishes';
import { WishListQuery } from '../schemas/wishes';

export async function readWishPage(db: D1Database, org: string, query: z.infer<typeof WishListQuery>) {
  const { status, category, limit, cursor } = query;
  const after = decodeCursor(cursor);
  const where = ['w.org_id = ?', "w.status IN ('open','claimed','fulfilled')"];
  const args: unknown[] = [org];
  if (category) {
    where.push('w.category = ?');
    args.push(category);
  }
  const countArgs = [...args];
  const countWhere = [...where];
  if (status) {
    where.push('w.status = ?');
    args.push(status);
  }
  if (after) {
    where.push('(w.created_at < ? OR (w.created_at = ? AND w.id < ?))');
    args.push(after.createdAt, after.createdAt, after.id);
  }
  // One round trip: the organisation (for 404), the page, and the counts.
  const [orgRes, listRes, countRes] = await db.batch<unknown>([
    db.prepare('SELECT id FROM organisations WHERE id = ?').bind(org),
    db
      .prepare(`${WISH_SELECT} WHERE ${where.join(' AND ')} ORDER BY w.created_at DESC, w.id DESC LIMIT ?`)
      .bind(...args, limit + 1),
    db
      .prepare(`SELECT w.status, COUNT(*) AS n FROM wishes w WHERE ${countWhere.join(' AND ')} GROUP BY w.status`)
      .bind(...countArgs),
  ]);
  if (!orgRes?.results.length) throw notFound('Organisation', org);
  const { items, nextCursor } = page((listRes?.results ?? []) as WishWithClaimRow[], limit);
  const counts = { open: 0, claimed: 0, fulfilled: 0 };
  for (const r of (countRes?.results ?? []) as { status: keyof typeof counts; n: number }[]) counts[r.status] = r.n;
  return { items: items.map(publicWishJson), counts, nextCursor };
}
