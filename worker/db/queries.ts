// Lookups shared by public and admin routes. Each `require*` throws 404 not_found.
import { notFound } from '../lib/problem';
import { PENDING_SHOWN } from './pending-shown';
import { PAYMENT_SETTINGS_COLUMNS, type PaymentSettingsRow } from './payment-settings';
import { RECIPIENT_COLUMNS, RECIPIENT_JOIN } from './recipients';
import type { CampaignRow, DonationRow, ExpenditureRow, OrgRow, ProjectRow, UpdateRow } from './rows';

// The campaign a project page links to: the newest open one, else the newest closed one (drafts
// are never shown).
export const CAMPAIGN_OF_PROJECT = `(SELECT c.id FROM campaigns c WHERE c.project_id = p.id AND c.status <> 'draft'
  ORDER BY c.status = 'open' DESC, c.created_at DESC LIMIT 1)`;

export const PROJECT_COLUMNS = `p.*, ${CAMPAIGN_OF_PROJECT} AS campaign_id`;

export async function requireOrg(db: D1Database, id: string): Promise<OrgRow> {
  const row = await db.prepare('SELECT * FROM organisations WHERE id = ?').bind(id).first<OrgRow>();
  if (!row) throw notFound('Organisation', id);
  return row;
}

export async function requireProject(db: D1Database, id: string): Promise<ProjectRow> {
  const row = await db
    .prepare(
      `SELECT ${PROJECT_COLUMNS}, o.name AS org_name FROM projects p JOIN organisations o ON o.id = p.org_id WHERE p.id = ?`,
    )
    .bind(id)
    .first<ProjectRow>();
  if (!row) throw notFound('Project', id);
  return row;
}

export async function projectUpdates(db: D1Database, projectId: string): Promise<UpdateRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM project_updates WHERE project_id = ? ORDER BY date, position, created_at, id')
    .bind(projectId)
    .all<UpdateRow>();
  return results;
}

// With the payment settings a pledge needs (payments/choice.ts), so opening one reads D1 once.
// `extra`: columns only some readers need (the public view's capped pending total).
const campaignById = (db: D1Database, id: string, extra = '') =>
  db
    .prepare(
      `SELECT c.*, p.org_id, p.published AS project_published${extra}, (SELECT s.id FROM lunch_schools s WHERE s.campaign_id = c.id) AS school_id,
              ${PAYMENT_SETTINGS_COLUMNS}, ${RECIPIENT_COLUMNS} FROM campaigns c JOIN projects p ON p.id = c.project_id
              JOIN organisations o ON o.id = p.org_id ${RECIPIENT_JOIN} WHERE c.id = ?`,
    )
    .bind(id);

const recentConfirmed = (db: D1Database, campaignId: string, limit: number) =>
  db
    .prepare(
      `SELECT * FROM donations WHERE campaign_id = ? AND status = 'confirmed'
              ORDER BY confirmed_at DESC, id DESC LIMIT ?`,
    )
    .bind(campaignId, limit);

export async function requireCampaign(db: D1Database, id: string): Promise<CampaignRow & PaymentSettingsRow> {
  const row = await campaignById(db, id).first<CampaignRow & PaymentSettingsRow>();
  if (!row) throw notFound('Campaign', id);
  return row;
}

/** The newest spending first: what the public "where the money went" list shows. */
export const latestExpenditures = (db: D1Database, campaignId: string, limit: number) =>
  db
    .prepare('SELECT * FROM expenditures WHERE campaign_id = ? ORDER BY date DESC, created_at DESC, id DESC LIMIT ?')
    .bind(campaignId, limit);

/** The matching funds running on a campaign now, with money left (db/../0009_matching.sql). */
export const activeMatchFunds = (db: D1Database, campaignId: string) =>
  db
    .prepare(
      `SELECT f.id, f.ratio_percent, f.cap_per_gift, f.total_cap - f.matched_amount AS remaining, f.ends_at,
                     m.name AS matcher_name, m.logo_url AS matcher_logo_url
              FROM match_fund_campaigns fc JOIN match_funds f ON f.id = fc.fund_id JOIN matchers m ON m.id = f.matcher_id
              WHERE fc.campaign_id = ?1 AND f.starts_at <= ?2 AND f.ends_at > ?2 AND f.matched_amount < f.total_cap
              ORDER BY f.ends_at, f.id`,
    )
    .bind(campaignId, new Date().toISOString());

export type ActiveFundRow = {
  id: string;
  ratio_percent: number;
  cap_per_gift: number | null;
  remaining: number;
  ends_at: string;
  matcher_name: string;
  matcher_logo_url: string | null;
};

/**
 * A campaign (with its public pending total), its newest confirmed gifts, its newest spending and
 * its running match funds in one round trip to D1 (the hottest public read).
 */
export async function requireCampaignWithRecent(
  db: D1Database,
  id: string,
  limit = 10,
): Promise<{ campaign: CampaignRow; recent: DonationRow[]; spending: ExpenditureRow[]; funds: ActiveFundRow[] }> {
  const [campaign, recent, spending, funds] = await db.batch<unknown>([
    campaignById(db, id, `, ${PENDING_SHOWN}`),
    recentConfirmed(db, id, limit),
    latestExpenditures(db, id, 5),
    activeMatchFunds(db, id),
  ]);
  const row = campaign?.results[0] as CampaignRow | undefined;
  if (!row) throw notFound('Campaign', id);
  return {
    campaign: row,
    recent: (recent?.results ?? []) as DonationRow[],
    spending: (spending?.results ?? []) as ExpenditureRow[],
    funds: (funds?.results ?? []) as ActiveFundRow[],
  };
}

export async function requireDonation(db: D1Database, id: string): Promise<DonationRow> {
  const row = await db
    .prepare(
      `SELECT d.*, p.org_id FROM donations d JOIN campaigns c ON c.id = d.campaign_id
              JOIN projects p ON p.id = c.project_id WHERE d.id = ?`,
    )
    .bind(id)
    .first<DonationRow>();
  if (!row) throw notFound('Donation', id);
  return row;
}
