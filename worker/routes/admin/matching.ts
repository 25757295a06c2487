// Admin: matchers and their funds (配捐). What a fund adds to each gift is decided by the
// triggers in schema/migrations/0009_matching.sql at the gift's confirmation; here staff only say
// who matches, how much, where and when.
import { createRoute } from '@hono/zod-openapi';
import { patchStatement } from '../../db/patch';
import { requireOrg } from '../../db/queries';
import { newId } from '../../lib/ids';
import { notFound, ProblemError } from '../../lib/problem';
import { scopeOrg } from '../../middleware/admin-auth';
import { listOf, OrgFilter } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { AdminMatcherSchema, AdminMatchFundSchema, MatcherCreate, MatcherPatch, MatchFundCreate, MatchFundPatch } from '../../schemas/matching';
import { ADMIN_SECURITY, router } from '../factory';

export const adminMatchingRoutes = router();
const tags = ['Admin: matching funds'];

type MatcherRow = { id: string; org_id: string; name: string; logo_url: string | null; website: string | null; created_at: string; updated_at: string };
type FundRow = {
  id: string; matcher_id: string; org_id: string; ratio_percent: number; cap_per_gift: number | null; total_cap: number; currency: string;
  starts_at: string; ends_at: string; matched_amount: number; campaign_ids: string | null; created_at: string; updated_at: string;
};

const matcherJson = (r: MatcherRow) => ({
  id: r.id, orgId: r.org_id, name: r.name, logoUrl: r.logo_url, website: r.website, createdAt: r.created_at, updatedAt: r.updated_at,
});
const fundJson = (r: FundRow) => ({
  id: r.id, matcherId: r.matcher_id, orgId: r.org_id, ratioPercent: r.ratio_percent, capPerGift: r.cap_per_gift, totalCap: r.total_cap,
  currency: r.currency, startsAt: r.starts_at, endsAt: r.ends_at, matchedAmount: r.matched_amount, remaining: r.total_cap - r.matched_amount,
  campaignIds: r.campaign_ids ? r.campaign_ids.split(',').sort() : [], createdAt: r.created_at, updatedAt: r.updated_at,
});

const FUNDS = `SELECT f.*, m.org_id, (SELECT group_concat(fc.campaign_id) FROM match_fund_campaigns fc WHERE fc.fund_id = f.id) AS campaign_ids
  FROM match_funds f JOIN matchers m ON m.id = f.matcher_id`;

async function requireMatcher(db: D1Database, id: string) {
  const row = await db.prepare('SELECT * FROM matchers WHERE id = ?').bind(id).first<MatcherRow>();
  if (!row) throw notFound('Matcher', id);
  return row;
}
async function requireFund(db: D1Database, id: string) {
  const row = await db.prepare(`${FUNDS} WHERE f.id = ?`).bind(id).first<FundRow>();
  if (!row) throw notFound('Match fund', id);
  return row;
}

/** Every campaign named exists and is the fund's organisation's (else 422, before writing). */
async function assertCampaignsOf(db: D1Database, orgId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const { results } = await db
    .prepare(`SELECT c.id, p.org_id FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE c.id IN (${unique.map(() => '?').join(',')})`)
    .bind(...unique)
    .all<{ id: string; org_id: string }>();
  const bad = unique.filter((id) => results.find((r) => r.id === id)?.org_id !== orgId);
  if (bad.length) {
    throw new ProblemError(422, 'validation_failed', 'A fund matches only campaigns of its own organisation', [
      { path: 'campaignIds', message: `Not this organisation's campaigns: ${bad.join(', ')}` },
    ]);
  }
  return unique;
}

const links = (db: D1Database, fundId: string, campaignIds: string[]) => [
  db.prepare('DELETE FROM match_fund_campaigns WHERE fund_id = ?').bind(fundId),
  ...campaignIds.map((c) => db.prepare('INSERT INTO match_fund_campaigns (fund_id, campaign_id) VALUES (?, ?)').bind(fundId, c)),
];

adminMatchingRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/matchers', tags, security: ADMIN_SECURITY, summary: 'Add a matcher (a company or foundation)',
    request: { body: jsonBody(MatcherCreate) },
    responses: { 201: jsonOk(AdminMatcherSchema, 'Added'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    const id = b.id ?? newId('mt');
    await c.env.DB.prepare('INSERT INTO matchers (id, org_id, name, logo_url, website) VALUES (?, ?, ?, ?, ?)')
      .bind(id, b.orgId, b.name, b.logoUrl ?? null, b.website ?? null)
      .run();
    return c.json(matcherJson(await requireMatcher(c.env.DB, id)), 201);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/matchers', tags, security: ADMIN_SECURITY, summary: 'List matchers',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(AdminMatcherSchema, 'AdminMatcherList'), 'Matchers'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    const stmt = org
      ? c.env.DB.prepare('SELECT * FROM matchers WHERE org_id = ? ORDER BY name, id').bind(org)
      : c.env.DB.prepare('SELECT * FROM matchers ORDER BY org_id, name, id');
    return c.json({ items: (await stmt.all<MatcherRow>()).results.map(matcherJson) }, 200);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/matchers/{id}', tags, security: ADMIN_SECURITY, summary: 'Update a matcher',
    request: { params: idParam('id'), body: jsonBody(MatcherPatch) },
    responses: { 200: jsonOk(AdminMatcherSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const stmt = patchStatement(c.env.DB, 'matchers', id, c.req.valid('json'), {
      name: { column: 'name' }, logoUrl: { column: 'logo_url' }, website: { column: 'website' },
    });
    if (stmt) await stmt.run();
    return c.json(matcherJson(await requireMatcher(c.env.DB, id)), 200);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/match-funds', tags, security: ADMIN_SECURITY, summary: 'Commit a matching fund to campaigns',
    request: { body: jsonBody(MatchFundCreate) },
    responses: { 201: jsonOk(AdminMatchFundSchema, 'Committed'), ...problems(400, 401, 403, 404, 409, 422) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    const db = c.env.DB;
    const matcher = await requireMatcher(db, b.matcherId);
    const campaignIds = await assertCampaignsOf(db, matcher.org_id, b.campaignIds);
    const id = b.id ?? newId('mf');
    await db.batch([
      db.prepare(`INSERT INTO match_funds (id, matcher_id, ratio_percent, cap_per_gift, total_cap, currency, starts_at, ends_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .bind(id, b.matcherId, b.ratioPercent, b.capPerGift ?? null, b.totalCap, b.currency, new Date(b.startsAt).toISOString(), new Date(b.endsAt).toISOString()),
      ...links(db, id, campaignIds).slice(1),
    ]);
    return c.json(fundJson(await requireFund(db, id)), 201);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/match-funds', tags, security: ADMIN_SECURITY, summary: 'List matching funds (what each has matched)',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(AdminMatchFundSchema, 'AdminMatchFundList'), 'Funds'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    const stmt = org
      ? c.env.DB.prepare(`${FUNDS} WHERE m.org_id = ? ORDER BY f.starts_at DESC, f.id`).bind(org)
      : c.env.DB.prepare(`${FUNDS} ORDER BY f.starts_at DESC, f.id`);
    return c.json({ items: (await stmt.all<FundRow>()).results.map(fundJson) }, 200);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/match-funds/{id}', tags, security: ADMIN_SECURITY,
    summary: 'Change a fund (its cap never below what it has matched; matches already made stay)',
    request: { params: idParam('id'), body: jsonBody(MatchFundPatch) },
    responses: { 200: jsonOk(AdminMatchFundSchema, 'Changed'), ...problems(400, 401, 403, 404, 409, 422) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const db = c.env.DB;
    const fund = await requireFund(db, id);
    const b = c.req.valid('json');
    const startsAt = b.startsAt ? new Date(b.startsAt).toISOString() : fund.starts_at;
    const endsAt = b.endsAt ? new Date(b.endsAt).toISOString() : fund.ends_at;
    if (endsAt <= startsAt) throw new ProblemError(400, 'validation_failed', 'endsAt is before startsAt', [{ path: 'endsAt', message: 'Must be after startsAt' }]);
    if (b.totalCap !== undefined && b.totalCap < fund.matched_amount) {
      throw new ProblemError(409, 'invalid_transition', `The fund has matched ${fund.matched_amount} already; its cap cannot be lower`);
    }
    const writes: D1PreparedStatement[] = [];
    const update = patchStatement(db, 'match_funds', id, { ...b, startsAt, endsAt }, {
      ratioPercent: { column: 'ratio_percent' }, capPerGift: { column: 'cap_per_gift' }, totalCap: { column: 'total_cap' },
      startsAt: { column: 'starts_at' }, endsAt: { column: 'ends_at' },
    });
    if (b.campaignIds) writes.push(...links(db, id, await assertCampaignsOf(db, fund.org_id, b.campaignIds)));
    // The fund's own row last: the audit trail's "changes" look at the batch's last statement.
    if (update) writes.push(update);
    if (writes.length) await db.batch(writes);
    return c.json(fundJson(await requireFund(db, id)), 200);
  },
);

