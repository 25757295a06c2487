// The origins an organisation allows public writes from (stored normalised: scheme://host[:port]).
import type { SiteRow } from './rows';

export const siteById = (db: D1Database, id: string) =>
  db.prepare('SELECT * FROM sites WHERE id = ?').bind(id).first<SiteRow>();

export async function insertSite(db: D1Database, id: string, orgId: string, origin: string): Promise<void> {
  await db.prepare('INSERT INTO sites (id, org_id, origin) VALUES (?, ?, ?)').bind(id, orgId, origin).run();
}

/** An organisation's origins, or every one (by organisation), oldest first. */
export async function listSites(db: D1Database, org: string | undefined): Promise<SiteRow[]> {
  const stmt = org
    ? db.prepare('SELECT * FROM sites WHERE org_id = ? ORDER BY created_at, id').bind(org)
    : db.prepare('SELECT * FROM sites ORDER BY org_id, created_at, id');
  const { results } = await stmt.all<SiteRow>();
  return results;
}

export async function updateSiteOrigin(db: D1Database, id: string, origin: string): Promise<void> {
  await db.prepare('UPDATE sites SET origin = ? WHERE id = ?').bind(origin, id).run();
}

export async function deleteSite(db: D1Database, id: string): Promise<void> {
  await db.prepare('DELETE FROM sites WHERE id = ?').bind(id).run();
}
