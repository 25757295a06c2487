// POST /campaigns/{id}/donations: a pledge. It counts as pending until staff (offline) or a
// verified payment callback (WeChat Pay, Stripe) confirm it; the answer tells the donor how to pay.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { hotRow } from '../cache/hot-rows';
import { pendingTags } from '../cache/tags';
import { requireCampaign } from '../db/queries';
import type { Env } from '../env';
import { isCampaignNotOpen, ProblemError } from '../lib/problem';
import { idempotentBatch, publicWrite } from '../middleware/public-write';
import { paymentSettingsOf } from '../payments/choice';
import { openPledge } from '../payments/pledge';
import { donorToken } from '../giving/donor-link';
import { publicOrigin } from '../lib/public-origin';
import { assertPublicCampaign } from '../read-models/visibility';
import { assertAcceptsGifts } from '../giving/recipient';
import { IdempotencyHeaders, idParam, jsonBody, jsonOk, problems } from '../schemas/common';
import { DonationInputSchema, PledgeSchema } from '../schemas/donations';
import { router } from './factory';

export const donationRoutes = router();

// The origin check and the handler both need the campaign: read it once per request.
const campaignOfRequest = new WeakMap<Request, ReturnType<typeof requireCampaign>>();
const campaignOf = (c: Context<Env>) => {
  let campaign = campaignOfRequest.get(c.req.raw);
  if (!campaign) {
    const id = c.req.param('id') ?? '';
    campaignOfRequest.set(c.req.raw, (campaign = hotRow(`campaign:${id}`, () => requireCampaign(c.env.DB, id))));
  }
  return campaign;
};
const campaignOrg = async (c: Context<Env>) => (await campaignOf(c)).org_id ?? '';

const campaignAffects = async (c: Context<Env>) => {
  const r = await campaignOf(c);
  return pendingTags({ campaignId: r.id, projectId: r.project_id, schoolId: r.school_id });
};

// An offline pledge writes nothing outside its batch, so a repeated key is found by the batch
// itself (one D1 round trip); an online one asks the provider first, so it looks the key up first.
const asksProviderFirst = async (c: Context<Env>) => paymentSettingsOf(await campaignOf(c)).provider !== 'offline';

donationRoutes.use('/campaigns/:id/donations', ...publicWrite(campaignOrg, campaignAffects, asksProviderFirst));

const campaignClosed = () => new ProblemError(409, 'campaign_closed', 'This campaign is not accepting pledges');

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
    201: jsonOk(
      PledgeSchema,
      'Pledge recorded (or replayed); `payment` follows the provider of the campaign or its organisation',
    ),
    ...problems(400, 403, 404, 409, 413, 422, 429, 502, 503),
  },
});

donationRoutes.openapi(pledge, async (c) => {
  const { id: campaignId } = c.req.valid('param');
  const input = c.req.valid('json');
  const campaign = await campaignOf(c);
  assertPublicCampaign(campaign, campaignId);
  assertAcceptsGifts(campaign, campaignClosed);
  const monthly = input.frequency === 'monthly';
  if (monthly && !campaign.monthly_allowed) {
    throw new ProblemError(422, 'validation_failed', 'This campaign takes no monthly gifts', [
      { path: 'frequency', message: 'Use "once"' },
    ]);
  }
  const { id, planId, payment, writes } = await openPledge(
    c,
    { ...input, monthly, campaignId, currency: campaign.currency, description: campaign.title },
    paymentSettingsOf(campaign),
  );
  const token = await donorToken(c.env, id);
  const body = {
    id,
    status: 'pending' as const,
    amount: input.amount,
    currency: campaign.currency,
    payment,
    frequency: monthly ? ('monthly' as const) : ('once' as const),
    ...(planId ? { planId } : {}),
    donorUrl: token ? `${publicOrigin(c.env, c.req.url)}/donor/${token}` : null,
  };
  try {
    return await idempotentBatch(c, writes, body, 201);
  } catch (e) {
    // The status above may be a few seconds old (hot-rows.ts); the database's trigger is not.
    if (isCampaignNotOpen(e)) throw campaignClosed();
    throw e;
  }
});
