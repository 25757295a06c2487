// Payment provider callbacks (WeChat Pay notify, Stripe webhook) and the donor's status poll.
// A callback is verified first (signature, timestamp), then settled in one D1 batch; every
// delivery — refused ones too — leaves a row in the payment_events ledger for staff.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { purgeCampaign, purgeDonation } from '../cache/purge';
import type { Env } from '../env';
import { retryStatus } from '../payments/callback-reply';
import { stripeConfig, wechatPayConfig } from '../payments/config';
import {
  isRefusal,
  isSubscriptionEvent,
  type CallbackEvent,
  type LedgerOutcome,
  type SubscriptionEvent,
} from '../payments/events';
import { settleSubscriptionEvent, startPlanOfFirstInvoice } from '../payments/monthly';
import { stopPlansWhereGiftsStopped } from '../payments/plan-stops';
import type { OnlineProviderName } from '../payments/provider';
import { CHANGED_A_DONATION, recordRefusal, settleEvent } from '../payments/settle';
import { readDonationStatus } from '../payments/status';
import { readStripeWebhook } from '../payments/stripe-webhook';
import { readWechatPayNotification } from '../payments/wechatpay-notify';
import { idParam, jsonOk, problems } from '../schemas/common';
import { DonationStatusSchema } from '../schemas/donations';
import { router } from './factory';

export const paymentRoutes = router();

paymentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/donations/{id}',
    tags: ['Public'],
    summary: "A donation's payment status (the donor's poll)",
    description:
      'For the page that pledged: `pending` until paid (or confirmed by staff), then `confirmed`; `expired` when an online payment ' +
      'window closed unpaid. Never cached; no name or contact. Donation ids are random and unguessable.',
    request: { params: idParam('id') },
    responses: { 200: jsonOk(DonationStatusSchema, 'Status'), ...problems(404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    c.header('Cache-Control', 'no-store');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json(await readDonationStatus(c.env.DB, id, (campaignId) => purgeCampaign(c, campaignId)), 200);
  },
);

/** Settles a verified event; when it moved a donation, readers see the new figures at once. */
async function settle(
  c: Context<Env>,
  provider: OnlineProviderName,
  event: CallbackEvent | SubscriptionEvent,
): Promise<LedgerOutcome> {
  if (isSubscriptionEvent(event)) {
    const { outcome, campaignId } = await settleSubscriptionEvent(c.env.DB, event);
    if (campaignId) await purgeCampaign(c, campaignId); // a renewal's money, or the monthly donors count
    await stopPlans(c);
    return outcome;
  }
  const { outcome, donationId } = await settleEvent(c.env.DB, provider, event);
  // A monthly plan's first invoice also names the plan's subscription (whichever of it and checkout comes first).
  if (event.plan && (outcome === 'applied' || outcome === 'duplicate'))
    await startPlanOfFirstInvoice(c.env.DB, event.plan);
  if (donationId && CHANGED_A_DONATION.includes(outcome)) await purgeDonation(c, donationId);
  if (event.plan) await stopPlans(c);
  return outcome;
}

/**
 * A plan's subscription event may find its campaign no longer taking gifts (a filing that lapsed
 * at midnight, before the cron), or a plan that ended before it learnt its subscription: end such
 * plans now and cancel their subscriptions in the background (payments/plan-stops.ts).
 */
async function stopPlans(c: Context<Env>): Promise<void> {
  const ended = await stopPlansWhereGiftsStopped(c.env, c.env.DB, (work) => c.executionCtx.waitUntil(work));
  for (const campaignId of ended) await purgeCampaign(c, campaignId);
}

const CallbackAnswer = { description: 'Delivery refused: the provider should send it again' };
const NotConfigured = { description: 'This provider is not configured on this service' };

paymentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/payments/wechatpay/notify',
    tags: ['Payments'],
    summary: 'WeChat Pay API v3 notification (TRANSACTION.SUCCESS, REFUND.SUCCESS)',
    description:
      'Signed with the platform certificate (Wechatpay-Signature/-Timestamp/-Nonce/-Serial); resource AES-256-GCM encrypted. ' +
      '204 when recorded (applied or not); 4xx `{code:"FAIL"}` when WeChat should retry.',
    responses: {
      204: { description: 'Recorded' },
      400: CallbackAnswer,
      401: CallbackAnswer,
      404: NotConfigured,
      409: CallbackAnswer,
    },
  }),
  async (c) => {
    const cfg = wechatPayConfig(c.env);
    // No such endpoint on this deployment: a client error (404), not an outage (5xx are ours).
    if (!cfg) return c.json({ code: 'FAIL', message: 'WeChat Pay is not configured on this service' }, 404);
    const body = await c.req.text();
    const read = await readWechatPayNotification(cfg, c.req.raw.headers, body);
    const outcome: LedgerOutcome = isRefusal(read)
      ? await recordRefusal(c.env.DB, 'wechatpay', read)
      : await settle(c, 'wechatpay', read);
    const retry = retryStatus(outcome);
    if (retry) return c.json({ code: 'FAIL', message: outcome }, retry);
    return c.body(null, 204);
  },
);

paymentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/payments/stripe/webhook',
    tags: ['Payments'],
    summary:
      'Stripe webhook (checkout.session.completed / .expired, charge.refunded; invoice.paid / .payment_failed, customer.subscription.deleted for monthly gifts)',
    description:
      'Verified by Stripe-Signature (HMAC-SHA256 of "t.body", 300 s tolerance). 200 when recorded; 4xx when Stripe should retry.',
    responses: {
      200: jsonOk(z.object({ received: z.boolean(), outcome: z.string() }), 'Recorded'),
      400: CallbackAnswer,
      401: CallbackAnswer,
      404: NotConfigured,
      409: CallbackAnswer,
    },
  }),
  async (c) => {
    const cfg = stripeConfig(c.env);
    if (!cfg) return c.json({ received: false, outcome: 'not_configured' }, 404);
    const body = await c.req.text();
    const read = await readStripeWebhook(cfg, c.req.header('Stripe-Signature') ?? null, body);
    const outcome = isRefusal(read) ? await recordRefusal(c.env.DB, 'stripe', read) : await settle(c, 'stripe', read);
    // A refund is matched by the payment_intent we learn from checkout.session.completed, and Stripe
    // does not promise that order: a refund of an intent we do not know yet is asked again later.
    const refundTooEarly = !isRefusal(read) && read.kind === 'refunded' && outcome === 'unknown_order';
    const retry = refundTooEarly ? 409 : retryStatus(outcome);
    return c.json({ received: retry === null, outcome }, retry ?? 200);
  },
);
