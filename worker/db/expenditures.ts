// A campaign's spending (资金使用公示) as staff record it. The triggers keep the campaign's spent
// total; the public list reads db/queries.ts latestExpenditures.
import type { z } from '@hono/zod-openapi';
import { notFound } from '../lib/problem';
import type { ExpenditureCreate, ExpenditurePatch } from '../schemas/accountability';
import { patchStatement } from './patch';
import type { ExpenditureRow } from './rows';

export async function requireExpenditure(db: D1Database, campaignId: string, id: string): Promise<ExpenditureRow> {
  const row = await db
    .prepare('SELECT * FROM expenditures WHERE id = ? AND campaign_id = ?')
    .bind(id, campaignId)
    .first<ExpenditureRow>();
  if (!row) throw notFound('Expenditure', id);
  return row;
}

export async function insertExpenditure(
  db: D1Database,
  campaignId: string,
  id: string,
  b: z.infer<typeof ExpenditureCreate>,
): Promise<void> {
  await db
    .prepare(
      'INSERT INTO expenditures (id, campaign_id, date, amount, purpose, payee, receipt_url) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(id, campaignId, b.date, b.amount, b.purpose, b.payee ?? null, b.receiptUrl ?? null)
    .run();
}

/** All of a campaign's spending, newest first. */
export async function listExpenditures(db: D1Database, campaignId: string): Promise<ExpenditureRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM expenditures WHERE campaign_id = ? ORDER BY date DESC, created_at DESC, id DESC')
    .bind(campaignId)
    .all<ExpenditureRow>();
  return results;
}

export async function updateExpenditure(
  db: D1Database,
  id: string,
  body: z.infer<typeof ExpenditurePatch>,
): Promise<void> {
  const stmt = patchStatement(db, 'expenditures', id, body, {
    date: { column: 'date' },
    amount: { column: 'amount' },
    purpose: { column: 'purpose' },
    payee: { column: 'payee' },
    receiptUrl: { column: 'receipt_url' },
  });
  if (stmt) await stmt.run();
}

export async function deleteExpenditure(db: D1Database, id: string): Promise<void> {
  await db.prepare('DELETE FROM expenditures WHERE id = ?').bind(id).run();
}
