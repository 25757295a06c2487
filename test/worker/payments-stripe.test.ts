// Stripe Checkout inside workerd: the session request (form fields, Bearer key, Idempotency-Key,
// success/cancel URLs back to the host page), and every webhook case — paid, twice, out of order,
// expired, unknown, wrong amount/currency, bad signature, stale — settled once or only recorded.
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkoutSession,
  refundedCharge,
  STRIPE_TEST_SECRETS,
  stripeEvent,
  stripeWebhookHeaders,
} from '../payments/stripe-fixture';
import {
  bindingsWith,
  json,
  latestEvents,
  ledger,
  postPledge,
  send,
  setProvider,
  standIn,
} from '../payments/worker-harness';
import { campaignRow, count, makeCampaign, SITE } from './helpers';

const HOST = 'stripe.test';
const bindings = bindingsWith({ ...STRIPE_TEST_SECRETS, STRIPE_API_BASE: `https://${HOST}` });
let stand: ReturnType<typeof standIn> | undefined;
afterEach(() => stand?.restore());

function stripeStandIn() {
  return standIn(HOST, (call) => {
    if (call.headers.get('Authorization') !== `Bearer ${STRIPE_TEST_SECRETS.STRIPE_SECRET_KEY}`)
      return json({ error: { message: 'Invalid API Key' } }, 401);
    const form = new URLSearchParams(call.body);
    const id = `cs_test_${form.get('client_reference_id')}`;
    return json({ id, object: 'checkout.session', url: `https://checkout.stripe.test/c/pay/${id}` });
  });
}

async function stripeCampaign() {
  const c = await makeCampaign();
  await setProvider(c.orgId, 'stripe');
  return c;
}

async function pledgeOnline(
  campaignId: string,
  amount = 5000,
  returnUrl = `${SITE}/news/2026/lunch.html?from=home#give`,
) {
  stand = stripeStandIn();
  const res = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount, returnUrl });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  stand.restore();
  return JSON.parse(text) as { id: string; payment: { method: string; checkoutUrl: string; expiresAt: string } };
}

async function webhook(
  type: string,
  object: Record<string, unknown>,
  o: { t?: number; secret?: string; id?: string } = {},
) {
  const body = stripeEvent(type, object, o.id);
  const headers = await stripeWebhookHeaders(body, o.secret, o.t);
  const deliver = () => send(bindings, '/api/v1/payments/stripe/webhook', { method: 'POST', headers, body });
  return { res: await deliver(), deliver };
}

const paid = (id: string, amount: number, extra: Partial<Parameters<typeof checkoutSession>[0]> = {}) =>
  checkoutSession({ sessionId: `cs_test_${id}`, donationId: id, amount, paymentIntent: `pi_${id}`, ...extra });
const status = async (id: string) => (await (await send(bindings, `/api/v1/donations/${id}`)).json<any>()).status;

describe('Stripe Checkout Session', () => {
  it('is created form-encoded with the secret key, the donation id as Idempotency-Key, and URLs back to the host page', async () => {
    const { campaignId } = await stripeCampaign();
    stand = stripeStandIn();
    const res = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, {
      amount: 6600,
      returnUrl: `${SITE}/a/page.html?x=1`,
    });
    const pledge = await res.json<any>();
    expect(res.status).toBe(201);
    expect(pledge.payment).toEqual({
      method: 'stripe',
      reference: expect.stringMatching(/^GY-/),
      checkoutUrl: `https://checkout.stripe.test/c/pay/cs_test_${pledge.id}`,
      expiresAt: expect.any(String),
    });
    const [call] = stand.calls;
    expect(call!.url.pathname).toBe('/v1/checkout/sessions');
    expect(call!.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(call!.headers.get('Idempotency-Key')).toBe(pledge.id);
    const form = Object.fromEntries(new URLSearchParams(call!.body));
    expect(form).toMatchObject({
      mode: 'payment',
      'line_items[0][price_data][currency]': 'cny',
      'line_items[0][price_data][unit_amount]': '6600',
      'line_items[0][price_data][product_data][name]': '测试募捐',
      'line_items[0][quantity]': '1',
      client_reference_id: pledge.id,
      'metadata[donation_id]': pledge.id,
      success_url: `${SITE}/a/page.html?x=1&gongyi_donation=${pledge.id}&gongyi_payment=success`,
      cancel_url: `${SITE}/a/page.html?x=1&gongyi_donation=${pledge.id}&gongyi_payment=cancelled`,
    });
    expect(Number(form.expires_at) - Date.now() / 1000).toBeGreaterThanOrEqual(30 * 60);
    expect(Date.parse(pledge.payment.expiresAt) / 1000).toBe(Number(form.expires_at));
  });

  it('refuses a returnUrl on another origin (400 returnUrl) before calling Stripe, and writes nothing', async () => {
    const { campaignId } = await stripeCampaign();
    stand = stripeStandIn();
    const res = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, {
      amount: 100,
      returnUrl: 'https://evil.example/x',
    });
    expect(res.status).toBe(400);
    expect((await res.json<any>()).errors).toEqual([{ path: 'returnUrl', message: expect.any(String) }]);
    expect(stand.calls).toHaveLength(0);
    expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(0);
  });
});

describe('Stripe webhook', () => {
  it('checkout.session.completed (paid) confirms once; delivered twice changes nothing more', async () => {
    const { campaignId } = await stripeCampaign();
    const { id } = await pledgeOnline(campaignId, 5000);
    const { res, deliver } = await webhook('checkout.session.completed', paid(id, 5000));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, outcome: 'applied' });
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 5000, pending_amount: 0, donor_count: 1 });
    expect((await deliver()).status).toBe(200);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 5000, pending_amount: 0, donor_count: 1 });
    expect(await ledger(id)).toEqual(['applied', 'duplicate']);
    expect(await status(id)).toBe('confirmed');
  });

  it('charge.refunded (matched by the payment_intent recorded at completion) moves the totals back once', async () => {
    const { campaignId } = await stripeCampaign();
    const { id } = await pledgeOnline(campaignId, 2500);
    await webhook('checkout.session.completed', paid(id, 2500, { paymentIntent: 'pi_refund_me' }));
    const { res, deliver } = await webhook(
      'charge.refunded',
      refundedCharge({ paymentIntent: 'pi_refund_me', amountRefunded: 2500 }),
    );
    expect(res.status).toBe(200);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
    await deliver();
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
    expect(await ledger(id)).toEqual(['applied', 'refund_applied', 'duplicate']);
    expect(await status(id)).toBe('refunded');
  });

  it('a partial refund is not a refund of the donation: amount_mismatch, totals unchanged', async () => {
    const { campaignId } = await stripeCampaign();
    const { id } = await pledgeOnline(campaignId, 2500);
    await webhook('checkout.session.completed', paid(id, 2500, { paymentIntent: `pi_part_${id}` }));
    await webhook('charge.refunded', refundedCharge({ paymentIntent: `pi_part_${id}`, amountRefunded: 1000 }));
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 2500, pending_amount: 0, donor_count: 1 });
    expect(await ledger(id)).toEqual(['applied', 'amount_mismatch']);
  });

  it('out of order: a refund before its payment changes nothing and asks Stripe to retry (409); it applies after the payment', async () => {
    const { campaignId } = await stripeCampaign();
    const { id } = await pledgeOnline(campaignId, 1200);
    const refund = await webhook(
      'charge.refunded',
      refundedCharge({ paymentIntent: `pi_${id}`, amountRefunded: 1200 }),
    );
    expect(refund.res.status).toBe(409);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 1200, donor_count: 0 });
    expect((await latestEvents('stripe'))[0]).toMatchObject({ outcome: 'unknown_order', donation_id: null });
    // The payment then arrives and applies; Stripe's retry of the refund then applies too.
    await webhook('checkout.session.completed', paid(id, 1200));
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 1200, pending_amount: 0, donor_count: 1 });
    await refund.deliver();
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
  });

  it('checkout.session.expired cancels the pledge (poll: expired); a payment after that is late and counts nothing', async () => {
    const { campaignId } = await stripeCampaign();
    const { id } = await pledgeOnline(campaignId, 3300);
    expect(
      (await webhook('checkout.session.expired', { ...paid(id, 3300), payment_status: 'unpaid', status: 'expired' }))
        .res.status,
    ).toBe(200);
    expect(await status(id)).toBe('expired');
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
    await webhook('checkout.session.completed', paid(id, 3300));
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
    expect(await ledger(id)).toEqual(['expiry_applied', 'late']);
  });

  it.each([
    ['wrong amount', 'amount_mismatch', (id: string) => paid(id, 4000)],
    ['wrong currency', 'currency_mismatch', (id: string) => paid(id, 5000, { currency: 'usd' })],
    ['not paid yet (async payment method)', 'ignored', (id: string) => paid(id, 5000, { paid: false })],
  ])('%s: recorded as %s, the donation stays pending and the totals unchanged', async (_, outcome, object) => {
    const { campaignId } = await stripeCampaign();
    const { id } = await pledgeOnline(campaignId, 5000);
    expect((await webhook('checkout.session.completed', object(id))).res.status).toBe(200);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 5000, donor_count: 0 });
    expect(await ledger(id)).toEqual([outcome]);
    expect(await status(id)).toBe('pending');
  });

  it('unknown order: recorded, nothing changes', async () => {
    const { res } = await webhook('checkout.session.completed', paid('dn_nosuchdonation', 100));
    expect(res.status).toBe(200);
    expect((await latestEvents('stripe'))[0]).toMatchObject({
      outcome: 'unknown_order',
      order_ref: 'cs_test_dn_nosuchdonation',
    });
  });

  it.each([
    ['wrong secret', 'bad_signature', { secret: 'whsec_forged' }],
    ['stale timestamp (301 s old)', 'stale_timestamp', { t: Math.floor(Date.now() / 1000) - 301 }],
  ])('%s: %s, 4xx so Stripe retries, recorded, totals unchanged', async (_, outcome, o) => {
    const { campaignId } = await stripeCampaign();
    const { id } = await pledgeOnline(campaignId, 5000);
    const { res } = await webhook('checkout.session.completed', paid(id, 5000), o);
    expect(res.status).toBe(outcome === 'bad_signature' ? 401 : 400);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 5000, donor_count: 0 });
    expect((await latestEvents('stripe'))[0]).toMatchObject({ outcome, event_id: null });
  });

  it('a tampered body does not verify', async () => {
    const { campaignId } = await stripeCampaign();
    const { id } = await pledgeOnline(campaignId, 5000);
    const body = stripeEvent('checkout.session.completed', paid(id, 5000));
    const headers = await stripeWebhookHeaders(body);
    const res = await send(bindings, '/api/v1/payments/stripe/webhook', {
      method: 'POST',
      headers,
      body: body.replace('5000', '50'),
    });
    expect(res.status).toBe(401);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 5000, donor_count: 0 });
    expect(await env.DB.prepare('SELECT status FROM donations WHERE id = ?').bind(id).first('status')).toBe('pending');
  });
});
