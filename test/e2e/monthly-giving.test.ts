// End to end: monthly giving (月捐) through a Stripe subscription, in Chromium, against the real
// worker (wrangler dev, local D1) and the local Stripe stand-in: the donor chooses "每月" on the
// demo article's card, pays on the checkout page, and is back; Stripe bills two months (two signed
// invoice.paid webhooks, one delivered twice) → exactly two confirmed gifts; the card counts the
// monthly donor; the donor's own link lists both gifts and stops the plan, cancelling at Stripe.
// When staff close a campaign its plan ends and Stripe is told; a renewal Stripe had already
// charged is 待退款 in the staff queue, with why, and refunded once; outside its filed period the
// card says so. And the form with its choice passes axe, and renders in zh-Hant, en and elder mode.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startLocalServer } from '../../scripts/local-server.mjs';
import { STRIPE_TEST_SECRETS, checkoutSession, stripeEvent, stripeWebhookHeaders } from '../payments/stripe-fixture.js';
import { adminJson, okJson, publicPost } from './api.js';
import { getCampaign, useLiveDemo, zhMoney } from './browser.js';
import { expectNoAxeViolations, pickOrg, shell, signIn } from './console-helpers.js';
import { elderAudit, MIIT_ELDER } from './elder-audit.js';
import { startStripeStandIn, type StripeStandIn } from './stand-ins/stripe.js';

const CAMPAIGN = 'gaoping-lunch';
/** The donor's name, to find the plan's gifts among the campaign's in the staff list. */
const DONOR = '月捐的王阿姨';
/** axe's WCAG A/AA rules, as test/e2e/elder.test.ts runs them. */
const WCAG = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } };

let stripe: StripeStandIn;
const signed = async (body: string) => ({ headers: await stripeWebhookHeaders(body), body });
const live = useLiveDemo({
  server: async () => {
    stripe = await startStripeStandIn({
      secretKey: STRIPE_TEST_SECRETS.STRIPE_SECRET_KEY,
      completedEvent: (s) =>
        signed(
          stripeEvent(
            'checkout.session.completed',
            checkoutSession({ sessionId: s.id, donationId: s.donationId, amount: s.amount, currency: s.currency }),
          ),
        ),
      signedEvent: (type, object) => signed(stripeEvent(type, object)),
    });
    const server = await startLocalServer({ vars: { ...STRIPE_TEST_SECRETS, STRIPE_API_BASE: stripe.url } });
    stripe.webhookUrl = `${server.url}/api/v1/payments/stripe/webhook`;
    const stop = server.stop;
    return { ...server, stop: async () => void (await Promise.all([stop(), stripe.close()])) };
  },
});

/** Staff let the demo campaign offer monthly giving, paid through Stripe (super token). */
async function offerMonthly(): Promise<void> {
  const c = await adminJson(live.server, 'PATCH', `/admin/campaigns/${CAMPAIGN}`, {
    monthlyAllowed: true,
    paymentProvider: 'stripe',
  });
  expect(c).toMatchObject({ monthlyAllowed: true, paymentProvider: 'stripe' });
}

const outcome = (d: { status: number; body: string }) => {
  expect(d.status, d.body).toBeLessThan(300);
  return (JSON.parse(d.body) as { outcome: string }).outcome;
};

/** Opens the card's form and waits for the once / monthly choice. */
async function openForm(page: Page, card = page.locator('gongyi-progress').first()) {
  await card.locator('[part="give"]').click();
  await card.locator('[part="frequency"]').waitFor({ state: 'visible' });
  return card;
}

describe('monthly giving through a Stripe subscription, end to end', () => {
  it('choose 每月, pay, two invoices → two confirmed gifts (a re-delivery changes nothing), 月捐人数 1; the donor link lists both and stops it at Stripe', async () => {
    const { page, server } = live;
    await offerMonthly();
    const before = await getCampaign(server.url, CAMPAIGN);
    const amount = before.tiers[0]!.amount;
    const yuan = await zhMoney(page, amount);

    await page.goto(server.url + '/');
    const card = await openForm(page, page.locator('#gaoping gongyi-progress'));
    await card.getByRole('radio', { name: '每月' }).check();
    await card.locator('[part="tier"]').first().click();
    await card.locator('input[name="name"]').fill(DONOR);
    await expect.poll(() => card.locator('[part="submit"]').innerText()).toBe(`每月捐 ${yuan}`);
    await card.locator('[part="submit"]').click();

    // Off to a subscription checkout: a monthly price whose invoices name the plan and the pledge.
    await page.waitForURL(`${stripe.url}/c/pay/**`);
    const session = stripe.sessions.at(-1)!;
    expect(session).toMatchObject({ mode: 'subscription', interval: 'month', amount, currency: 'cny' });
    const planId = session.subscriptionMetadata.plan_id!;
    expect(session.subscriptionMetadata).toEqual({
      plan_id: expect.stringMatching(/^mp_/),
      donation_id: session.donationId,
    });

    // "Pay": the session completes and the first invoice (subscription_create) confirms the pledge's own gift.
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(`${server.url}/?gongyi_donation=*`);
    const sub = stripe.subscriptions[0]!.id;
    expect(stripe.deliveries).toHaveLength(2);
    outcome(stripe.deliveries[0]!);
    expect(outcome(stripe.deliveries[1]!)).toBe('applied');

    // Back on the article: confirmed, said to be monthly, with the donor's own link.
    const state = card.locator('[part="payment-state"]');
    await expect.poll(() => state.innerText(), { timeout: 20_000 }).toContain('已确认');
    expect(await card.locator('[part="result"]').innerText()).toContain(`每月捐 ${yuan}`);
    const link = card.locator('[part="donor-link"]');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${server.url}/donor/`));
    expect(await link.innerText()).toContain('我的捐赠 / 停止月捐');

    // A month later Stripe bills again (subscription_cycle): one more gift; delivered twice, still one.
    expect(outcome(await stripe.renew(sub))).toBe('applied');
    expect(outcome(await stripe.redeliver())).toBe('duplicate');
    const plans = await adminJson<{ items: Record<string, unknown>[] }>(
      server,
      'GET',
      `/admin/monthly-plans?campaignId=${CAMPAIGN}`,
    );
    expect(plans.items.find((p) => p.id === planId)).toMatchObject({
      status: 'active',
      method: 'stripe',
      subscriptionId: sub,
      amount,
      gifts: 2,
      confirmedAmount: 2 * amount,
      name: DONOR,
    });
    const confirmed = await adminJson<{ items: { name: string | null; amount: number; provider: string | null }[] }>(
      server,
      'GET',
      `/admin/donations?campaignId=${CAMPAIGN}&status=confirmed`,
    );
    expect(confirmed.items.filter((d) => d.name === DONOR)).toEqual([
      expect.objectContaining({ amount, provider: 'stripe' }),
      expect.objectContaining({ amount, provider: 'stripe' }),
    ]);

    // The card, reloaded: raised up by the two months, one monthly donor; the result still links the donor page.
    await page.reload();
    await expect
      .poll(async () => (await card.locator('[part="raised"]').innerText()).replace(/\s/g, ''), { timeout: 20_000 })
      .toBe(await zhMoney(page, before.raisedAmount + 2 * amount));
    const monthlyFigure = card.locator('.stats > div', { has: page.locator('[part="monthly-donors"]') });
    expect((await monthlyFigure.innerText()).replace(/\s+/g, ' ')).toMatch(/1 月捐人数|月捐人数 1/);
    expect(await card.locator('[part="monthly-donors"]').innerText()).toBe('1');

    // The donor's own page, in a new tab: both gifts; "停止月捐" cancels at Stripe and ends the plan.
    const [donor] = await Promise.all([live.context.waitForEvent('page'), card.locator('[part="donor-link"]').click()]);
    await donor.waitForLoadState();
    const gifts = donor.locator('ul.gifts li');
    await expect.poll(() => gifts.count()).toBe(2);
    for (const g of await gifts.all())
      expect((await g.innerText()).replace(/\s/g, '')).toMatch(new RegExp(`${yuan}.*月捐·已到账`));
    await donor.getByRole('button', { name: '停止月捐' }).click();
    await donor.waitForURL(/\/donor\/[^?]+\?stopped=1/);
    expect(await donor.getByRole('status').innerText()).toContain('月捐已停止');
    expect(await donor.getByRole('button', { name: '停止月捐' }).count()).toBe(0);
    expect(stripe.cancellations).toEqual([sub]);
    const ended = await adminJson<{ items: Record<string, unknown>[] }>(
      server,
      'GET',
      `/admin/monthly-plans?campaignId=${CAMPAIGN}`,
    );
    expect(ended.items.find((p) => p.id === planId)).toMatchObject({ status: 'ended', endedBy: 'donor', gifts: 2 });
    expect((await getCampaign(server.url, CAMPAIGN)) as unknown).toMatchObject({ monthlyDonors: 0 });
    expect(live.errors).toEqual([]);
  });
});

describe('when the campaign stops taking gifts', () => {
  const ELDER = 'guanheng-elder-centre';

  it('staff close it: the plan ends and Stripe is told; a renewal still charged is 待退款 in the queue with why, refunded once; outside its filed period the card says so', async () => {
    const { page, server } = live;
    await adminJson(server, 'PATCH', `/admin/campaigns/${ELDER}`, { monthlyAllowed: true, paymentProvider: 'stripe' });
    const amount = 10_000;
    const p = await okJson<{ id: string; planId: string; payment: { checkoutUrl: string } }>(
      publicPost(server, `/campaigns/${ELDER}/donations`, {
        amount,
        name: '停捐的李先生',
        frequency: 'monthly',
        returnUrl: `${server.url}/`,
      }),
      201,
    );
    // Paid at checkout: the subscription starts and its first invoice confirms the gift.
    await page.goto(p.payment.checkoutUrl);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(`${server.url}/?gongyi_donation=*`);
    const sub = stripe.subscriptions.at(-1)!.id;
    const raised = (await getCampaign(server.url, ELDER)).raisedAmount;

    // Staff close the campaign: the write answers; the plan is ended; Stripe is asked to cancel.
    expect(await adminJson(server, 'PATCH', `/admin/campaigns/${ELDER}`, { status: 'closed' })).toMatchObject({
      status: 'closed',
    });
    const plan = async () =>
      (
        await adminJson<{ items: Record<string, unknown>[] }>(server, 'GET', `/admin/monthly-plans?campaignId=${ELDER}`)
      ).items.find((x) => x.id === p.planId);
    expect(await plan()).toMatchObject({ status: 'ended', endReason: 'campaign_closed' });
    await expect.poll(() => stripe.cancellations).toContain(sub);
    await expect.poll(async () => (await plan())?.subscriptionCancelled).toBe(true);

    // An invoice Stripe had charged before the cancellation: kept for a refund, never counted.
    expect(outcome(await stripe.renew(sub, { chargedBeforeCancel: true }))).toBe('late');
    expect((await getCampaign(server.url, ELDER)).raisedAmount).toBe(raised);
    const { items } = await adminJson<{ items: { id: string; status: string }[] }>(
      server,
      'GET',
      `/admin/donations?campaignId=${ELDER}&status=needs_refund`,
    );
    expect(items).toHaveLength(1);
    const held = items[0]!.id;

    // The staff queue announces it; the button shows it, with why; a refund is recorded once.
    await signIn(page, server.url, server.adminToken);
    await pickOrg(page, 'hunan-mzt');
    await shell(page).getByRole('link', { name: '认捐确认' }).click();
    const queue = shell(page).locator('main admin-pledges');
    const note = queue.locator('.refunds-due');
    expect(await note.innerText()).toContain('活动停止接受捐赠后仍然到账');
    await note.getByRole('button', { name: '查看待退款' }).click();
    const row = queue.locator(`tr[data-id="${held}"]`);
    await row.waitFor();
    expect(await queue.locator('tbody tr').count()).toBe(1);
    expect((await row.locator('td.status-cell').innerText()).replace(/\s+/g, ' ')).toBe('待退款 到账时募捐已结束');
    expect(await row.innerText()).toContain('停捐的李先生');
    await expectNoAxeViolations(page, 'pledge queue with a gift to refund', WCAG);
    const refund = row.locator('confirm-button.refund');
    await refund.getByRole('button', { name: '退款' }).click();
    await refund.getByRole('button', { name: '是' }).click();
    await expect.poll(() => row.locator('td.status-cell').innerText()).toContain('已退款');
    expect((await getCampaign(server.url, ELDER)).raisedAmount).toBe(raised);

    // Open again, but its filed plan ended in 2020: the card says why instead of a give button.
    await adminJson(server, 'PATCH', `/admin/campaigns/${ELDER}`, {
      status: 'open',
      filedFrom: '2020-01-01',
      filedUntil: '2020-12-31',
    });
    await page.goto(server.url + '/');
    const card = page.locator(`gongyi-project[project="${ELDER}"]`);
    const why = card.locator('[part="no-gifts"]');
    await expect
      .poll(() => why.innerText(), { timeout: 20_000 })
      .toBe('不在募捐备案期（2020-01-01–2020-12-31）内，暂不接受捐赠');
    expect(await card.locator('[part="give"]').count()).toBe(0);
    // On a phone the longer note wraps inside its box: nothing clipped.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => why.evaluate((e) => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1))
      .toBe(true);
    expect(live.errors).toEqual([]);
  });
});

describe('the pledge form with the once / monthly choice', () => {
  it('passes axe in zh-Hans, and renders in zh-Hant, en and elder mode (the /embed pages, where the live card takes over)', async () => {
    const { page, server } = live;
    await offerMonthly();
    const words = [
      { q: 'lang=zh-Hans', legend: '捐赠频率', once: '单次', monthly: '每月', submit: /^每月捐 / },
      { q: 'lang=zh-Hant', legend: '捐贈頻率', once: '單次', monthly: '每月', submit: /^每月捐 / },
      { q: 'lang=en', legend: 'How often', once: 'Once', monthly: 'Monthly', submit: /^Give ¥[\d,.]+ monthly$/ },
      { q: 'elder=1', legend: '捐赠频率', once: '单次', monthly: '每月', submit: /^每月捐 / },
    ];
    for (const w of words) {
      await page.goto(`${server.url}/embed/progress/${CAMPAIGN}?${w.q}`);
      const embedded = await openForm(page);
      expect(await embedded.locator('[part="frequency"] legend').innerText(), w.q).toBe(w.legend);
      await expect.poll(() => embedded.getByRole('radio', { name: w.once }).isChecked(), { message: w.q }).toBe(true);
      await embedded.getByRole('radio', { name: w.monthly }).check();
      await embedded.locator('[part="tier"]').first().click();
      await expect
        .poll(async () => (await embedded.locator('[part="submit"]').innerText()).trim(), { message: w.q })
        .toMatch(w.submit);
      if (w.q === 'elder=1') {
        await page.waitForTimeout(300);
        expect(await page.evaluate(elderAudit, MIIT_ELDER), 'elder audit, the form with its choice').toEqual([]);
      }
      if (w.q === 'lang=zh-Hans' || w.q === 'elder=1')
        await expectNoAxeViolations(page, `the pledge form with the monthly choice (${w.q})`, WCAG);
    }
    expect(live.errors).toEqual([]);
  });
});
