// Admin: matchers and their funds (配捐). What a fund adds to each gift is decided by the
// triggers in schema/migrations/0009_matching.sql at the gift's confirmation; here staff only say
// who matches, how much, where and when.
import { createRoute } from '@hono/zod-openapi';
import {
  campaignOrgs,
  fundLinks,
  fundPatch,
  insertFund,
  insertMatcher,
  listFunds,
  listMatchers,
  requireFund,
  requireMatcher,
  updateMatcher,
  type FundRow,
  type MatcherRow,
} from '../../db/matching';
import { requireOrg } from '../../db/queries';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { scopeOrg } from '../../middleware/admin-auth';
import { listOf, OrgFilter } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import {
  AdminMatcherSchema,
  AdminMatchFundSchema,
  MatcherCreate,
  MatcherPatch,
  MatchFundCreate,
  MatchFundPatch,
} from '../../schemas/matching';
import { ADMIN_SECURITY, router } from '../factory';

export const adminMatchingRoutes = router();
const tags = ['Admin: matching funds'];

const matcherJson = (r: MatcherRow) => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  logoUrl: r.logo_url,
  website: r.website,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const fundJson = (r: FundRow) => ({
  id: r.id,
  matcherId: r.matcher_id,
  orgId: r.org_id,
  ratioPercent: r.ratio_percent,
  capPerGift: r.cap_per_gift,
  totalCap: r.total_cap,
  currency: r.currency,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  matchedAmount: r.matched_amount,
  remaining: r.total_cap - r.matched_amount,
  campaignIds: r.campaign_ids ? r.campaign_ids.split(',').sort() : [],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Every campaign named exists and is the fund's organisation's (else 422, before writing). */
async function assertCampaignsOf(db: D1Database, orgId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const results = await campaignOrgs(db, unique);
  const bad = unique.filter((id) => results.find((r) => r.id === id)?.org_id !== orgId);
  if (bad.length) {
    throw new ProblemError(422, 'validation_failed', 'A fund matches only campaigns of its own organisation', [
      { path: 'campaignIds', message: `Not this organisation's campaigns: ${bad.join(', ')}` },
    ]);
  }
  return unique;
}

adminMatchingRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/matchers',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Add a matcher (a company or foundation)',
    request: { body: jsonBody(MatcherCreate) },
    responses: { 201: jsonOk(AdminMatcherSchema, 'Added'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    const id = b.id ?? newId('mt');
    await insertMatcher(c.env.DB, id, b);
    return c.json(matcherJson(await requireMatcher(c.env.DB, id)), 201);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/matchers',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List matchers',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(AdminMatcherSchema, 'AdminMatcherList'), 'Matchers'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    return c.json({ items: (await listMatchers(c.env.DB, org)).map(matcherJson) }, 200);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/matchers/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Update a matcher',
    request: { params: idParam('id'), body: jsonBody(MatcherPatch) },
    responses: { 200: jsonOk(AdminMatcherSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await updateMatcher(c.env.DB, id, c.req.valid('json'));
    return c.json(matcherJson(await requireMatcher(c.env.DB, id)), 200);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/match-funds',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Commit a matching fund to campaigns',
    request: { body: jsonBody(MatchFundCreate) },
    responses: { 201: jsonOk(AdminMatchFundSchema, 'Committed'), ...problems(400, 401, 403, 404, 409, 422) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    const db = c.env.DB;
    const matcher = await requireMatcher(db, b.matcherId);
    const campaignIds = await assertCampaignsOf(db, matcher.org_id, b.campaignIds);
    const id = b.id ?? newId('mf');
    await db.batch([insertFund(db, id, b), ...fundLinks(db, id, campaignIds).slice(1)]);
    return c.json(fundJson(await requireFund(db, id)), 201);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/match-funds',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List matching funds (what each has matched)',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(AdminMatchFundSchema, 'AdminMatchFundList'), 'Funds'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    return c.json({ items: (await listFunds(c.env.DB, org)).map(fundJson) }, 200);
  },
);

adminMatchingRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/match-funds/{id}',
    tags,
    security: ADMIN_SECURITY,
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
    if (endsAt <= startsAt)
      throw new ProblemError(400, 'validation_failed', 'endsAt is before startsAt', [
        { path: 'endsAt', message: 'Must be after startsAt' },
      ]);
    if (b.totalCap !== undefined && b.totalCap < fund.matched_amount) {
      throw new ProblemError(
        409,
        'invalid_transition',
        `The fund has matched ${fund.matched_amount} already; its cap cannot be lower`,
      );
    }
    const writes: D1PreparedStatement[] = [];
    const update = fundPatch(db, id, { ...b, startsAt, endsAt });
    if (b.campaignIds) writes.push(...fundLinks(db, id, await assertCampaignsOf(db, fund.org_id, b.campaignIds)));
    // The fund's own row last: the audit trail's "changes" look at the batch's last statement.
    if (update) writes.push(update);
    if (writes.length) await db.batch(writes);
    return c.json(fundJson(await requireFund(db, id)), 200);
  },
);
