// Monthly giving (月捐): the money rules.
// - A plan counts (monthlyDonors), and renews, only once its first gift is confirmed; a first gift
//   cancelled ends it (unpaid or forged pledges are nobody's monthly gift).
// - Offline: the pledge's first month is a pending gift; each later month exactly one pending
//   gift joins the staff queue, until the donor or staff ends the plan.
// - Stripe: a subscription; its first invoice confirms the pledge's gift, each later invoice is one
//   confirmed donation exactly once (re-delivery changes nothing); failures and the end are recorded.
// - The donor's own signed link lists the gifts (no name or contact) and stops the plan.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { enqueueDueMonthlyGifts, firstOfNextMonth } from '../../worker/payments/monthly';
import { STRIPE_TEST_SECRETS, invoice, stripeEvent, stripeWebhookHeaders } from '../payments/stripe-fixture';
import { bindingsWith, json, postPledge, send, setProvider, standIn } from '../payments/worker-harness';
import { adminCall, adminOk, call, campaignRow, count, expectProblem, makeCampaign, pledge } from './helpers';

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const view = async (id: string) =>
  (await call(`/api/v1/campaigns/${id}`, { headers: { 'Cache-Control': 'no-cache' } })).json<any>();
const giftsOf = (planId: string) =>
  env.DB.prepare(
    'SELECT id, status, plan_month, amount, provider_invoice_id FROM donations WHERE plan_id = ? ORDER BY created_at, id',
  )
    .bind(planId)
    .all<any>()
    .then((r) => r.results);
const planRow = (id: string) => env.DB.prepare('SELECT * FROM monthly_plans WHERE id = ?').bind(id).first<any>();
const tokenOf = (donorUrl: string) => new URL(donorUrl).pathname.split('/').pop()!;

async function monthlyCampaign() {
  const c = await makeCampaign();
  await adminOk('PATCH', `/admin/campaigns/${c.campaignId}`, { monthlyAllowed: true });
  return c;
}

describe('offline monthly giving', () => {
  it('a monthly pledge starts a plan with this month’s pending gift; the campaign counts its monthly donors', async () => {
    const { campaignId } = await monthlyCampaign();
    const res = await pledge(campaignId, {
      amount: 3000,
      name: '王小明',
      contact: '13800138000',
      frequency: 'monthly',
    });
    expect(res.status).toBe(201);
    const p = await res.json<any>();
    expect(p).toMatchObject({
      status: 'pending',
      frequency: 'monthly',
      planId: expect.stringMatching(/^mp_/),
      donorUrl: expect.stringContaining('/donor/'),
    });
    expect(await giftsOf(p.planId)).toEqual([
      { id: p.id, status: 'pending', plan_month: chinaToday().slice(0, 7), amount: 3000, provider_invoice_id: null },
    ]);
    // A promise is not yet a monthly donor: the plan counts once its first gift has arrived.
    expect(await planRow(p.planId)).toMatchObject({
      status: 'pending',
      provider: null,
      next_due_on: firstOfNextMonth(chinaToday()),
    });
    expect(await view(campaignId)).toMatchObject({ monthlyAllowed: true, monthlyDonors: 0 });
    await adminOk('POST', `/admin/donations/${p.id}/confirm`);
    expect(await planRow(p.planId)).toMatchObject({ status: 'active', next_due_on: firstOfNextMonth(chinaToday()) });
    expect(await view(campaignId)).toMatchObject({ monthlyDonors: 1 });
  });

  it('unpaid monthly pledges count for nothing and renew nothing: a plan counts, and renews, only after its first gift is confirmed', async () => {
    const { campaignId } = await monthlyCampaign();
    // Three forged monthly pledges, never paid.
    const forged = [];
    for (let i = 0; i < 3; i++)
      forged.push(
        await (await pledge(campaignId, { amount: 100_000, name: `伪造${i}`, frequency: 'monthly' })).json<any>(),
      );
    expect((await view(campaignId)).monthlyDonors).toBe(0);
    expect(
      (await adminOk('GET', `/admin/monthly-plans?campaignId=${campaignId}`)).items.map((x: any) => x.status),
    ).toEqual(['pending', 'pending', 'pending']);
    // The cron of the next month (and the one after) queues nothing for them.
    const next = firstOfNextMonth(chinaToday());
    await enqueueDueMonthlyGifts(env.DB, next);
    await enqueueDueMonthlyGifts(env.DB, firstOfNextMonth(next));
    for (const f of forged) expect(await giftsOf(f.planId)).toHaveLength(1);

    // Staff confirm the first one's transfer: that plan counts and its next month is queued.
    const [paid, unpaid, withdrawn] = forged;
    await adminOk('POST', `/admin/donations/${paid.id}/confirm`);
    expect((await view(campaignId)).monthlyDonors).toBe(1);
    expect(await enqueueDueMonthlyGifts(env.DB, next)).toContain(campaignId);
    expect((await giftsOf(paid.planId)).map((g: any) => g.plan_month)).toEqual([
      chinaToday().slice(0, 7),
      next.slice(0, 7),
    ]);
    expect(await giftsOf(unpaid.planId)).toHaveLength(1);
    // A first gift staff cancel (never paid) ends its plan: nothing more is ever queued for it.
    await adminOk('POST', `/admin/donations/${withdrawn.id}/cancel`);
    expect(await planRow(withdrawn.planId)).toMatchObject({
      status: 'ended',
      ended_by: 'staff',
      end_reason: 'first_gift_cancelled',
    });
    await enqueueDueMonthlyGifts(env.DB, firstOfNextMonth(next));
    expect(await giftsOf(withdrawn.planId)).toHaveLength(1);
    expect((await view(campaignId)).monthlyDonors).toBe(1);
  });

  it('a first gift confirmed late starts the plan from the month after it arrived (no catch-up months at once)', async () => {
    const { campaignId } = await monthlyCampaign();
    const p = await (await pledge(campaignId, { amount: 3000, frequency: 'monthly' })).json<any>();
    // The pledge was made in an earlier month (its next month long due) and is confirmed only now.
    await env.DB.prepare("UPDATE monthly_plans SET next_due_on = '2026-01-01' WHERE id = ?").bind(p.planId).run();
    await adminOk('POST', `/admin/donations/${p.id}/confirm`);
    expect((await planRow(p.planId)).next_due_on).toBe(firstOfNextMonth(chinaToday()));
    await enqueueDueMonthlyGifts(env.DB, chinaToday());
    expect(await giftsOf(p.planId)).toHaveLength(1);
  });

  it('is refused where the campaign does not offer it', async () => {
    const { campaignId } = await makeCampaign();
    const res = await pledge(campaignId, { amount: 3000, frequency: 'monthly' });
    await expectProblem(res, 422, 'validation_failed');
    expect(await count('monthly_plans WHERE campaign_id = ?', campaignId)).toBe(0);
  });

  it('each month puts exactly one pending gift in the staff queue, until the plan ends', async () => {
    const { campaignId } = await monthlyCampaign();
    const p = await (await pledge(campaignId, { amount: 3000, frequency: 'monthly' })).json<any>();
    await adminOk('POST', `/admin/donations/${p.id}/confirm`);
    const next = firstOfNextMonth(chinaToday());
    expect(await enqueueDueMonthlyGifts(env.DB, chinaToday())).not.toContain(campaignId); // not due yet
    expect(await enqueueDueMonthlyGifts(env.DB, next)).toContain(campaignId);
    await enqueueDueMonthlyGifts(env.DB, next); // the cron runs again the same day: nothing more
    expect((await giftsOf(p.planId)).map((g: any) => [g.status, g.plan_month])).toEqual([
      ['confirmed', chinaToday().slice(0, 7)],
      ['pending', next.slice(0, 7)],
    ]);
    const queue = await adminOk('GET', `/admin/donations?campaignId=${campaignId}&status=pending`);
    expect(queue.items).toHaveLength(1);
    // Staff end the plan: no month after that.
    const ended = await adminOk('POST', `/admin/monthly-plans/${p.planId}/end`);
    expect(ended).toMatchObject({ status: 'ended', endedBy: 'staff' });
    await enqueueDueMonthlyGifts(env.DB, firstOfNextMonth(next));
    expect(await giftsOf(p.planId)).toHaveLength(2);
    expect((await view(campaignId)).monthlyDonors).toBe(0);
  });
});

describe("the donor's own link", () => {
  it('lists the gifts without name or contact, and stops the monthly gift (JSON and the page without JavaScript)', async () => {
    const { campaignId } = await monthlyCampaign();
    const p = await (
      await pledge(campaignId, {
        amount: 3000,
        name: '王小明',
        contact: '13800138000',
        message: '加油',
        frequency: 'monthly',
      })
    ).json<any>();
    const token = tokenOf(p.donorUrl);
    const mine = await (await call(`/api/v1/donor/${token}`)).json<any>();
    expect(mine.plan).toMatchObject({ id: p.planId, status: 'pending', amount: 3000, method: 'offline' });
    expect(mine.gifts).toMatchObject([{ id: p.id, amount: 3000, status: 'pending', monthly: true }]);
    expect(JSON.stringify(mine)).not.toMatch(/王小明|13800138000|加油/);
    // A forged or altered signature is simply not found.
    expect((await call(`/api/v1/donor/${p.id}.AAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    expect((await call(`/api/v1/donor/${token.slice(0, -2)}xy`)).status).toBe(404);

    const page = await call(`/donor/${token}`);
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('我的月捐');
    expect(html).toContain(`action="/donor/${token}/stop"`);
    expect(html).not.toMatch(/王小明|13800138000|<script/);
    const stopped = await call(`/donor/${token}/stop`, { method: 'POST', redirect: 'manual' });
    expect(stopped.status).toBe(303);
    expect(stopped.headers.get('Location')).toBe(`/donor/${token}?stopped=1`);
    expect(await planRow(p.planId)).toMatchObject({ status: 'ended', ended_by: 'donor' });
    expect(await (await call(`/donor/${token}?stopped=1&lang=en`)).text()).toContain('Your monthly gift is stopped');
    // Stopping again changes nothing; a one-off gift has nothing to stop.
    expect((await call(`/api/v1/donor/${token}/stop`, { method: 'POST' })).status).toBe(200);
    const once = await (await pledge(campaignId, { amount: 1000 })).json<any>();
    await expectProblem(
      await call(`/api/v1/donor/${tokenOf(once.donorUrl)}/stop`, { method: 'POST' }),
      409,
      'invalid_transition',
    );
  });
});

const HOST = 'stripe.test';
const bindings = bindingsWith({ ...STRIPE_TEST_SECRETS, STRIPE_API_BASE: `https://${HOST}` });

async function webhook(type: string, object: Record<string, unknown>, id?: string) {
  const body = stripeEvent(type, object, id);
  const headers = await stripeWebhookHeaders(body);
  const deliver = async () =>
    (await send(bindings, '/api/v1/payments/stripe/webhook', { method: 'POST', headers, body })).json<any>();
  return { answer: await deliver(), deliver };
}

describe('Stripe monthly giving (a subscription)', () => {
  it('opens a subscription session; invoices become donations exactly once; failures and the end are recorded; the donor stops it at Stripe', async () => {
    const { campaignId, orgId } = await monthlyCampaign();
    await setProvider(orgId, 'stripe');
    const stand = standIn(HOST, (c) => {
      if (c.url.pathname === '/v1/checkout/sessions') {
        const id = `cs_test_${new URLSearchParams(c.body).get('client_reference_id')}`;
        return json({ id, object: 'checkout.session', url: `https://checkout.stripe.test/c/pay/${id}` });
      }
      return json({ id: c.url.pathname.split('/').pop(), object: 'subscription', status: 'canceled' });
    });
    try {
      const res = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, {
        amount: 5000,
        frequency: 'monthly',
      });
      expect(res.status).toBe(201);
      const p = await res.json<any>();
      const form = Object.fromEntries(new URLSearchParams(stand.calls[0]!.body));
      expect(form).toMatchObject({
        mode: 'subscription',
        'line_items[0][price_data][recurring][interval]': 'month',
        'line_items[0][price_data][unit_amount]': '5000',
        'metadata[plan_id]': p.planId,
        'subscription_data[metadata][plan_id]': p.planId,
        'subscription_data[metadata][donation_id]': p.id,
      });
      expect(await planRow(p.planId)).toMatchObject({ status: 'pending', provider: 'stripe' });
      const before = (await campaignRow(campaignId))!.raised_amount;

      // The first invoice confirms the pledge's own gift and starts the plan.
      const sub = `sub_${p.planId}`;
      const first = await webhook(
        'invoice.paid',
        invoice({ id: 'in_1', sub, planId: p.planId, donationId: p.id, amount: 5000, reason: 'subscription_create' }),
      );
      expect(first.answer.outcome).toBe('applied');
      expect(await planRow(p.planId)).toMatchObject({ status: 'active', provider_subscription_id: sub });
      // Each later invoice is one confirmed donation; delivered twice, it is still one.
      const second = await webhook(
        'invoice.paid',
        invoice({ id: 'in_2', sub, planId: p.planId, donationId: p.id, amount: 5000, reason: 'subscription_cycle' }),
      );
      expect(second.answer.outcome).toBe('applied');
      expect((await second.deliver()).outcome).toBe('duplicate');
      const gifts = await giftsOf(p.planId);
      expect(gifts.map((g: any) => [g.status, g.amount, g.provider_invoice_id])).toEqual([
        ['confirmed', 5000, null],
        ['confirmed', 5000, 'in_2'],
      ]);
      expect((await campaignRow(campaignId))!.raised_amount).toBe(before + 10_000);
      expect((await view(campaignId)).monthlyDonors).toBe(1);
      // A renewal of another amount is not taken as this plan's.
      const odd = await webhook(
        'invoice.paid',
        invoice({ id: 'in_x', sub, planId: p.planId, donationId: p.id, amount: 4999, reason: 'subscription_cycle' }),
      );
      expect(odd.answer.outcome).toBe('amount_mismatch');

      // A failed month is counted on the plan for staff.
      await webhook(
        'invoice.payment_failed',
        invoice({ id: 'in_3', sub, planId: p.planId, donationId: p.id, amount: 5000, reason: 'subscription_cycle' }),
      );
      const listed = (await adminOk('GET', `/admin/monthly-plans?campaignId=${campaignId}`)).items[0];
      expect(listed).toMatchObject({
        id: p.planId,
        failedPayments: 1,
        lastFailureAt: expect.any(String),
        gifts: 2,
        confirmedAmount: 10_000,
        method: 'stripe',
      });

      // The donor stops it: Stripe is told first (DELETE the subscription), then the plan ends.
      const stop = await send(bindings, `/api/v1/donor/${tokenOf(p.donorUrl)}/stop`, { method: 'POST' });
      expect(stop.status).toBe(200);
      expect(stand.calls.some((c) => c.method === 'DELETE' && c.url.pathname === `/v1/subscriptions/${sub}`)).toBe(
        true,
      );
      expect(await planRow(p.planId)).toMatchObject({ status: 'ended', ended_by: 'donor' });
      // Stripe's own notice of the end afterwards changes nothing.
      await webhook('customer.subscription.deleted', {
        id: sub,
        object: 'subscription',
        metadata: { plan_id: p.planId },
      });
      expect(await planRow(p.planId)).toMatchObject({ status: 'ended', ended_by: 'donor' });
      expect((await view(campaignId)).monthlyDonors).toBe(0);
    } finally {
      stand.restore();
    }
  });

  it('a subscription Stripe ends (after failed payments) ends the plan, recorded as the provider’s', async () => {
    const { campaignId, orgId } = await monthlyCampaign();
    await setProvider(orgId, 'stripe');
    const stand = standIn(HOST, (c) =>
      json({
        id: `cs_test_${new URLSearchParams(c.body).get('client_reference_id')}`,
        object: 'checkout.session',
        url: 'https://checkout.stripe.test/x',
      }),
    );
    let p: any;
    try {
      p = await (
        await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 2000, frequency: 'monthly' })
      ).json<any>();
    } finally {
      stand.restore();
    }
    const sub = `sub_${p.planId}`;
    // The checkout completing names the subscription; the plan counts only once its first invoice is paid.
    await webhook('checkout.session.completed', {
      id: `cs_test_${p.id}`,
      object: 'checkout.session',
      mode: 'subscription',
      subscription: sub,
      metadata: { plan_id: p.planId, donation_id: p.id },
    });
    expect(await planRow(p.planId)).toMatchObject({ status: 'pending', provider_subscription_id: sub });
    expect((await view(campaignId)).monthlyDonors).toBe(0);
    await webhook(
      'invoice.paid',
      invoice({
        id: `in_${p.id}`,
        sub,
        planId: p.planId,
        donationId: p.id,
        amount: 2000,
        reason: 'subscription_create',
      }),
    );
    expect(await planRow(p.planId)).toMatchObject({ status: 'active', provider_subscription_id: sub });
    expect((await view(campaignId)).monthlyDonors).toBe(1);
    await webhook('customer.subscription.deleted', { id: sub, object: 'subscription' });
    expect(await planRow(p.planId)).toMatchObject({ status: 'ended', ended_by: 'provider' });
    await expectProblem(await adminCall('POST', `/admin/monthly-plans/nope/end`), 404, 'not_found');
  });
});
