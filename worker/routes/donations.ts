// POST /campaigns/{id}/donations: a pledge. It counts as pending until staff (or later a payment
// callback) confirm it; the answer tells the donor how to pay and which reference to quote.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireCampaign } from '../db/queries';
import type { Env } from '../env';
import { newId, paymentReference } from '../lib/ids';
import { ProblemError } from '../lib/problem';
import { nowIso } from '../lib/time';
import { idempotentBatch, publicWrite } from '../middleware/public-write';
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

donationRoutes.use('/campaigns/:id/donations', ...publicWrite(campaignOrg));

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
  responses: { 201: jsonOk(PledgeSchema, 'Pledge recorded (or replayed)'), ...problems(400, 403, 404, 409, 413, 422, 429) },
});

export const instructionsFor = (custom: string | null, reference: string) =>
  (custom ? `${custom}\n` : '请通过银行转账或到机构现场完成捐赠，') + `并在附言中注明参考号 ${reference}。工作人员确认到账后，金额计入已筹款。`;

donationRoutes.openapi(pledge, async (c) => {
  const { id: campaignId } = c.req.valid('param');
  const input = c.req.valid('json');
  const campaign = await campaignOf(c);
  if (campaign.status !== 'open' || (campaign.ends_at && Date.parse(campaign.ends_at) < Date.now())) {
    throw new ProblemError(409, 'campaign_closed', 'This campaign is not accepting pledges');
  }
  const id = newId('dn');
  const reference = paymentReference();
  const insert = c.env.DB.prepare(
    `INSERT INTO donations (id, campaign_id, amount, currency, name, anonymous, message, contact, channel, reference, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'offline', ?, 'pending', ?)`,
  ).bind(id, campaignId, input.amount, campaign.currency, input.name || null, input.anonymous ? 1 : 0,
    input.message || null, input.contact || null, reference, nowIso());
  const body = {
    id,
    status: 'pending' as const,
    amount: input.amount,
    currency: campaign.currency,
    payment: { method: 'offline' as const, instructions: instructionsFor(campaign.payment_instructions, reference), reference },
  };
  return idempotentBatch(c, [insert], body, 201);
});
