// Which provider takes the money: the organisation's choice, a campaign's override (null
// inherits), a lunch sponsorship following its school's campaign; offline details; the admin
// fields that set them; and the offline flow left as it was.
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STRIPE_TEST_SECRETS } from '../payments/stripe-fixture';
import { createWechatPayFixture, signedAnswer, type WechatPayFixture } from '../payments/wechatpay-fixture';
import { type Bindings, bindingsWith, json, postPledge, send, setProvider, standIn } from '../payments/worker-harness';
import { adminCall, adminOk, expectProblem, makeCampaign, SITE, uid, filing, makeRecipient } from './helpers';

let bindings: Bindings;
let fx: WechatPayFixture;
let stand: ReturnType<typeof standIn> | undefined;
beforeAll(async () => {
  fx = await createWechatPayFixture();
  bindings = bindingsWith({
    ...fx.vars,
    ...STRIPE_TEST_SECRETS,
    WECHATPAY_API_BASE: 'https://wechatpay.test',
    STRIPE_API_BASE: 'https://stripe.test',
  });
});
afterEach(() => stand?.restore());

/** Answers whichever provider is asked, so the test sees which one the worker chose. */
function anyProvider() {
  stand?.restore();
  stand = standIn(['wechatpay.test', 'stripe.test'], (call) =>
    call.url.host === 'wechatpay.test'
      ? signedAnswer(fx, { code_url: 'weixin://wxpay/bizpayurl?pr=x' })
      : json({ id: 'cs_test_1', url: 'https://checkout.stripe.test/1' }),
  );
  return stand.calls;
}
const hosts = (calls: { url: URL }[]) => calls.map((c) => c.url.host);

const methodOf = async (campaignId: string) => {
  const res = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 1000 });
  const body = await res.json<any>();
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.payment.method as string;
};

describe('provider choice', () => {
  it('follows the organisation, is overridden per campaign, and null on the campaign inherits again', async () => {
    const { recipientId, orgId, campaignId, projectId } = await makeCampaign();
    const calls = anyProvider();
    expect(await methodOf(campaignId)).toBe('offline');
    expect(hosts(calls)).toEqual([]);
    await setProvider(orgId, 'wechatpay');
    expect(await methodOf(campaignId)).toBe('wechatpay');
    const patched = await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { paymentProvider: 'stripe' });
    expect(patched.paymentProvider).toBe('stripe');
    expect(await methodOf(campaignId)).toBe('stripe');
    // A sibling campaign of the same organisation still uses the organisation's provider.
    const sibling = await adminOk('POST', '/admin/campaigns', {
      id: uid('cp'),
      projectId,
      title: '另一募捐',
      goalAmount: 100000,
      ...filing(recipientId),
    });
    expect(sibling.paymentProvider).toBeNull();
    expect(await methodOf(sibling.id)).toBe('wechatpay');
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { paymentProvider: null });
    expect(await methodOf(campaignId)).toBe('wechatpay');
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { paymentProvider: 'offline' });
    expect(await methodOf(campaignId)).toBe('offline');
    expect(hosts(calls)).toEqual(['wechatpay.test', 'stripe.test', 'wechatpay.test', 'wechatpay.test']);
  });

  it("a lunch sponsorship uses its school's campaign provider and answers the same payment shape", async () => {
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
    const calls = anyProvider();
    const res = await postPledge(bindings, `/api/v1/lunch/${school.id}/sponsorships`, { meals: 5 });
    const body = await res.json<any>();
    expect(res.status).toBe(201);
    expect(body).toMatchObject({
      status: 'pending',
      meals: 5,
      amount: 2000,
      payment: { method: 'wechatpay', codeUrl: 'weixin://wxpay/bizpayurl?pr=x' },
    });
    expect(hosts(calls)).toEqual(['wechatpay.test']);
    await adminOk('PATCH', `/admin/campaigns/${school.campaignId}`, { paymentProvider: 'stripe' });
    const viaStripe = await (
      await postPledge(bindings, `/api/v1/lunch/${school.id}/sponsorships`, { days: 1 })
    ).json<any>();
    expect(viaStripe.payment.method).toBe('stripe');
    const poll = await (await send(bindings, `/api/v1/donations/${viaStripe.id}`)).json<any>();
    expect(poll).toMatchObject({
      campaignId: school.campaignId,
      status: 'pending',
      amount: 4000,
      payment: { method: 'stripe' },
    });
  });

  it('rejects an unknown provider name (400) and changes nothing', async () => {
    const { orgId, campaignId } = await makeCampaign();
    await expectProblem(
      await adminCall('PATCH', `/admin/orgs/${orgId}`, { paymentProvider: 'alipay' }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('PATCH', `/admin/campaigns/${campaignId}`, { paymentProvider: 'paypal' }),
      400,
      'validation_failed',
    );
    const org = (await adminOk('GET', '/admin/orgs')).items.find((o: { id: string }) => o.id === orgId);
    expect(org).toMatchObject({ paymentProvider: 'offline', paymentAccount: null, paymentQrUrl: null });
  });
});

describe('offline', () => {
  it("shows the organisation's account and payment-QR image with the instructions; the poll shows them again", async () => {
    const { orgId, campaignId } = await makeCampaign();
    await adminOk('PATCH', `/admin/orgs/${orgId}`, {
      paymentAccount: '户名：测试基金会 开户行：工行长沙分行 账号：1901 0000 0000',
      paymentQrUrl: 'https://cdn.example.cn/qr.png',
    });
    const res = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 1000 });
    const body = await res.json<any>();
    expect(body.payment).toEqual({
      method: 'offline',
      reference: expect.stringMatching(/^GY-/),
      qrImageUrl: 'https://cdn.example.cn/qr.png',
      instructions: expect.stringContaining('收款账户：户名：测试基金会'),
    });
    expect(body.payment.instructions).toContain(body.payment.reference);
    const poll = await (await send(bindings, `/api/v1/donations/${body.id}`)).json<any>();
    expect(poll).toEqual({
      id: body.id,
      campaignId,
      status: 'pending',
      amount: 1000,
      currency: 'CNY',
      payment: body.payment,
    });
    await adminOk('POST', `/admin/donations/${body.id}/confirm`);
    expect((await (await send(bindings, `/api/v1/donations/${body.id}`)).json<any>()).status).toBe('confirmed');
  });

  it('the poll shows what the donor was told when pledging: a later account, QR or instructions sends no earlier transfer elsewhere', async () => {
    const { orgId, campaignId } = await makeCampaign();
    await adminOk('PATCH', `/admin/orgs/${orgId}`, {
      paymentAccount: '户名：测试基金会 账号：1901 0000 0000',
      paymentQrUrl: 'https://cdn.example.cn/qr.png',
    });
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { paymentInstructions: '转账请备注“午餐”' });
    const earlier = await (
      await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 1000 })
    ).json<any>();
    await adminOk('PATCH', `/admin/orgs/${orgId}`, {
      paymentAccount: '户名：另一个人 账号：6222 9999 9999',
      paymentQrUrl: 'https://elsewhere.example/qr.png',
    });
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { paymentInstructions: '请转到新账户' });
    const poll = await (await send(bindings, `/api/v1/donations/${earlier.id}`)).json<any>();
    expect(poll.payment).toEqual(earlier.payment);
    expect(poll.payment.instructions).toContain('1901 0000 0000');
    expect(poll.payment.instructions).not.toContain('6222');
    // and the pledge's copy is never rewritten
    await expect(
      env.DB.prepare('UPDATE donations SET offline_payment = ? WHERE id = ?')
        .bind('{"account":"6222"}', earlier.id)
        .run(),
    ).rejects.toThrow(/offline_payment_is_fixed/);
    // A pledge made now is told the new account.
    const later = await (
      await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 1000 })
    ).json<any>();
    expect(later.payment).toMatchObject({
      qrImageUrl: 'https://elsewhere.example/qr.png',
      instructions: expect.stringContaining('6222 9999 9999'),
    });
    expect((await (await send(bindings, `/api/v1/donations/${later.id}`)).json<any>()).payment).toEqual(later.payment);
  });

  it('an offline pledge from before the copies were kept is told what the settings were when the migration ran', async () => {
    const { orgId, campaignId } = await makeCampaign();
    await adminOk('PATCH', `/admin/orgs/${orgId}`, { paymentAccount: '账号：1901 0000 0000' });
    const id = `dn_${uid('old')}`;
    await env.DB.prepare(
      `INSERT INTO donations (id, campaign_id, amount, currency, reference, status, channel) VALUES (?, ?, 1000, 'CNY', ?, 'pending', 'offline')`,
    )
      .bind(id, campaignId, `GY-${id.slice(-8).toUpperCase()}`)
      .run();
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.includes('_pledge_payment_snapshot'))!;
    await env.DB.prepare(migration.queries.find((q) => /^\s*UPDATE donations/.test(q))!).run();
    await adminOk('PATCH', `/admin/orgs/${orgId}`, { paymentAccount: '账号：6222 9999 9999' });
    const poll = await (await send(bindings, `/api/v1/donations/${id}`)).json<any>();
    expect(poll.payment.instructions).toContain('1901 0000 0000');
  });

  it('accepts a returnUrl on the page origin (the widgets always send one) and refuses one elsewhere', async () => {
    const { campaignId } = await makeCampaign();
    expect(
      (
        await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, {
          amount: 100,
          returnUrl: `${SITE}/page.html`,
        })
      ).status,
    ).toBe(201);
    await expectProblem(
      await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, {
        amount: 100,
        returnUrl: 'http://localhost:9999/page.html',
      }),
      400,
      'validation_failed',
    );
  });

  it('the poll of an unknown donation is 404, still readable cross-origin', async () => {
    const res = await send(bindings, '/api/v1/donations/dn_unknown');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    await expectProblem(res, 404, 'not_found');
  });
});
