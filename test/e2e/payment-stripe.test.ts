// End to end: a donor pays a pledge through Stripe Checkout from the demo article page, in
// Chromium, against the real worker (wrangler dev, local D1) and a local Stripe stand-in started
// here: off to the checkout page, "Pay", back on the article, and the card says confirmed.
import { describe, expect, it } from 'vitest';
import { startLocalServer } from '../../scripts/local-server.mjs';
import { STRIPE_TEST_SECRETS, checkoutSession, stripeEvent, stripeWebhookHeaders } from '../payments/stripe-fixture.js';
import { adminCall, publicJson } from './api.js';
import { getCampaign, useLiveDemo, zhMoney } from './browser.js';
import { startStripeStandIn, type StripeStandIn } from './stand-ins/stripe.js';

let stripe: StripeStandIn;
const live = useLiveDemo({
  server: async () => {
    stripe = await startStripeStandIn({
      secretKey: STRIPE_TEST_SECRETS.STRIPE_SECRET_KEY,
      completedEvent: async (s) => {
        const session = checkoutSession({
          sessionId: s.id,
          donationId: s.donationId,
          amount: s.amount,
          currency: s.currency,
        });
        const body = stripeEvent('checkout.session.completed', session);
        return { headers: await stripeWebhookHeaders(body), body };
      },
    });
    const server = await startLocalServer({ vars: { ...STRIPE_TEST_SECRETS, STRIPE_API_BASE: stripe.url } });
    stripe.webhookUrl = `${server.url}/api/v1/payments/stripe/webhook`;
    const stop = server.stop;
    return { ...server, stop: async () => void (await Promise.all([stop(), stripe.close()])) };
  },
});

const progress = () => live.page.locator('#gaoping gongyi-progress');
const paymentState = () => progress().locator('[part="payment-state"]');

async function useStripe(): Promise<void> {
  const res = await adminCall(live.server, 'PATCH', '/admin/orgs/hunan-mzt', { paymentProvider: 'stripe' });
  expect(res.status, await res.text()).toBe(200);
}

async function pledgeFirstTier(): Promise<void> {
  await live.page.goto(live.server.url + '/');
  await progress().locator('[part="give"]').click();
  const tier = progress().locator('[part="tier"]').first();
  await tier.waitFor({ state: 'visible' });
  await tier.click();
  await progress().locator('[part="submit"]').click();
}

describe('Stripe Checkout, end to end (demo page → worker → Stripe stand-in → webhook → back to the page)', () => {
  it('pledge, pay on the checkout page, come back: the card opens by itself and says confirmed; the total moves once', async () => {
    await useStripe();
    const before = await getCampaign(live.server.url, 'gaoping-lunch');
    const amount = before.tiers[0]!.amount;
    await pledgeFirstTier();

    // The widget sends the donor to the session's checkout page, which the worker opened with our page as return URL.
    await live.page.waitForURL(`${stripe.url}/c/pay/**`);
    const session = stripe.sessions.at(-1)!;
    expect(session).toMatchObject({ amount, currency: 'cny' });
    const id = session.donationId;
    const pending = (await publicJson<Record<string, unknown>>(live.server, `/donations/${id}`)).body;
    expect(pending).toMatchObject({
      campaignId: 'gaoping-lunch',
      status: 'pending',
      amount,
      payment: { method: 'stripe', checkoutUrl: session.url },
    });
    expect(session.successUrl).toBe(`${live.server.url}/?gongyi_donation=${id}&gongyi_payment=success`);
    expect(session.cancelUrl).toBe(`${live.server.url}/?gongyi_donation=${id}&gongyi_payment=cancelled`);

    await live.page.getByRole('button', { name: 'Pay' }).click();
    await live.page.waitForURL(`${live.server.url}/?gongyi_donation=*`);
    expect(stripe.deliveries).toHaveLength(1);
    expect(stripe.deliveries[0]!.status, stripe.deliveries[0]!.body).toBeLessThan(300);

    await paymentState().waitFor({ state: 'visible' });
    await expect.poll(() => paymentState().innerText(), { timeout: 20_000 }).toContain('已确认');
    expect(await paymentState().innerText()).toContain(await zhMoney(live.page, amount));
    expect(await progress().locator('[part="give"]').getAttribute('aria-expanded')).toBe('true');

    const after = await getCampaign(live.server.url, 'gaoping-lunch');
    expect(after.raisedAmount - before.raisedAmount).toBe(amount);
    expect(after.pendingAmount).toBe(before.pendingAmount);
    expect((await progress().locator('[part="raised"]').innerText()).replace(/\s/g, '')).toBe(
      await zhMoney(live.page, after.raisedAmount),
    );

    // Stripe delivers the same event again: acknowledged, nothing counted twice.
    const again = await stripe.redeliver();
    expect(again.status, again.body).toBeLessThan(300);
    const twice = await getCampaign(live.server.url, 'gaoping-lunch');
    expect([twice.raisedAmount, twice.pendingAmount, twice.donorCount]).toEqual([
      after.raisedAmount,
      after.pendingAmount,
      after.donorCount,
    ]);
    expect(live.errors).toEqual([]);
  });

  it('cancel on the checkout page: back on the article the card says nothing was charged, and nothing is counted', async () => {
    await useStripe();
    const before = await getCampaign(live.server.url, 'gaoping-lunch');
    await pledgeFirstTier();
    await live.page.waitForURL(`${stripe.url}/c/pay/**`);
    await live.page.getByRole('link', { name: 'Cancel' }).click();
    await live.page.waitForURL(`${live.server.url}/?gongyi_donation=*&gongyi_payment=cancelled`);
    await expect.poll(() => paymentState().innerText(), { timeout: 20_000 }).toContain('付款已取消');
    await progress().locator('[part="start-again"]').click();
    await progress().locator('[part="tier"]').first().waitFor({ state: 'visible' });
    const after = await getCampaign(live.server.url, 'gaoping-lunch');
    expect(after.raisedAmount).toBe(before.raisedAmount);
    expect(live.errors).toEqual([]);
  });
});
