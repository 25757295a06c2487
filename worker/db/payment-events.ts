// The payment callback ledger as staff read it: every delivery and what it did, with the
// organisation of its donation (none for one matching no donation: unknown order, bad signature).
import type { Keyset } from './cursor';

export const PAYMENT_OUTCOMES = [
  'applied',
  'refund_applied',
  'expiry_applied',
  'duplicate',
  'unknown_order',
  'amount_mismatch',
  'currency_mismatch',
  'late',
  'out_of_order',
  'not_confirmed',
  'bad_signature',
  'stale_timestamp',
  'malformed',
  'ignored',
] as const;

export type EventRow = {
  id: string;
  provider: 'wechatpay' | 'stripe';
  event_id: string | null;
  event_type: string | null;
  donation_id: string | null;
  org_id: string | null;
  order_ref: string | null;
  payment_ref: string | null;
  amount: number | null;
  currency: string | null;
  outcome: (typeof PAYMENT_OUTCOMES)[number];
  detail: string | null;
  received_at: string;
  created_at: string;
};

/** Newest first: `limit` + 1 rows, so the caller learns whether another page exists (cursor.ts page). */
export async function listPaymentEvents(
  db: D1Database,
  f: { org?: string; provider?: EventRow['provider']; outcome?: EventRow['outcome']; after: Keyset | null },
  limit: number,
): Promise<EventRow[]> {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.org) {
    where.push('p.org_id = ?');
    args.push(f.org);
  }
  if (f.provider) {
    where.push('e.provider = ?');
    args.push(f.provider);
  }
  if (f.outcome) {
    where.push('e.outcome = ?');
    args.push(f.outcome);
  }
  if (f.after) {
    where.push('(e.received_at < ? OR (e.received_at = ? AND e.id < ?))');
    args.push(f.after.createdAt, f.after.createdAt, f.after.id);
  }
  const { results } = await db
    .prepare(
      `SELECT e.*, e.received_at AS created_at, p.org_id FROM payment_events e
       LEFT JOIN donations d ON d.id = e.donation_id LEFT JOIN campaigns c ON c.id = d.campaign_id LEFT JOIN projects p ON p.id = c.project_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.received_at DESC, e.id DESC LIMIT ?`,
    )
    .bind(...args, limit + 1)
    .all<EventRow>();
  return results;
}
