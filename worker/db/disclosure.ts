// The ledger sums behind the disclosure report, for one organisation and period, in one D1 round
// trip. Days are China Standard Time: a gift counts in the day (UTC+8) it was confirmed or
// refunded; expenditures and updates carry calendar dates already. Only sums leave this file:
// no donor's name, contact or message is ever read.
import { CHINA_SQL_OFFSET, chinaDayStart, nextDay } from '../../common/china-time';
import type { Period } from '../schemas/disclosure';

export type DisclosureCampaignRow = {
  id: string;
  title: string;
  project_id: string;
  currency: string;
  status: 'open' | 'closed';
  started_on: string;
  filing_number: string | null;
  recipient_name: string | null;
  recipient_credit_code: string | null;
};
export type GiftSumRow = {
  campaign_id: string;
  channel: 'offline' | 'wechatpay' | 'stripe';
  gifts: number;
  money_in: number;
  refunds: number;
  held_before: number;
  held_end: number;
};
export type SpendSumRow = {
  campaign_id: string;
  money_out: number;
  spent_before: number;
  spent_end: number;
  last_spent: string | null;
};
export type UpdateSumRow = { project_id: string; last_update: string | null };

export type Ledger = {
  org: { id: string; name: string } | null;
  campaigns: DisclosureCampaignRow[];
  gifts: GiftSumRow[];
  spending: SpendSumRow[];
  updates: UpdateSumRow[];
};

const OF_ORG = 'JOIN campaigns c ON c.id = x.campaign_id JOIN projects p ON p.id = c.project_id WHERE p.org_id = ?1';

/** `asOf`: the last day a disclosure may carry to count as made (the period's end, or today if earlier). */
export async function readLedger(db: D1Database, orgId: string, period: Period, asOf: string): Promise<Ledger> {
  const start = chinaDayStart(period.from);
  const end = chinaDayStart(nextDay(period.to));
  // A gift is held from its confirmation until its refund; a confirmed gift without a stamp (an old
  // import) counts from its creation.
  const [org, campaigns, gifts, spending, updates] = await db.batch<unknown>([
    db.prepare('SELECT id, name FROM organisations WHERE id = ?1').bind(orgId),
    db
      .prepare(
        `SELECT c.id, c.title, c.project_id, c.currency, c.status, date(c.created_at, '${CHINA_SQL_OFFSET}') AS started_on, c.filing_number,
                       r.name AS recipient_name, r.credit_code AS recipient_credit_code
                FROM campaigns c JOIN projects p ON p.id = c.project_id LEFT JOIN recipients r ON r.id = c.recipient_id
                WHERE p.org_id = ?1 AND p.published = 1 AND c.status <> 'draft'
                ORDER BY c.created_at, c.id`,
      )
      .bind(orgId),
    db
      .prepare(
        `SELECT x.campaign_id, COALESCE(x.provider, 'offline') AS channel,
                       SUM(x.at >= ?2 AND x.at < ?3) AS gifts,
                       SUM(CASE WHEN x.at >= ?2 AND x.at < ?3 THEN x.amount ELSE 0 END) AS money_in,
                       SUM(CASE WHEN x.status = 'refunded' AND x.refunded_at >= ?2 AND x.refunded_at < ?3 THEN x.amount ELSE 0 END) AS refunds,
                       SUM(CASE WHEN x.at < ?2 AND (x.status = 'confirmed' OR x.refunded_at >= ?2) THEN x.amount ELSE 0 END) AS held_before,
                       SUM(CASE WHEN x.at < ?3 AND (x.status = 'confirmed' OR x.refunded_at >= ?3) THEN x.amount ELSE 0 END) AS held_end
                FROM (SELECT campaign_id, provider, status, amount, refunded_at, COALESCE(confirmed_at, created_at) AS at
                      FROM donations WHERE status IN ('confirmed', 'refunded')) x ${OF_ORG}
                GROUP BY 1, 2`,
      )
      .bind(orgId, start, end),
    db
      .prepare(
        `SELECT x.campaign_id,
                       SUM(CASE WHEN x.date >= ?2 AND x.date <= ?3 THEN x.amount ELSE 0 END) AS money_out,
                       SUM(CASE WHEN x.date < ?2 THEN x.amount ELSE 0 END) AS spent_before,
                       SUM(CASE WHEN x.date <= ?3 THEN x.amount ELSE 0 END) AS spent_end,
                       MAX(CASE WHEN x.date <= ?4 THEN x.date END) AS last_spent
                FROM expenditures x ${OF_ORG}
                GROUP BY 1`,
      )
      .bind(orgId, period.from, period.to, asOf),
    // A planned step is an intention, not a report of progress: only done and doing count.
    db
      .prepare(
        `SELECT u.project_id, MAX(u.date) AS last_update
                FROM project_updates u JOIN projects p ON p.id = u.project_id
                WHERE p.org_id = ?1 AND u.state <> 'planned' AND u.date <= ?2
                GROUP BY 1`,
      )
      .bind(orgId, asOf),
  ]);
  return {
    org: (org?.results[0] as Ledger['org'] | undefined) ?? null,
    campaigns: (campaigns?.results ?? []) as DisclosureCampaignRow[],
    gifts: (gifts?.results ?? []) as GiftSumRow[],
    spending: (spending?.results ?? []) as SpendSumRow[],
    updates: (updates?.results ?? []) as UpdateSumRow[],
  };
}
