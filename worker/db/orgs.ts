// Organisations as staff keep them: creating one, the list with what each holds, and changes.
import type { z } from '@hono/zod-openapi';
import type { OrgCreate, OrgPatch } from '../schemas/admin';
import { patchStatement } from './patch';
import type { OrgRow } from './rows';

/** What an organisation holds: the console opens on the one with pledges waiting, else the most content. */
export type ActivityRow = {
  a_pending: number;
  a_projects: number;
  a_campaigns: number;
  a_schools: number;
  a_wishes: number;
  a_figures: number;
};
const ACTIVITY_SQL = `
  (SELECT COUNT(*) FROM donations d JOIN campaigns c ON c.id = d.campaign_id JOIN projects p ON p.id = c.project_id
    WHERE p.org_id = o.id AND d.status = 'pending') AS a_pending,
  (SELECT COUNT(*) FROM projects p WHERE p.org_id = o.id) AS a_projects,
  (SELECT COUNT(*) FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE p.org_id = o.id) AS a_campaigns,
  (SELECT COUNT(*) FROM lunch_schools s WHERE s.org_id = o.id) AS a_schools,
  (SELECT COUNT(*) FROM wishes w WHERE w.org_id = o.id) AS a_wishes,
  (SELECT COUNT(*) FROM org_figures f WHERE f.org_id = o.id) AS a_figures`;

export async function insertOrg(db: D1Database, id: string, b: z.infer<typeof OrgCreate>): Promise<void> {
  await db
    .prepare(
      `INSERT INTO organisations (id, name, region, brand, logo_url, website, payment_provider, payment_account, payment_qr_url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      id,
      b.name,
      b.region ?? null,
      b.brand ?? null,
      b.logoUrl ?? null,
      b.website ?? null,
      b.paymentProvider ?? 'offline',
      b.paymentAccount ?? null,
      b.paymentQrUrl ?? null,
    )
    .run();
}

/** Every organisation (oldest first), or only `only`, each with what it holds. */
export async function listOrgsWithActivity(
  db: D1Database,
  only: string | undefined,
): Promise<(OrgRow & ActivityRow)[]> {
  const select = `SELECT o.*, ${ACTIVITY_SQL} FROM organisations o`;
  const stmt = only
    ? db.prepare(`${select} WHERE o.id = ?`).bind(only)
    : db.prepare(`${select} ORDER BY o.created_at, o.id`);
  const { results } = await stmt.all<OrgRow & ActivityRow>();
  return results;
}

export async function updateOrg(db: D1Database, id: string, body: z.infer<typeof OrgPatch>): Promise<void> {
  const stmt = patchStatement(db, 'organisations', id, body, {
    name: { column: 'name' },
    region: { column: 'region' },
    brand: { column: 'brand' },
    logoUrl: { column: 'logo_url' },
    website: { column: 'website' },
    paymentProvider: { column: 'payment_provider' },
    paymentAccount: { column: 'payment_account' },
    paymentQrUrl: { column: 'payment_qr_url' },
  });
  if (stmt) await stmt.run();
}
