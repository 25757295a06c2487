// Matchers and their funds (配捐) as staff keep them. What a fund adds to each gift is decided by
// the triggers in schema/migrations/0009_matching.sql at the gift's confirmation; the public
// campaign view reads its running funds in db/queries.ts.
import type { z } from '@hono/zod-openapi';
import { notFound } from '../lib/problem';
import type { MatcherCreate, MatcherPatch, MatchFundCreate, MatchFundPatch } from '../schemas/matching';
import { patchStatement } from './patch';

export type MatcherRow = {
  id: string;
  org_id: string;
  name: string;
  logo_url: string | null;
  website: string | null;
  created_at: string;
  updated_at: string;
};
export type FundRow = {
  id: string;
  matcher_id: string;
  org_id: string;
  ratio_percent: number;
  cap_per_gift: number | null;
  total_cap: number;
  currency: string;
  starts_at: string;
  ends_at: string;
  matched_amount: number;
  campaign_ids: string | null;
  created_at: string;
  updated_at: string;
};

const FUNDS = `SELECT f.*, m.org_id, (SELECT group_concat(fc.campaign_id) FROM match_fund_campaigns fc WHERE fc.fund_id = f.id) AS campaign_ids
  FROM match_funds f JOIN matchers m ON m.id = f.matcher_id`;

export async function requireMatcher(db: D1Database, id: string) {
  const row = await db.prepare('SELECT * FROM matchers WHERE id = ?').bind(id).first<MatcherRow>();
  if (!row) throw notFound('Matcher', id);
  return row;
}
export async function requireFund(db: D1Database, id: string) {
  const row = await db.prepare(`${FUNDS} WHERE f.id = ?`).bind(id).first<FundRow>();
  if (!row) throw notFound('Match fund', id);
  return row;
}

/** The organisation of each of these campaigns that exists. */
export async function campaignOrgs(db: D1Database, ids: string[]): Promise<{ id: string; org_id: string }[]> {
  const { results } = await db
    .prepare(
      `SELECT c.id, p.org_id FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE c.id IN (${ids.map(() => '?').join(',')})`,
    )
    .bind(...ids)
    .all<{ id: string; org_id: string }>();
  return results;
}

/** Statements that make `campaignIds` the fund's campaigns (run them in one batch). */
export const fundLinks = (db: D1Database, fundId: string, campaignIds: string[]) => [
  db.prepare('DELETE FROM match_fund_campaigns WHERE fund_id = ?').bind(fundId),
  ...campaignIds.map((c) =>
    db.prepare('INSERT INTO match_fund_campaigns (fund_id, campaign_id) VALUES (?, ?)').bind(fundId, c),
  ),
];

export async function insertMatcher(db: D1Database, id: string, b: z.infer<typeof MatcherCreate>): Promise<void> {
  await db
    .prepare('INSERT INTO matchers (id, org_id, name, logo_url, website) VALUES (?, ?, ?, ?, ?)')
    .bind(id, b.orgId, b.name, b.logoUrl ?? null, b.website ?? null)
    .run();
}

/** An organisation's matchers, or every one (by organisation), by name. */
export async function listMatchers(db: D1Database, org: string | undefined): Promise<MatcherRow[]> {
  const stmt = org
    ? db.prepare('SELECT * FROM matchers WHERE org_id = ? ORDER BY name, id').bind(org)
    : db.prepare('SELECT * FROM matchers ORDER BY org_id, name, id');
  return (await stmt.all<MatcherRow>()).results;
}

export async function updateMatcher(db: D1Database, id: string, body: z.infer<typeof MatcherPatch>): Promise<void> {
  const stmt = patchStatement(db, 'matchers', id, body, {
    name: { column: 'name' },
    logoUrl: { column: 'logo_url' },
    website: { column: 'website' },
  });
  if (stmt) await stmt.run();
}

/** The new fund's row; its campaigns are fundLinks, in the same batch. */
export const insertFund = (db: D1Database, id: string, b: z.infer<typeof MatchFundCreate>) =>
  db
    .prepare(
      `INSERT INTO match_funds (id, matcher_id, ratio_percent, cap_per_gift, total_cap, currency, starts_at, ends_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      id,
      b.matcherId,
      b.ratioPercent,
      b.capPerGift ?? null,
      b.totalCap,
      b.currency,
      new Date(b.startsAt).toISOString(),
      new Date(b.endsAt).toISOString(),
    );

/** An organisation's funds, or every one, the latest start first. */
export async function listFunds(db: D1Database, org: string | undefined): Promise<FundRow[]> {
  const stmt = org
    ? db.prepare(`${FUNDS} WHERE m.org_id = ? ORDER BY f.starts_at DESC, f.id`).bind(org)
    : db.prepare(`${FUNDS} ORDER BY f.starts_at DESC, f.id`);
  return (await stmt.all<FundRow>()).results;
}

/** The UPDATE of a fund's own row (null: nothing to change), for the caller's batch. */
export const fundPatch = (
  db: D1Database,
  id: string,
  body: z.infer<typeof MatchFundPatch> & { startsAt: string; endsAt: string },
) =>
  patchStatement(db, 'match_funds', id, body, {
    ratioPercent: { column: 'ratio_percent' },
    capPerGift: { column: 'cap_per_gift' },
    totalCap: { column: 'total_cap' },
    startsAt: { column: 'starts_at' },
    endsAt: { column: 'ends_at' },
  });
