// Pending online pledges whose payment window closed become cancelled (reason 'expired'); the
// cancel trigger takes their amount out of pendingAmount. Run by the cron trigger, and lazily
// when a donor polls, so the poll never shows "pending" for a window that has closed.
import { nowIso } from '../lib/time';

const EXPIRE = `UPDATE donations SET status = 'cancelled', cancelled_at = ?1, cancel_reason = 'expired'
                WHERE status = 'pending' AND expires_at IS NOT NULL AND expires_at <= ?1`;

/**
 * Expires every overdue pending pledge; answers the campaign of each (D1's meta.changes would
 * count the trigger's writes too), so the caller can purge what readers see of them.
 */
export async function expireOverdue(db: D1Database, now = nowIso()): Promise<string[]> {
  const { results } = await db.prepare(`${EXPIRE} RETURNING campaign_id`).bind(now).all<{ campaign_id: string }>();
  return results.map((r) => r.campaign_id);
}

/** Expires one pledge if overdue; answers its campaign when it did. */
export async function expireIfOverdue(db: D1Database, donationId: string, now = nowIso()): Promise<string | null> {
  const row = await db
    .prepare(`${EXPIRE} AND id = ?2 RETURNING campaign_id`)
    .bind(now, donationId)
    .first<{ campaign_id: string }>();
  return row?.campaign_id ?? null;
}
