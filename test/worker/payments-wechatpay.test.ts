// WeChat Pay (API v3 Native) end to end inside workerd: the order request signed with the merchant
// key, the notification verified with a platform certificate generated here, the resource
// decrypted, and every callback case — paid, twice, out of order, unknown, wrong amount/currency,
// bad signature, stale — settled exactly once or recorded without touching the totals.
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createWechatPayFixture,
  otherSigningKey,
  platformCertificate,
  refundResource,
  signedAnswer,
  transactionResource,
  verifyMerchantRequest,
  wechatPayNotification,
  wechatPublicKey,
  type WechatPayFixture,
} from '../payments/wechatpay-fixture';
import { REFUSALS_KEPT } from '../../worker/payments/settle';
import {
  type Bindings,
  bindingsWith,
  json,
  latestEvents,
  ledger,
  postPledge,
  runCron,
  send,
  setProvider,
  standIn,
} from '../payments/worker-harness';
import { adminOk, campaignRow, count, makeCampaign, SITE, uid, filing, makeRecipient } from './helpers';

const HOST = 'wechatpay.test';
let fx: WechatPayFixture;
let bindings: Bindings;
let stand: ReturnType<typeof standIn> | undefined;

beforeAll(async () => {
  fx = await createWechatPayFixture();
  bindings = bindingsWith({ ...fx.vars, WECHATPAY_API_BASE: `https://${HOST}` });
});
afterEach(() => stand?.restore());

/** Plays WeChat's order endpoint: checks the merchant signature, answers a code_url signed as WeChat Pay signs answers. */
function wechatStandIn(sign: (body: unknown) => Promise<Response> = (body) => signedAnswer(fx, body)) {
  return standIn(HOST, async (call) => {
    const auth = await verifyMerchantRequest(
      fx,
      call.headers.get('Authorization'),
      call.method,
      call.url.pathname + call.url.search,
      call.body,
    );
    if (!auth.valid) return json({ code: 'SIGN_ERROR', message: '签名错误' }, 401);
    const order = JSON.parse(call.body);
    return sign({ code_url: `weixin://wxpay/bizpayurl?pr=${order.out_trade_no}` });
  });
}

async function wechatCampaign() {
  const c = await makeCampaign();
  await setProvider(c.orgId, 'wechatpay');
  return c;
}

async function pledgeOnline(campaignId: string, amount = 5000) {
  stand = wechatStandIn();
  const res = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, {
    amount,
    name: '李四',
    contact: '13900000000',
  });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as {
    id: string;
    amount: number;
    payment: { method: string; codeUrl: string; expiresAt: string; reference: string };
  };
}

async function notify(resource: object, o: Parameters<typeof wechatPayNotification>[2] = {}) {
  const n = await wechatPayNotification(fx, resource, o);
  return {
    res: await send(bindings, '/api/v1/payments/wechatpay/notify', {
      method: 'POST',
      headers: n.headers,
      body: n.body,
    }),
    n,
  };
}

const poll = async (id: string) => (await send(bindings, `/api/v1/donations/${id}`)).json<any>();

describe('WeChat Pay Native order', () => {
  it('is signed with the merchant key (verifies with the merchant public key) and answers code_url for a QR code', async () => {
    const { campaignId } = await wechatCampaign();
    const pledge = await pledgeOnline(campaignId, 5000);
    expect(pledge.payment).toEqual({
      method: 'wechatpay',
      reference: expect.stringMatching(/^GY-/),
      codeUrl: `weixin://wxpay/bizpayurl?pr=${pledge.id}`,
      expiresAt: expect.any(String),
    });
    const minutes = (Date.parse(pledge.payment.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    expect(stand!.calls).toHaveLength(1);
    const call = stand!.calls[0]!;
    expect(call.method).toBe('POST');
    expect(call.url.pathname).toBe('/v3/pay/transactions/native');
    const auth = await verifyMerchantRequest(
      fx,
      call.headers.get('Authorization'),
      'POST',
      '/v3/pay/transactions/native',
      call.body,
    );
    expect(auth).toMatchObject({ valid: true, mchid: fx.mchId, serialNo: fx.merchant.serial });
    // A signature over another body does not verify: the check is real.
    expect(
      (
        await verifyMerchantRequest(
          fx,
          call.headers.get('Authorization'),
          'POST',
          '/v3/pay/transactions/native',
          `${call.body} `,
        )
      ).valid,
    ).toBe(false);
    expect(JSON.parse(call.body)).toEqual({
      appid: fx.appId,
      mchid: fx.mchId,
      description: '测试募捐',
      out_trade_no: pledge.id,
      time_expire: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/),
      notify_url: 'http://gongyi.test/api/v1/payments/wechatpay/notify',
      amount: { total: 5000, currency: 'CNY' },
    });
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 5000, donor_count: 0 });
    const poll1 = await send(bindings, `/api/v1/donations/${pledge.id}`);
    expect(poll1.headers.get('Cache-Control')).toBe('no-store');
    expect(poll1.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const status = await poll1.json<any>();
    expect(status).toEqual({
      id: pledge.id,
      campaignId,
      status: 'pending',
      amount: 5000,
      currency: 'CNY',
      payment: pledge.payment,
    });
    expect(JSON.stringify(status)).not.toMatch(/李四|13900000000/);
  });

  it('a retried pledge (same Idempotency-Key) replays the answer without a second order; a refused order writes nothing', async () => {
    const { campaignId } = await wechatCampaign();
    stand = wechatStandIn();
    const key = crypto.randomUUID();
    const first = await (
      await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 700 }, { key })
    ).json<any>();
    const again = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 700 }, { key });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(first);
    expect(stand.calls).toHaveLength(1);
    stand.restore();

    stand = standIn(HOST, () => json({ code: 'SYSTEM_ERROR', message: '系统繁忙' }, 500));
    const failed = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 800 });
    expect(failed.status).toBe(502);
    expect((await failed.json<any>()).code).toBe('payment_provider_error');
    expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(1);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 700, donor_count: 0 });
  });

  it('two racing requests with one Idempotency-Key ask WeChat for the same out_trade_no and record one donation', async () => {
    const { campaignId } = await wechatCampaign();
    stand = wechatStandIn();
    const key = crypto.randomUUID();
    const post = () => postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 650 }, { key });
    const answers = await Promise.all([post(), post()]);
    const [a, b] = await Promise.all(answers.map((r) => r.json<any>()));
    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    expect(b).toEqual(a);
    expect(new Set(stand.calls.map((c) => JSON.parse(c.body).out_trade_no))).toEqual(new Set([a.id]));
    expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(1);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 650, donor_count: 0 });
  });

  it('is 503 payment_unavailable when the WeChat Pay secrets are not set, and writes nothing', async () => {
    const { campaignId } = await wechatCampaign();
    const res = await postPledge(env as Bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 100 });
    expect(res.status).toBe(503);
    expect((await res.json<any>()).code).toBe('payment_unavailable');
    expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(0);
  });
});

describe('WeChat Pay notification', () => {
  it('paid: confirms once and moves the totals; the same notification again changes nothing (duplicate)', async () => {
    const { campaignId } = await wechatCampaign();
    const { id } = await pledgeOnline(campaignId, 5000);
    const resource = transactionResource({ outTradeNo: id, total: 5000, transactionId: '4200000001' });
    const first = await wechatPayNotification(fx, resource);
    const deliver = () =>
      send(bindings, '/api/v1/payments/wechatpay/notify', { method: 'POST', headers: first.headers, body: first.body });
    expect((await deliver()).status).toBe(204);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 5000, pending_amount: 0, donor_count: 1 });
    expect((await poll(id)).status).toBe('confirmed');
    expect((await deliver()).status).toBe(204);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 5000, pending_amount: 0, donor_count: 1 });
    expect(await ledger(id)).toEqual(['applied', 'duplicate']);
    const row = await env.DB.prepare('SELECT provider_payment_id, paid_event_id FROM donations WHERE id = ?')
      .bind(id)
      .first<any>();
    expect(row.provider_payment_id).toBe('4200000001');
  });

  it("a lunch sponsorship paid by WeChat Pay confirms once and counts for the school's campaign", async () => {
    const orgId = uid('org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '测试机构', paymentProvider: 'wechatpay' });
    await adminOk('POST', '/admin/sites', { orgId, origin: SITE });
    const school = await adminOk('POST', '/admin/lunch', {
      id: uid('ls'),
      orgId,
      name: '测试教学点',
      childrenCount: 10,
      mealPrice: 400,
      startsOn: '2030-09-02',
      ...filing(await makeRecipient(orgId)),
    });
    stand = wechatStandIn();
    const res = await postPledge(bindings, `/api/v1/lunch/${school.id}/sponsorships`, { days: 2 });
    const sponsorship = await res.json<any>();
    expect(sponsorship).toMatchObject({ meals: 20, days: 2, amount: 8000, payment: { method: 'wechatpay' } });
    expect(JSON.parse(stand.calls[0]!.body)).toMatchObject({
      description: '测试教学点 免费午餐',
      amount: { total: 8000, currency: 'CNY' },
    });
    expect((await notify(transactionResource({ outTradeNo: sponsorship.id, total: 8000 }))).res.status).toBe(204);
    expect(await campaignRow(school.campaignId)).toEqual({ raised_amount: 8000, pending_amount: 0, donor_count: 1 });
    expect(await ledger(sponsorship.id)).toEqual(['applied']);
  });

  it('refund: moves the totals back once', async () => {
    const { campaignId } = await wechatCampaign();
    const { id } = await pledgeOnline(campaignId, 3000);
    expect((await notify(transactionResource({ outTradeNo: id, total: 3000 }))).res.status).toBe(204);
    const refund = await notify(refundResource({ outTradeNo: id, refund: 3000 }), { eventType: 'REFUND.SUCCESS' });
    expect(refund.res.status).toBe(204);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
    expect((await poll(id)).status).toBe('refunded');
    const again = await send(bindings, '/api/v1/payments/wechatpay/notify', {
      method: 'POST',
      headers: refund.n.headers,
      body: refund.n.body,
    });
    expect(again.status).toBe(204);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
    expect(await ledger(id)).toEqual(['applied', 'refund_applied', 'duplicate']);
  });

  it('out of order: a refund before its payment changes nothing and asks WeChat to retry; it applies after the payment', async () => {
    const { campaignId } = await wechatCampaign();
    const { id } = await pledgeOnline(campaignId, 2000);
    const refund = await notify(refundResource({ outTradeNo: id, refund: 2000 }), { eventType: 'REFUND.SUCCESS' });
    expect(refund.res.status).toBe(409);
    expect(await refund.res.json()).toEqual({ code: 'FAIL', message: 'out_of_order' });
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 2000, donor_count: 0 });
    expect((await notify(transactionResource({ outTradeNo: id, total: 2000 }))).res.status).toBe(204);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 2000, pending_amount: 0, donor_count: 1 });
    const retried = await send(bindings, '/api/v1/payments/wechatpay/notify', {
      method: 'POST',
      headers: refund.n.headers,
      body: refund.n.body,
    });
    expect(retried.status).toBe(204);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
    expect(await ledger(id)).toEqual(['out_of_order', 'applied', 'refund_applied']);
  });

  it('expiry: the cron cancels an overdue pledge (poll says expired); a payment arriving after that is recorded as late, totals untouched', async () => {
    const { campaignId } = await wechatCampaign();
    const { id } = await pledgeOnline(campaignId, 4000);
    const other = await pledgeOnline(campaignId, 100); // not yet due: stays pending
    // Let the payment window of the first pledge close (as if 30 minutes had passed).
    await env.DB.prepare('UPDATE donations SET expires_at = ? WHERE id = ?')
      .bind(new Date(Date.now() - 1000).toISOString(), id)
      .run();
    await runCron(bindings);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 100, donor_count: 0 });
    expect(await poll(id)).toMatchObject({ status: 'expired' });
    expect((await poll(other.id)).status).toBe('pending');
    const staffView = await adminOk('GET', `/admin/donations?campaignId=${campaignId}&status=cancelled`);
    expect(staffView.items).toEqual([expect.objectContaining({ id, provider: 'wechatpay', cancelReason: 'expired' })]);
    const late = await notify(transactionResource({ outTradeNo: id, total: 4000 }));
    expect(late.res.status).toBe(204);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 100, donor_count: 0 });
    expect(await ledger(id)).toEqual(['late']);
  });

  it('the poll itself expires an overdue pledge when the cron has not run yet', async () => {
    const { campaignId } = await wechatCampaign();
    const { id } = await pledgeOnline(campaignId, 900);
    await env.DB.prepare('UPDATE donations SET expires_at = ? WHERE id = ?')
      .bind(new Date(Date.now() - 1000).toISOString(), id)
      .run();
    expect((await poll(id)).status).toBe('expired');
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
  });

  it.each([
    ['wrong amount', 'amount_mismatch', (id: string) => transactionResource({ outTradeNo: id, total: 4999 })],
    [
      'wrong currency',
      'currency_mismatch',
      (id: string) => transactionResource({ outTradeNo: id, total: 5000, currency: 'USD' }),
    ],
  ])(
    '%s: recorded (%s), acknowledged, the donation stays pending and the totals unchanged',
    async (_, outcome, resource) => {
      const { campaignId } = await wechatCampaign();
      const { id } = await pledgeOnline(campaignId, 5000);
      expect((await notify(resource(id))).res.status).toBe(204);
      expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 5000, donor_count: 0 });
      expect((await poll(id)).status).toBe('pending');
      expect(await ledger(id)).toEqual([outcome]);
    },
  );

  it('unknown order: recorded as unknown_order, nothing else changes', async () => {
    const before = await count('donations WHERE status = ?', 'confirmed');
    const { res } = await notify(transactionResource({ outTradeNo: 'dn_doesnotexist1', total: 100 }));
    expect(res.status).toBe(204);
    expect((await latestEvents('wechatpay'))[0]).toMatchObject({
      outcome: 'unknown_order',
      order_ref: 'dn_doesnotexist1',
      donation_id: null,
    });
    expect(await count('donations WHERE status = ?', 'confirmed')).toBe(before);
  });

  it.each([
    ['signed by another key', async () => ({ signWith: await otherSigningKey() })],
    ['body changed after signing', async () => ({ tamper: (b: string) => b.replace('"event_type"', '"event_type" ') })],
    ['unknown certificate serial', async () => ({ serial: 'ABCDEF0123456789' })],
  ])('bad signature (%s): 401 FAIL so WeChat retries, recorded, totals unchanged', async (_, opts) => {
    const { campaignId } = await wechatCampaign();
    const { id } = await pledgeOnline(campaignId, 5000);
    const { res } = await notify(transactionResource({ outTradeNo: id, total: 5000 }), await opts());
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'FAIL', message: 'bad_signature' });
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 5000, donor_count: 0 });
    expect((await latestEvents('wechatpay'))[0]).toMatchObject({
      outcome: 'bad_signature',
      event_id: null,
      donation_id: null,
    });
  });

  it('stale timestamp (a genuine notification older than 5 minutes): 400 FAIL, recorded, totals unchanged', async () => {
    const { campaignId } = await wechatCampaign();
    const { id } = await pledgeOnline(campaignId, 5000);
    const { res } = await notify(transactionResource({ outTradeNo: id, total: 5000 }), {
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    expect(res.status).toBe(400);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 5000, donor_count: 0 });
    expect((await latestEvents('wechatpay'))[0]).toMatchObject({ outcome: 'stale_timestamp' });
  });
});

describe('WeChat Pay: whose signature counts', () => {
  it.each([
    ['unsigned', async (body: unknown) => json(body)],
    [
      'signed by someone else',
      async (body: unknown) => signedAnswer(fx, body, 200, { ...(await wechatPublicKey()), id: fx.platform.serial }),
    ],
  ])('an order answer that is %s is not used: 502, no code_url reaches the donor, nothing written', async (_, sign) => {
    const { campaignId } = await wechatCampaign();
    stand = wechatStandIn(sign);
    const res = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 900 });
    const text = await res.text();
    expect(res.status, text).toBe(502);
    expect(JSON.parse(text).code).toBe('payment_provider_error');
    expect(text).not.toContain('weixin://');
    expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(0);
  });

  it('public-key mode (微信支付公钥): answers and notifications signed with the public key id verify; a certificate serial is unknown', async () => {
    const pk = await createWechatPayFixture('publicKey');
    const b = bindingsWith({ ...pk.vars, WECHATPAY_API_BASE: `https://${HOST}` });
    const { campaignId } = await wechatCampaign();
    stand = standIn(HOST, async (call) =>
      signedAnswer(
        pk,
        { code_url: `weixin://wxpay/bizpayurl?pr=${JSON.parse(call.body).out_trade_no}` },
        200,
        pk.publicKey,
      ),
    );
    const res = await postPledge(b, `/api/v1/campaigns/${campaignId}/donations`, { amount: 1200 });
    expect(res.status).toBe(201);
    const { id } = await res.json<{ id: string }>();
    const byCertificate = await wechatPayNotification(pk, transactionResource({ outTradeNo: id, total: 1200 }));
    const refused = await send(b, '/api/v1/payments/wechatpay/notify', {
      method: 'POST',
      headers: byCertificate.headers,
      body: byCertificate.body,
    });
    expect(refused.status).toBe(401);
    const byKey = await wechatPayNotification(pk, transactionResource({ outTradeNo: id, total: 1200 }), {
      signer: pk.publicKey,
    });
    expect(byKey.headers['Wechatpay-Serial']).toMatch(/^PUB_KEY_ID_/);
    const paid = await send(b, '/api/v1/payments/wechatpay/notify', {
      method: 'POST',
      headers: byKey.headers,
      body: byKey.body,
    });
    expect(paid.status).toBe(204);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 1200, pending_amount: 0, donor_count: 1 });
  });

  it('rotation: two certificates (or two public keys) in the secret both verify, without new code', async () => {
    const next = await platformCertificate();
    const nextKey = await wechatPublicKey();
    const firstKey = await wechatPublicKey();
    const b = bindingsWith({
      ...fx.vars,
      WECHATPAY_API_BASE: `https://${HOST}`,
      WECHATPAY_PLATFORM_CERT: fx.platform.certPem + next.pem,
      WECHATPAY_PUBLIC_KEY: firstKey.pem + nextKey.pem,
      WECHATPAY_PUBLIC_KEY_ID: `${firstKey.id},${nextKey.id}`,
    });
    const { campaignId } = await wechatCampaign();
    stand = wechatStandIn();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(
        (
          await (
            await postPledge(b, `/api/v1/campaigns/${campaignId}/donations`, { amount: 100 })
          ).json<{ id: string }>()
        ).id,
      );
    const signers = [undefined, next, firstKey, nextKey];
    for (const [i, signer] of signers.entries()) {
      const n = await wechatPayNotification(
        fx,
        transactionResource({ outTradeNo: ids[i]!, total: 100 }),
        signer ? { signer } : {},
      );
      expect(
        (await send(b, '/api/v1/payments/wechatpay/notify', { method: 'POST', headers: n.headers, body: n.body }))
          .status,
      ).toBe(204);
    }
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 400, pending_amount: 0, donor_count: 4 });
  });

  it.each([
    ['expired', { notBefore: new Date(Date.now() - 400 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) }],
    [
      'not yet valid',
      { notBefore: new Date(Date.now() + 86_400_000), notAfter: new Date(Date.now() + 400 * 86_400_000) },
    ],
  ])('a platform certificate that is %s does not verify anything', async (_, validity) => {
    const cert = await platformCertificate(validity);
    const b = bindingsWith({
      ...fx.vars,
      WECHATPAY_API_BASE: `https://${HOST}`,
      WECHATPAY_PLATFORM_CERT: fx.platform.certPem + cert.pem,
    });
    const { campaignId } = await wechatCampaign();
    const { id } = await pledgeOnline(campaignId, 300);
    const n = await wechatPayNotification(fx, transactionResource({ outTradeNo: id, total: 300 }), { signer: cert });
    const res = await send(b, '/api/v1/payments/wechatpay/notify', {
      method: 'POST',
      headers: n.headers,
      body: n.body,
    });
    expect(res.status).toBe(401);
    expect((await latestEvents('wechatpay'))[0]).toMatchObject({
      outcome: 'bad_signature',
      detail: expect.stringContaining('validity'),
    });
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 300, donor_count: 0 });
  });

  it(`a flood of forged notifications cannot fill the ledger: each is refused, at most ${REFUSALS_KEPT} recorded per 10 minutes`, async () => {
    const forger = await otherSigningKey();
    const before = await count('payment_events WHERE provider = ?', 'wechatpay');
    const statuses = new Set<number>();
    for (let wave = 0; wave < 10; wave++) {
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          const n = await wechatPayNotification(
            fx,
            transactionResource({ outTradeNo: 'dn_forged', total: 100_000_000 }),
            { signWith: forger },
          );
          const res = await send(bindings, '/api/v1/payments/wechatpay/notify', {
            method: 'POST',
            headers: n.headers,
            body: n.body,
          });
          statuses.add(res.status);
        }),
      );
    }
    expect([...statuses]).toEqual([401]);
    expect(await count('payment_events WHERE provider = ?', 'wechatpay')).toBeLessThanOrEqual(before + REFUSALS_KEPT);
    // Genuine deliveries are still recorded and applied.
    const { campaignId } = await wechatCampaign();
    const { id } = await pledgeOnline(campaignId, 500);
    const { res } = await notify(transactionResource({ outTradeNo: id, total: 500 }));
    expect(res.status).toBe(204);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 500, pending_amount: 0, donor_count: 1 });
  });
});
