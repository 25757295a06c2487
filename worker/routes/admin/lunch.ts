// Admin: free-lunch schools. A school is funded by one campaign of its organisation: staff pass an
// existing `campaignId`, or a project (category meals) and campaign are created with the school in
// the same batch. Sponsorships are donations: confirm/cancel them at /admin/donations/{id}/…
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { idTaken } from '../../db/id-taken';
import {
  adminSchoolJson,
  insertSchool,
  listSchools,
  listSponsorships,
  newSchoolProjectAndCampaign,
  requireSchool,
  schoolOfCampaign,
  updateSchool,
} from '../../db/lunch';
import { requireCampaign, requireOrg } from '../../db/queries';
import type { Env } from '../../env';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { costBetween, dayNumber, isoDate } from '../../lunch/school-calendar';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { listOf, OrgFilter } from '../../schemas/admin';
import { DONATION_STATUSES, idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import {
  AdminLunchSchoolSchema,
  AdminSponsorshipSchema,
  LunchSchoolCreate,
  LunchSchoolPatch,
} from '../../schemas/lunch';
import { ADMIN_SECURITY, router } from '../factory';

export const adminLunchRoutes = router();
const tags = ['Admin: lunch schools'];

/** The school, if the caller's token may act on it. */
export async function ownedSchool(c: Context<Env>, id: string) {
  const school = await requireSchool(c.env.DB, id);
  assertOrgAccess(c, school.org_id);
  return school;
}

/** The created campaign's default goal: what the donors' part of the first year costs (at least 1 fen). */
function firstYearCost(b: z.infer<typeof LunchSchoolCreate>): number {
  const cal = { startsOn: b.startsOn, daysPerWeek: b.schoolDaysPerWeek, closures: [] };
  const costs = {
    childrenCount: b.childrenCount,
    mealPrice: b.mealPrice,
    monthlyFixedCost: b.monthlyFixedCost,
    coFundedPerMeal: b.coFundedPerMeal,
    coFundedMonthly: b.coFundedMonthly,
  };
  return Math.min(
    Math.max(costBetween(cal, costs, b.startsOn, isoDate(dayNumber(b.startsOn) + 364)), 1),
    1_000_000_000_000,
  );
}

adminLunchRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/lunch',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Create a lunch school (and its campaign)',
    request: { body: jsonBody(LunchSchoolCreate) },
    responses: { 201: jsonOk(AdminLunchSchoolSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    const db = c.env.DB;
    await requireOrg(db, b.orgId);
    assertOrgAccess(c, b.orgId);
    const id = b.id ?? newId('ls');
    if (await idTaken(db, 'lunch_schools', id))
      throw new ProblemError(409, 'already_exists', `Lunch school "${id}" already exists`);
    const writes: D1PreparedStatement[] = [];
    let campaignId = b.campaignId;
    if (campaignId) {
      const campaign = await requireCampaign(db, campaignId);
      if (campaign.org_id !== b.orgId)
        throw new ProblemError(403, 'forbidden', 'The campaign belongs to another organisation');
      const taken = await schoolOfCampaign(db, campaignId);
      if (taken)
        throw new ProblemError(
          409,
          'already_exists',
          `Campaign "${campaignId}" already funds lunch school "${taken.id}"`,
        );
    } else {
      // Readable ids where they are free: school "gaoping" → project and campaign "gaoping-lunch".
      const readable = `${id}-lunch`.slice(0, 64);
      const free = !(await idTaken(db, 'projects', readable)) && !(await idTaken(db, 'campaigns', readable));
      const projectId = free ? readable : newId('pj');
      campaignId = free ? readable : newId('cp');
      writes.push(...newSchoolProjectAndCampaign(db, { projectId, campaignId }, b, b.goalAmount ?? firstYearCost(b)));
    }
    writes.push(insertSchool(db, id, campaignId, b));
    await db.batch(writes); // one transaction: never a campaign without its school
    return c.json(adminSchoolJson(await requireSchool(db, id)), 201);
  },
);

adminLunchRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/lunch',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List lunch schools',
    request: { query: OrgFilter },
    responses: {
      200: jsonOk(listOf(AdminLunchSchoolSchema, 'AdminLunchSchoolList'), 'Schools'),
      ...problems(401, 403),
    },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    return c.json({ items: (await listSchools(c.env.DB, org)).map(adminSchoolJson) }, 200);
  },
);

adminLunchRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/lunch/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'A lunch school',
    request: { params: idParam('id') },
    responses: { 200: jsonOk(AdminLunchSchoolSchema, 'The school'), ...problems(401, 403, 404) },
  }),
  async (c) => c.json(adminSchoolJson(await ownedSchool(c, c.req.valid('param').id)), 200),
);

adminLunchRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/lunch/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Update a lunch school (costs, calendar, texts)',
    request: { params: idParam('id'), body: jsonBody(LunchSchoolPatch) },
    responses: { 200: jsonOk(AdminLunchSchoolSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await ownedSchool(c, id);
    await updateSchool(c.env.DB, id, c.req.valid('json'));
    return c.json(adminSchoolJson(await requireSchool(c.env.DB, id)), 200);
  },
);

adminLunchRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/lunch/{id}/sponsorships',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Sponsorships of a school (newest first, includes contact)',
    request: {
      params: idParam('id'),
      query: z.object({ status: z.enum(DONATION_STATUSES).optional() }),
    },
    responses: {
      200: jsonOk(listOf(AdminSponsorshipSchema, 'AdminLunchSponsorshipList'), 'Sponsorships'),
      ...problems(400, 401, 403, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await ownedSchool(c, id);
    const status = c.req.valid('query').status;
    const results = await listSponsorships(c.env.DB, id, status);
    return c.json(
      {
        items: results.map((r) => ({
          id: r.donation_id,
          schoolId: r.school_id,
          campaignId: r.campaign_id,
          meals: r.meals,
          days: r.days,
          amount: r.amount,
          currency: r.currency,
          name: r.name,
          anonymous: r.anonymous === 1,
          message: r.message,
          contact: r.contact,
          reference: r.reference,
          status: r.status,
          createdAt: r.created_at,
          confirmedAt: r.confirmed_at,
        })),
      },
      200,
    );
  },
);
