// The charities an organisation raises money for (licensed recipients), as stored; and the columns
// a campaign query adds to know its recipient and filing (the rule they feed: giving/recipient.ts).
import type { z } from '@hono/zod-openapi';
import { notFound } from '../lib/problem';
import type { RecipientCreate, RecipientPatch } from '../schemas/accountability';
import { patchStatement } from './patch';

/** Columns a campaign query adds for this (with `campaigns c` and `LEFT JOIN recipients r`). */
export const RECIPIENT_COLUMNS = `c.recipient_id, c.filing_number, c.filing_url, c.filed_from, c.filed_until, c.platform, c.platform_url,
  r.name AS recipient_name, r.credit_code AS recipient_credit_code, r.qualification AS recipient_qualification`;
export const RECIPIENT_JOIN = 'LEFT JOIN recipients r ON r.id = c.recipient_id';

export type RecipientColumns = {
  recipient_id: string | null;
  filing_number: string | null;
  filing_url: string | null;
  filed_from: string | null;
  filed_until: string | null;
  platform: string | null;
  platform_url: string | null;
  recipient_name: string | null;
  recipient_credit_code: string | null;
  recipient_qualification: string | null;
};

export type RecipientRow = {
  id: string;
  org_id: string;
  name: string;
  credit_code: string;
  qualification: string | null;
  website: string | null;
  created_at: string;
  updated_at: string;
};

export async function requireRecipient(db: D1Database, id: string): Promise<RecipientRow> {
  const row = await db.prepare('SELECT * FROM recipients WHERE id = ?').bind(id).first<RecipientRow>();
  if (!row) throw notFound('Recipient', id);
  return row;
}

export async function insertRecipient(db: D1Database, id: string, b: z.infer<typeof RecipientCreate>): Promise<void> {
  await db
    .prepare('INSERT INTO recipients (id, org_id, name, credit_code, qualification, website) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(id, b.orgId, b.name, b.creditCode, b.qualification ?? null, b.website ?? null)
    .run();
}

/** An organisation's recipients, or every one (by organisation), by name. */
export async function listRecipients(db: D1Database, org: string | undefined): Promise<RecipientRow[]> {
  const stmt = org
    ? db.prepare('SELECT * FROM recipients WHERE org_id = ? ORDER BY name, id').bind(org)
    : db.prepare('SELECT * FROM recipients ORDER BY org_id, name, id');
  return (await stmt.all<RecipientRow>()).results;
}

export async function updateRecipient(db: D1Database, id: string, body: z.infer<typeof RecipientPatch>): Promise<void> {
  const stmt = patchStatement(db, 'recipients', id, body, {
    name: { column: 'name' },
    creditCode: { column: 'credit_code' },
    qualification: { column: 'qualification' },
    website: { column: 'website' },
  });
  if (stmt) await stmt.run();
}
