// When a campaign stops taking gifts (closed, unpublished, its recipient loses the qualification,
// its filing lapses), its monthly plans end at once: no offline month is queued any more, the
// monthly donors fall, and each Stripe subscription is cancelled at Stripe (DELETE
// /v1/subscriptions/{id}) after the staff write, never inside it, retried by the cron until Stripe
// has it. A renewal Stripe still sends is recorded as a gift staff must refund (needs_refund):
// never counted in raised, donors or matching; in the staff list and export; refunded once, audited.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { enqueueDueMonthlyGifts, firstOfNextMonth } from '../../worker/payments/monthly';
import { endPlansWhereGiftsStopped } from '../../worker/payments/plan-stops';
import {
  STRIPE_TEST_SECRETS,
  invoice,
  refundedCharge,
  stripeEvent,
  stripeWebhookHeaders,
} from '../payments/stripe-fixture';
import {
  bindingsWith,
  json,
  postPledge,
  runCron,
  send,
  setProvider,
  standIn,
  type ProviderCall,
} from '../payments/worker-harness';
import { adminCall, adminOk, BASE, call, campaignRow, expectProblem, makeCampaign, pledge, SUPER } from './helpers';

const HOST = 'stripe.test';
const bindings = bindingsWith({ ...STRIPE_TEST_SECRETS, STRIPE_API_BASE: `https://${HOST}` });
const chinaDay = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const view = async (id: string) =>
  (await call(`/api/v1/campaigns/${id}`, { headers: { 'Cache-Control': 'no-cache' } })).json<any>();
const planRow = (id: string) => env.DB.prepare('SELECT * FROM monthly_plans WHERE id = ?').bind(id).first<any>();
const giftsOf = (planId: string) =>
  env.DB.prepare('SELECT * FROM donations WHERE plan_id = ? ORDER BY created_at, id')
    .bind(planId)
    .all<any>()
    .then((r) => r.results);
const matchedOf = async (id: string) =>
  (await env.DB.prepare('SELECT matched_amount FROM campaigns WHERE id = ?')
    .bind(id)
    .first<{ matched_amount: number }>())!.matched_amount;
const adminInit = (method: string, body?: unknown): RequestInit => ({
  method,
  headers: { Authorization: `Bearer ${SUPER}`, 'Content-Type': 'application/json' },
  body: body === undefined ? undefined : JSON.stringify(body),
});

async function webhook(type: string, object: Record<string, unknown>) {
  const body = stripeEvent(type, object);
  const headers = await stripeWebhookHeaders(body);
  const deliver = async () =>
    (await send(bindings, '/api/v1/payments/stripe/webhook', { method: 'POST', headers, body })).json<any>();
  return { answer: await deliver(), deliver };
}

/** Stripe as the worker sees it: checkout sessions, and subscription cancellations answered by `cancel`. */
let cancel: (c: ProviderCall) => Response | Promise<Response> = (c) =>
  json({ id: c.url.pathname.split('/').pop(), object: 'subscription', status: 'canceled' });
let stand: ReturnType<typeof standIn> | undefined;
const stripe = () => {
  stand?.restore();
  stand = standIn(HOST, (c) =>
    c.url.pathname === '/v1/checkout/sessions'
      ? json({
          id: `cs_test_${new URLSearchParams(c.body).get('client_reference_id')}`,
          object: 'checkout.session',
          url: 'https://checkout.stripe.test/x',
        })
      : cancel(c),
  );
  return stand;
};
const deletes = () => (stand?.calls ?? []).filter((c) => c.method === 'DELETE').map((c) => c.url.pathname);
afterEach(() => {
  stand?.restore();
  stand = undefined;
  cancel = (c) => json({ id: c.url.pathname.split('/').pop(), object: 'subscription', status: 'canceled' });
});

/** A campaign with one active Stripe monthly plan (its first invoice paid). */
async function stripePlan(amount = 5000) {
  const c = await makeCampaign();
  await adminOk('PATCH', `/admin/campaigns/${c.campaignId}`, { monthlyAllowed: true });
  await setProvider(c.orgId, 'stripe');
  stripe();
  const p = await (
    await postPledge(bindings, `/api/v1/campaigns/${c.campaignId}/donations`, { amount, frequency: 'monthly' })
  ).json<any>();
  const sub = `sub_${p.planId}`;
  const first = await webhook(
    'invoice.paid',
    invoice({ id: `in_first_${p.id}`, sub, planId: p.planId, donationId: p.id, amount, reason: 'subscription_create' }),
  );
  expect(first.answer.outcome).toBe('applied');
  expect(await planRow(p.planId)).toMatchObject({ status: 'active', provider_subscription_id: sub });
  return { ...c, planId: p.planId as string, donationId: p.id as string, sub, amount };
}

/** A campaign with one active offline monthly plan (its first gift confirmed by staff). */
async function offlinePlan() {
  const c = await makeCampaign();
  await adminOk('PATCH', `/admin/campaigns/${c.campaignId}`, { monthlyAllowed: true });
  const p = await (await pledge(c.campaignId, { amount: 3000, frequency: 'monthly' })).json<any>();
  await adminOk('POST', `/admin/donations/${p.id}/confirm`);
  expect(await planRow(p.planId)).toMatchObject({ status: 'active' });
  return { ...c, planId: p.planId as string };
}

describe('a campaign that stops taking gifts ends its plans', () => {
  it('closing it ends its Stripe plan at once; Stripe is asked after the staff write, which a slow Stripe never holds up', async () => {
    const { campaignId, planId, sub } = await stripePlan();
    expect((await view(campaignId)).monthlyDonors).toBe(1);
    // Stripe hangs on the cancellation: the staff write still answers, the plan already ended.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    cancel = async (c) => (
      await held,
      json({ id: c.url.pathname.split('/').pop(), object: 'subscription', status: 'canceled' })
    );
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(`${BASE}/api/v1/admin/campaigns/${campaignId}`, adminInit('PATCH', { status: 'closed' })) as never,
      bindings as never,
      ctx,
    );
    expect(res.status).toBe(200);
    expect(await planRow(planId)).toMatchObject({
      status: 'ended',
      ended_by: null,
      end_reason: 'campaign_closed',
      subscription_cancelled_at: null,
    });
    expect((await view(campaignId)).monthlyDonors).toBe(0);
    const listed = (await adminOk('GET', `/admin/monthly-plans?campaignId=${campaignId}`)).items[0];
    expect(listed).toMatchObject({
      status: 'ended',
      endedBy: null,
      endReason: 'campaign_closed',
      subscriptionCancelled: false,
    });
    release();
    await waitOnExecutionContext(ctx);
    expect(deletes()).toEqual([`/v1/subscriptions/${sub}`]);
    expect((await planRow(planId)).subscription_cancelled_at).toEqual(expect.any(String));
    // Done once: the cron asks Stripe no more.
    await runCron(bindings);
    expect(deletes()).toHaveLength(1);
  });

  it('a Stripe that refuses the cancellation fails nothing; the cron asks again until Stripe has it', async () => {
    const { campaignId, planId, sub } = await stripePlan();
    cancel = () => json({ error: { message: 'try later' } }, 500);
    const res = await send(bindings, `/api/v1/admin/campaigns/${campaignId}`, adminInit('PATCH', { status: 'closed' }));
    expect(res.status).toBe(200);
    expect((await res.json<any>()).status).toBe('closed');
    expect(await planRow(planId)).toMatchObject({ status: 'ended', subscription_cancelled_at: null });
    await runCron(bindings);
    expect(deletes()).toEqual([`/v1/subscriptions/${sub}`, `/v1/subscriptions/${sub}`]);
    expect((await planRow(planId)).subscription_cancelled_at).toBeNull();
    cancel = (c) => json({ id: c.url.pathname.split('/').pop(), object: 'subscription', status: 'canceled' });
    await runCron(bindings);
    expect((await planRow(planId)).subscription_cancelled_at).toEqual(expect.any(String));
    await runCron(bindings);
    expect(deletes()).toHaveLength(3);
  });

  it('every way of stopping ends offline plans too, and the cron queues no month for them', async () => {
    const stops: [string, (c: Awaited<ReturnType<typeof offlinePlan>>) => Promise<unknown>][] = [
      ['campaign_closed', (c) => adminOk('PATCH', `/admin/campaigns/${c.campaignId}`, { status: 'closed' })],
      [
        'campaign_closed',
        (c) =>
          adminOk('PATCH', `/admin/campaigns/${c.campaignId}`, { endsAt: new Date(Date.now() - 60_000).toISOString() }),
      ],
      ['campaign_unpublished', (c) => adminOk('PATCH', `/admin/projects/${c.projectId}`, { published: false })],
      ['recipient_required', (c) => adminOk('PATCH', `/admin/recipients/${c.recipientId}`, { qualification: null })],
      [
        'filing_not_current',
        (c) =>
          adminOk('PATCH', `/admin/campaigns/${c.campaignId}`, { filedFrom: '2020-01-01', filedUntil: chinaDay(-1) }),
      ],
    ];
    for (const [reason, stop] of stops) {
      const c = await offlinePlan();
      await stop(c);
      expect(await planRow(c.planId), reason).toMatchObject({ status: 'ended', end_reason: reason });
      await enqueueDueMonthlyGifts(env.DB, firstOfNextMonth(chinaDay()));
      expect(await giftsOf(c.planId), reason).toHaveLength(1);
      expect(
        (await env.DB.prepare('SELECT monthly_donors FROM campaigns WHERE id = ?').bind(c.campaignId).first<any>())
          .monthly_donors,
      ).toBe(0);
    }
  });

  it('a filing that lapses by the calendar (China time) ends its plans at the next cron, with nobody touching it', async () => {
    const c = await offlinePlan();
    await adminOk('PATCH', `/admin/campaigns/${c.campaignId}`, { filedFrom: '2020-01-01', filedUntil: chinaDay() });
    expect(await planRow(c.planId)).toMatchObject({ status: 'active' });
    // Today is the filing's last day: nothing ends. Tomorrow's cron ends it.
    await endPlansWhereGiftsStopped(env.DB, chinaDay());
    expect(await planRow(c.planId)).toMatchObject({ status: 'active' });
    expect(await endPlansWhereGiftsStopped(env.DB, chinaDay(1))).toContain(c.campaignId);
    expect(await planRow(c.planId)).toMatchObject({ status: 'ended', end_reason: 'filing_not_current' });
  });
});

describe('a renewal that still arrives for a campaign not taking gifts', () => {
  it('is recorded for staff to refund: never counted in raised, donors or matching; listed, exported; refunded once, audited', async () => {
    const { campaignId, orgId, planId, donationId, sub, amount } = await stripePlan(4000);
    const matcher = await adminOk('POST', '/admin/matchers', { orgId, name: '爱心企业' });
    const day = 86_400_000;
    await adminOk('POST', '/admin/match-funds', {
      matcherId: matcher.id,
      ratioPercent: 100,
      totalCap: 1_000_000,
      startsAt: new Date(Date.now() - day).toISOString(),
      endsAt: new Date(Date.now() + 30 * day).toISOString(),
      campaignIds: [campaignId],
    });
    await send(bindings, `/api/v1/admin/campaigns/${campaignId}`, adminInit('PATCH', { status: 'closed' }));
    const before = { ...(await campaignRow(campaignId))!, matched: await matchedOf(campaignId) };

    const renewal = await webhook(
      'invoice.paid',
      invoice({ id: `in_late_${planId}`, sub, planId, donationId, amount, reason: 'subscription_cycle' }),
    );
    expect(renewal.answer).toMatchObject({ received: true, outcome: 'late' });
    expect((await renewal.deliver()).outcome).toBe('duplicate');
    expect({ ...(await campaignRow(campaignId))!, matched: await matchedOf(campaignId) }).toEqual(before);
    const held = (await giftsOf(planId)).find((g: any) => g.provider_invoice_id === `in_late_${planId}`);
    expect(held).toMatchObject({
      status: 'cancelled',
      refund_due: 'campaign_closed',
      amount,
      provider: 'stripe',
      refunded_at: null,
    });
    expect(
      await env.DB.prepare('SELECT COUNT(*) AS n FROM match_allocations WHERE donation_id = ?')
        .bind(held.id)
        .first('n'),
    ).toBe(0);
    expect((await view(campaignId)).recentDonations.map((d: any) => d.amount)).toEqual([amount]);
    const event = await env.DB.prepare(
      "SELECT outcome, detail FROM payment_events WHERE donation_id = ? AND outcome = 'late'",
    )
      .bind(held.id)
      .first<any>();
    expect(event.detail).toMatch(/refund/);

    // Staff see it in their queue and in the export.
    const queue = await adminOk('GET', `/admin/donations?campaignId=${campaignId}&status=needs_refund`);
    expect(queue.items).toEqual([
      expect.objectContaining({
        id: held.id,
        status: 'needs_refund',
        refundDue: 'campaign_closed',
        amount,
        provider: 'stripe',
      }),
    ]);
    expect((await adminOk('GET', `/admin/donations?campaignId=${campaignId}&status=cancelled`)).items).toEqual([]);
    const csv = await (await adminCall('GET', `/admin/donations.csv?campaignId=${campaignId}`)).text();
    expect(csv.split('\r\n').find((l) => l.startsWith(held.id))).toMatch(/,needs_refund,.*,campaign_closed$/);

    // Staff refund it (at Stripe, then here): recorded once, audited, still never counted.
    await expectProblem(await adminCall('POST', `/admin/donations/${held.id}/confirm`), 409, 'invalid_transition');
    const refunded = await adminOk('POST', `/admin/donations/${held.id}/refund`);
    expect(refunded).toMatchObject({
      status: 'refunded',
      refundDue: 'campaign_closed',
      refundedAt: expect.any(String),
    });
    await expectProblem(await adminCall('POST', `/admin/donations/${held.id}/refund`), 409, 'invalid_transition');
    const audit = await adminOk('GET', `/admin/audit?object=donation:${held.id}`);
    expect(audit.items.map((a: any) => a.action)).toEqual(['donation.refund']);
    expect({ ...(await campaignRow(campaignId))!, matched: await matchedOf(campaignId) }).toEqual(before);
  });

  it('whose filing lapsed before the cron noticed: held as filing_not_current, and the plan ends and is cancelled at Stripe then', async () => {
    const { campaignId, planId, donationId, sub, amount } = await stripePlan();
    // Midnight passed on the filing's last day; no staff write, no cron yet.
    await env.DB.prepare("UPDATE campaigns SET filed_from = '2020-01-01', filed_until = ? WHERE id = ?")
      .bind(chinaDay(-1), campaignId)
      .run();
    expect(await planRow(planId)).toMatchObject({ status: 'active' });
    const raised = (await campaignRow(campaignId))!.raised_amount;
    const r = await webhook(
      'invoice.paid',
      invoice({ id: `in_lapsed_${planId}`, sub, planId, donationId, amount, reason: 'subscription_cycle' }),
    );
    expect(r.answer.outcome).toBe('late');
    expect((await giftsOf(planId)).at(-1)).toMatchObject({ status: 'cancelled', refund_due: 'filing_not_current' });
    expect((await campaignRow(campaignId))!.raised_amount).toBe(raised);
    expect(await planRow(planId)).toMatchObject({
      status: 'ended',
      end_reason: 'filing_not_current',
      subscription_cancelled_at: expect.any(String),
    });
    expect(deletes()).toEqual([`/v1/subscriptions/${sub}`]);
  });

  it("Stripe's refund of it marks it refunded; the day's reconciliation stays balanced", async () => {
    const { campaignId, orgId, planId, donationId, sub, amount } = await stripePlan();
    await send(bindings, `/api/v1/admin/campaigns/${campaignId}`, adminInit('PATCH', { status: 'closed' }));
    const id = `in_ref_${planId}`;
    expect(
      (await webhook('invoice.paid', invoice({ id, sub, planId, donationId, amount, reason: 'subscription_cycle' })))
        .answer.outcome,
    ).toBe('late');
    const refund = await webhook(
      'charge.refunded',
      refundedCharge({ paymentIntent: `pi_${id}`, amountRefunded: amount }),
    );
    expect(refund.answer.outcome).toBe('refund_applied');
    const [row] = (await adminOk('GET', `/admin/donations?campaignId=${campaignId}&status=refunded`)).items;
    expect(row).toMatchObject({ status: 'refunded', refundDue: 'campaign_closed' });
    expect((await campaignRow(campaignId))!.raised_amount).toBe(amount);
    const rec = await adminOk('GET', `/admin/reconciliation?from=${chinaDay()}&to=${chinaDay()}&orgId=${orgId}`);
    expect(rec.days.filter((d: any) => d.provider === 'stripe').map((d: any) => d.balanced)).toEqual([true]);
  });
});
