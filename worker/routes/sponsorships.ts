// POST /lunch/{school}/sponsorships: sponsor meals, or school days for the whole school. A
// sponsorship is a pledge (a pending donation) to the school's campaign plus a note of what it
// bought, written in one idempotent batch: the same origin, key, size and rate rules as any public
// write, and staff confirm or cancel it like any donation (/admin/donations/{id}/confirm|cancel).
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { hotRow } from '../cache/hot-rows';
import { pendingTags, schoolTag } from '../cache/tags';
import { projectOfCampaign } from '../db/campaigns';
import { costsOf, insertSponsorship, requireSchool } from '../db/lunch';
import { donorMealPrice } from '../lunch/school-calendar';
import type { Env } from '../env';
import { isCampaignNotOpen, ProblemError } from '../lib/problem';
import { idempotentBatch, publicWrite } from '../middleware/public-write';
import { paymentSettingsOf } from '../payments/choice';
import { openPledge } from '../payments/pledge';
import { IdempotencyHeaders, idParam, jsonBody, jsonOk, problems } from '../schemas/common';
import { SponsorshipInputSchema, SponsorshipSchema } from '../schemas/lunch';
import { router } from './factory';
import { assertPublicSchool } from '../read-models/visibility';
import { assertAcceptsGifts } from '../giving/recipient';

export const sponsorshipRoutes = router();

const MAX_AMOUNT = 10_000_000_000;

// The origin check and the handler both need the school: read it once per request.
const schoolOfRequest = new WeakMap<Request, ReturnType<typeof requireSchool>>();
const schoolOf = (c: Context<Env>) => {
  let school = schoolOfRequest.get(c.req.raw);
  if (!school) {
    const id = c.req.param('school') ?? '';
    schoolOfRequest.set(c.req.raw, (school = hotRow(`school:${id}`, () => requireSchool(c.env.DB, id))));
  }
  return school;
};

/** A sponsorship is pending money of the school's campaign: that campaign, its project, the school. */
async function pendingTagsOfSchool(c: Context<Env>, school: { id: string; campaign_id: string }) {
  const row = await hotRow(`campaign-project:${school.campaign_id}`, () =>
    projectOfCampaign(c.env.DB, school.campaign_id),
  );
  return row
    ? pendingTags({ campaignId: school.campaign_id, projectId: row.project_id, schoolId: school.id })
    : [schoolTag(school.id)];
}

sponsorshipRoutes.use(
  '/lunch/:school/sponsorships',
  ...publicWrite(
    async (c) => (await schoolOf(c)).org_id,
    async (c) => pendingTagsOfSchool(c, await schoolOf(c)),
  ),
);

const schoolClosed = () => new ProblemError(409, 'campaign_closed', 'This school is not accepting sponsorships');

const sponsor = createRoute({
  method: 'post',
  path: '/lunch/{school}/sponsorships',
  tags: ['Public'],
  summary: 'Sponsor meals or school days (pending until confirmed)',
  description:
    'Give exactly one of `meals` (amount = meals × donorMealPrice) or `days` (amount = days × childrenCount × donorMealPrice); ' +
    "donorMealPrice is mealPrice less a co-funder's part of each meal. " +
    'Same rules as a donation: registered Origin, Idempotency-Key, body ≤ 16 KiB, rate limit; a retry replays the first answer. ' +
    'The answer `id` is a donation id: staff confirm or cancel it with `/admin/donations/{id}/confirm|cancel`; ' +
    "with an online provider (the school campaign's) a verified payment callback confirms it.",
  request: { params: idParam('school'), headers: IdempotencyHeaders, body: jsonBody(SponsorshipInputSchema) },
  responses: {
    201: jsonOk(SponsorshipSchema, 'Sponsorship recorded (or replayed)'),
    ...problems(400, 403, 404, 409, 413, 422, 429, 502, 503),
  },
});

sponsorshipRoutes.openapi(sponsor, async (c) => {
  const input = c.req.valid('json');
  const school = await schoolOf(c);
  assertPublicSchool(school, school.id);
  assertAcceptsGifts({ ...school, status: school.campaign_status }, schoolClosed);
  const days = input.days ?? null;
  const meals = days === null ? input.meals! : days * school.children_count;
  // A co-funder's part of each meal is not the donor's to pay.
  const amount = meals * donorMealPrice(costsOf(school));
  if (amount > MAX_AMOUNT) {
    throw new ProblemError(400, 'validation_failed', 'The amount would exceed 10^10 minor units', [
      { path: days === null ? 'meals' : 'days', message: 'Too many for one sponsorship' },
    ]);
  }
  const {
    id,
    payment,
    writes: donation,
  } = await openPledge(
    c,
    {
      ...input,
      campaignId: school.campaign_id,
      amount,
      currency: school.currency,
      description: `${school.name} 免费午餐`,
    },
    paymentSettingsOf(school),
  );
  const bought = insertSponsorship(c.env.DB, id, school.id, meals, days);
  const body = {
    id,
    status: 'pending' as const,
    meals,
    days,
    amount,
    currency: school.currency,
    payment,
  };
  try {
    return await idempotentBatch(c, [...donation, bought], body, 201);
  } catch (e) {
    if (isCampaignNotOpen(e)) throw schoolClosed();
    throw e;
  }
});
