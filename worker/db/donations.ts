// Donations as staff see them (with contact): the filtered list, the CSV export, and the status
// changes. Each change is one conditional UPDATE; the triggers move the campaign totals in the
// same statement.
import type { AdminDonation } from '../schemas/donations';
import type { Keyset } from './cursor';
import type { DonationRow } from './rows';

const FROM = `FROM donations d JOIN campaigns c ON c.id = d.campaign_id JOIN projects p ON p.id = c.project_id`;

// The status staff see (rows.ts staffStatus) as SQL, keeping d.status indexable.
const STAFF_STATUS_WHERE: Record<AdminDonation['status'], string> = {
  pending: "d.status = 'pending'",
  confirmed: "d.status = 'confirmed'",
  cancelled: "d.status = 'cancelled' AND d.refund_due IS NULL",
  needs_refund: 'd.refund_due IS NOT NULL AND d.refunded_at IS NULL',
  refunded: "(d.status = 'refunded' OR (d.refund_due IS NOT NULL AND d.refunded_at IS NOT NULL))",
};

/** Which donations: `reference` as stored (GY-…); `after` the keyset of the previous page's last row. */
export type DonationWhere = {
  org?: string;
  campaignId?: string;
  status?: AdminDonation['status'];
  reference?: string;
  after?: Keyset | null;
};

function filterSql(f: DonationWhere) {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.org) {
    where.push('p.org_id = ?');
    args.push(f.org);
  }
  if (f.campaignId) {
    where.push('d.campaign_id = ?');
    args.push(f.campaignId);
  }
  if (f.status) where.push(STAFF_STATUS_WHERE[f.status]);
  if (f.reference) {
    where.push('d.reference = ?');
    args.push(f.reference);
  }
  if (f.after) {
    where.push('(d.created_at < ? OR (d.created_at = ? AND d.id < ?))');
    args.push(f.after.createdAt, f.after.createdAt, f.after.id);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

/** Newest first: `limit` + 1 rows, so the caller learns whether another page exists (cursor.ts page). */
export async function listDonations(db: D1Database, f: DonationWhere, limit: number): Promise<DonationRow[]> {
  const { sql, args } = filterSql(f);
  const { results } = await db
    .prepare(`SELECT d.*, p.org_id ${FROM} ${sql} ORDER BY d.created_at DESC, d.id DESC LIMIT ?`)
    .bind(...args, limit + 1)
    .all<DonationRow>();
  return results;
}

/** Every matching donation, oldest first (the CSV export). */
export async function exportDonations(db: D1Database, f: DonationWhere): Promise<DonationRow[]> {
  const { sql, args } = filterSql(f);
  const { results } = await db
    .prepare(`SELECT d.*, p.org_id ${FROM} ${sql} ORDER BY d.created_at, d.id`)
    .bind(...args)
    .all<DonationRow>();
  return results;
}

// action → the rows it applies to and the change. A refund also records the refund of a gift held
// for one (needs_refund: it stays 'cancelled', only refunded_at is stamped, as it was never counted).
const TRANSITIONS = {
  confirm: { when: "status = 'pending'", set: "status = 'confirmed', confirmed_at = ?" },
  cancel: { when: "status = 'pending'", set: "status = 'cancelled', cancelled_at = ?" },
  refund: {
    when: "(status = 'confirmed' OR (refund_due IS NOT NULL AND refunded_at IS NULL))",
    set: "status = CASE WHEN status = 'confirmed' THEN 'refunded' ELSE status END, refunded_at = ?",
  },
} as const;
export type DonationAction = keyof typeof TRANSITIONS;

/**
 * Moves the donation if it is in a state `action` applies to; false: it was not (nothing changed).
 * Conditional on the current status, so two staff clicking at once move the totals once.
 */
export async function moveDonation(db: D1Database, action: DonationAction, id: string, at: string): Promise<boolean> {
  const t = TRANSITIONS[action];
  const changed = await db
    .prepare(`UPDATE donations SET ${t.set} WHERE id = ? AND ${t.when} RETURNING id`)
    .bind(at, id)
    .first();
  return changed !== null;
}
