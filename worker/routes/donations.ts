// POST /campaigns/{id}/donations: a pledge. It counts as pending until staff (offline) or a
// verified payment callback (WeChat Pay, Stripe) confirm it; the answer tells the donor how to pay.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { campaignTags } from '../cache/tags';
import { requireCampaign } from '../db/queries';
import type { Env } from '../env';
import { ProblemError } from '../lib/problem';
import { idempotentBatch, publicWrite } from '../middleware/public-write';
import { paymentSettingsOf } from '../payments/choice';
import { openPledge } from '../payments/pledge';
import { IdempotencyHeaders, idParam, jsonBody, jsonOk, problems } from '../schemas/common';
import { DonationInputSchema, PledgeSchema } from '../schemas/donations';
import { router } from './factory';

export const donationRoutes = router();

// The origin check and the handler both need the campaign: read it once per request.
const campaignOfRequest = new WeakMap<Request, ReturnType<typeof requireCampaign>>();
const campaignOf = (c: Context<Env>) => {
  let campaign = campaignOfRequest.get(c.req.raw);
  if (!campaign) campaignOfRequest.set(c.req.raw, (campaign = requireCampaign(c.env.DB, c.req.param('id') ?? '')));
  return campaign;
};
const campaignOrg = async (c: Context<Env>) => (await campaignOf(c)).org_id ?? '';

const campaignAffects = async (c: Context<Env>) => {
  const r = await campaignOf(c);
  return campaignTags({ campaignId: r.id, projectId: r.project_id, orgId: r.org_id ?? '', schoolId: r.school_id });
};

donationRoutes.use('/campaigns/:id/donations', ...publicWrite(campaignOrg, campaignAffects));

const pledge = createRoute({
  method: 'post',
  path: '/campaigns/{id}/donations',
  tags: ['Public'],
  summary: 'Pledge a donation (pending until confirmed)',
  description:
    'Needs an Origin registered for the organisation, an Idempotency-Key header, a body ≤ 16 KiB; rate-limited per client. ' +
    'A retry with the same key and body replays the first answer with `Idempotent-Replayed: true`.',
  request: {
    params: idParam('id'),
    headers: IdempotencyHeaders,
    body: jsonBody(DonationInputSchema),
  },
  responses: {
    201: jsonOk(PledgeSchema, 'Pledge recorded (or replayed); `payment` follows the provider of the campaign or its organisation'),
    ...problems(400, 403, 404, 409, 413, 422, 429, 502, 503),
  },
});

donationRoutes.openapi(pledge, async (c) => {
  const { id: campaignId } = c.req.valid('param');
  const input = c.req.valid('json');
  const campaign = await campaignOf(c);
  if (campaign.status !== 'open' || (campaign.ends_at && Date.parse(campaign.ends_at) < Date.now())) {
    throw new ProblemError(409, 'campaign_closed', 'This campaign is not accepting pledges');
  }
  const { id, payment, insert } = await openPledge(
    c,
    { ...input, campaignId, currency: campaign.currency, description: campaign.title },
    paymentSettingsOf(campaign),
  );
  const body = { id, status: 'pending' as const, amount: input.amount, currency: campaign.currency, payment };
  return idempotentBatch(c, [insert], body, 201);
});
