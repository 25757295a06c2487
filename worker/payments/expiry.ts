// Pending online pledges whose payment window closed become cancelled (reason 'expired'); the
// cancel trigger takes their amount out of pendingAmount. Run by the cron trigger, and lazily
// when a donor polls, so the poll never shows "pending" for a window that has closed.
import { nowIso } from '../lib/time';

const EXPIRE = `UPDATE donations SET status = 'cancelled', cancelled_at = ?1, cancel_reason = 'expired'
                WHERE status = 'pending' AND expires_at IS NOT NULL AND expires_at <= ?1`;

/** Expires every overdue pending pledge; answers how many (D1's meta.changes would count the trigger's writes too). */
export async function expireOverdue(db: D1Database, now = nowIso()): Promise<number> {
  const { results } = await db.prepare(`${EXPIRE} RETURNING id`).bind(now).all();
  return results.length;
}

export async function expireIfOverdue(db: D1Database, donationId: string, now = nowIso()): Promise<void> {
  await db.prepare(`${EXPIRE} AND id = ?2`).bind(now, donationId).run();
}
