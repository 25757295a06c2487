// The admin view of payments: the callback ledger (filtered, paged, org-scoped) and the
// reconciliation of one day where callbacks and donation totals disagree.
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createWechatPayFixture,
  signedAnswer,
  transactionResource,
  wechatPayNotification,
  type WechatPayFixture,
} from '../payments/wechatpay-fixture';
import { type Bindings, bindingsWith, postPledge, send, setProvider, standIn } from '../payments/worker-harness';
import { adminCall, adminOk, expectProblem, makeCampaign } from './helpers';

let fx: WechatPayFixture;
let bindings: Bindings;
let stand: ReturnType<typeof standIn> | undefined;
beforeAll(async () => {
  fx = await createWechatPayFixture();
  bindings = bindingsWith({ ...fx.vars, WECHATPAY_API_BASE: 'https://wechatpay.test' });
});
afterEach(() => stand?.restore());

const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function pledge(campaignId: string, amount: number) {
  stand?.restore();
  stand = standIn('wechatpay.test', (c) =>
    signedAnswer(fx, { code_url: `weixin://wxpay/bizpayurl?pr=${JSON.parse(c.body).out_trade_no}` }),
  );
  return (await (await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount })).json<any>())
    .id as string;
}
async function notify(outTradeNo: string, total: number) {
  const n = await wechatPayNotification(fx, transactionResource({ outTradeNo, total }));
  return send(bindings, '/api/v1/payments/wechatpay/notify', { method: 'POST', headers: n.headers, body: n.body });
}

describe('reconciliation', () => {
  it('for a day with a mismatch: callbacks vs totals per provider, the difference, and what is unmatched', async () => {
    const { orgId, campaignId } = await makeCampaign();
    await setProvider(orgId, 'wechatpay');
    const paidByCallback = await pledge(campaignId, 5000);
    const confirmedByHand = await pledge(campaignId, 1200);
    const wrongAmount = await pledge(campaignId, 800);
    expect((await notify(paidByCallback, 5000)).status).toBe(204);
    expect((await notify(wrongAmount, 799)).status).toBe(204);
    // Staff confirm an online donation without any callback: the totals now count money no provider reported.
    await adminOk('POST', `/admin/donations/${confirmedByHand}/confirm`);

    const today = chinaToday();
    const r = await adminOk('GET', `/admin/reconciliation?orgId=${orgId}&from=${today}&to=${today}`);
    expect(r.days).toEqual([
      {
        date: today,
        provider: 'wechatpay',
        currency: 'CNY',
        callbacks: { confirmedCount: 1, confirmedAmount: 5000, refundedCount: 0, refundedAmount: 0 },
        totals: { confirmedCount: 2, confirmedAmount: 6200, refundedCount: 0, refundedAmount: 0 },
        difference: { confirmedCount: 1, confirmedAmount: 1200, refundedCount: 0, refundedAmount: 0 },
        balanced: false,
      },
    ]);
    expect(r.unmatched).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'event',
          outcome: 'amount_mismatch',
          donationId: wrongAmount,
          amount: 799,
          currency: 'CNY',
          provider: 'wechatpay',
          date: today,
        }),
        expect.objectContaining({
          kind: 'donation',
          donationId: confirmedByHand,
          reason: 'confirmed_without_callback',
          amount: 1200,
        }),
      ]),
    );
    expect(r.unmatched).toHaveLength(2);
    // The campaign totals agree with what the reconciliation calls "totals".
    const campaign = await env.DB.prepare('SELECT raised_amount FROM campaigns WHERE id = ?')
      .bind(campaignId)
      .first<number>('raised_amount');
    expect(campaign).toBe(6200);
  });

  it('is org-scoped: an org token sees only its own organisation, and another org is 403', async () => {
    const a = await makeCampaign();
    const b = await makeCampaign();
    const token = (await adminOk('POST', '/admin/tokens', { orgId: a.orgId })).token as string;
    expect((await adminCall('GET', '/admin/reconciliation', undefined, token)).status).toBe(200);
    await expectProblem(
      await adminCall('GET', `/admin/reconciliation?orgId=${b.orgId}`, undefined, token),
      403,
      'forbidden',
    );
    await expectProblem(
      await adminCall('GET', '/admin/reconciliation?from=2026-02-01&to=2026-01-01'),
      400,
      'validation_failed',
    );
    await expectProblem(await adminCall('GET', '/admin/reconciliation', undefined, null), 401, 'unauthorized');
  });
});

describe('payment events ledger', () => {
  it('lists every delivery newest first, filtered by provider and outcome, paged, and org-scoped', async () => {
    const { orgId, campaignId } = await makeCampaign();
    await setProvider(orgId, 'wechatpay');
    const id = await pledge(campaignId, 300);
    await notify(id, 300);
    await notify(id, 300); // a second, distinct notification for the same payment: duplicate
    await notify('dn_not_ours_at_all', 100);

    const mine = await adminOk('GET', `/admin/payment-events?orgId=${orgId}`);
    expect(mine.items.map((e: any) => e.outcome).sort()).toEqual(['applied', 'duplicate']);
    expect(mine.items.find((e: any) => e.outcome === 'applied')).toMatchObject({
      provider: 'wechatpay',
      donationId: id,
      orgId,
      amount: 300,
      currency: 'CNY',
      eventType: 'TRANSACTION.SUCCESS',
    });

    const unknown = await adminOk('GET', '/admin/payment-events?provider=wechatpay&outcome=unknown_order&limit=1');
    expect(unknown.items).toHaveLength(1);
    expect(unknown.items[0]).toMatchObject({
      outcome: 'unknown_order',
      orderRef: 'dn_not_ours_at_all',
      donationId: null,
      orgId: null,
    });

    const page1 = await adminOk('GET', `/admin/payment-events?orgId=${orgId}&limit=1`);
    const page2 = await adminOk('GET', `/admin/payment-events?orgId=${orgId}&limit=1&cursor=${page1.nextCursor}`);
    expect([...page1.items, ...page2.items].map((e: any) => e.id)).toEqual(mine.items.map((e: any) => e.id));
    expect(page2.nextCursor).toBeNull();

    // An org token sees its own entries only — not the unknown order, which belongs to nobody.
    const token = (await adminOk('POST', '/admin/tokens', { orgId })).token as string;
    const scoped = await adminOk('GET', '/admin/payment-events', undefined, token);
    expect(scoped.items.every((e: any) => e.orgId === orgId)).toBe(true);
    expect(scoped.items).toHaveLength(2);
  });

  it('the ledger is append-only', async () => {
    await notify('dn_for_immutability', 1);
    await expect(env.DB.prepare("UPDATE payment_events SET outcome = 'applied'").run()).rejects.toThrow(/immutable/);
    await expect(env.DB.prepare('DELETE FROM payment_events').run()).rejects.toThrow(/never_deleted/);
  });
});
