// Monthly plans (月捐) as stored, and as staff see them: with the donor's contact, how many gifts
// each brought and what was confirmed (the cron and the providers' renewals: payments/monthly.ts).
import type { PlanEndReason, PlanEnder, PlanStatus } from '../../common/monthly-plans';

export type PlanRow = {
  id: string;
  campaign_id: string;
  amount: number;
  currency: string;
  name: string | null;
  anonymous: number;
  message: string | null;
  contact: string | null;
  provider: 'stripe' | null;
  provider_subscription_id: string | null;
  status: PlanStatus;
  next_due_on: string | null;
  failed_payments: number;
  last_failure_at: string | null;
  created_at: string;
  ended_at: string | null;
  ended_by: PlanEnder | null;
  // 0012
  end_reason: PlanEndReason | null;
  subscription_cancelled_at: string | null;
};

export type AdminPlanRow = PlanRow & { org_id: string; gifts: number; confirmed_amount: number };
const SELECT = `SELECT mp.*, pr.org_id,
  (SELECT COUNT(*) FROM donations d WHERE d.plan_id = mp.id) AS gifts,
  (SELECT COALESCE(SUM(d.amount), 0) FROM donations d WHERE d.plan_id = mp.id AND d.status = 'confirmed') AS confirmed_amount
  FROM monthly_plans mp JOIN campaigns c ON c.id = mp.campaign_id JOIN projects pr ON pr.id = c.project_id`;

/** Newest first, at most 500. */
export async function listPlans(
  db: D1Database,
  f: { org?: string; campaignId?: string; status?: PlanRow['status'] },
): Promise<AdminPlanRow[]> {
  const where: string[] = [];
  const args: string[] = [];
  if (f.org) {
    where.push('pr.org_id = ?');
    args.push(f.org);
  }
  if (f.campaignId) {
    where.push('mp.campaign_id = ?');
    args.push(f.campaignId);
  }
  if (f.status) {
    where.push('mp.status = ?');
    args.push(f.status);
  }
  const { results } = await db
    .prepare(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY mp.created_at DESC, mp.id DESC LIMIT 500`,
    )
    .bind(...args)
    .all<AdminPlanRow>();
  return results;
}

export const planById = (db: D1Database, id: string) =>
  db.prepare(`${SELECT} WHERE mp.id = ?`).bind(id).first<AdminPlanRow>();
