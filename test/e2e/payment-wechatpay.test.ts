// End to end: a donor pays a pledge with WeChat Pay on the demo article page, in Chromium, against
// the real worker (wrangler dev, local D1) talking to a local WeChat Pay stand-in started here.
// Keys, the platform certificate and the APIv3 key are made by the shared test fixture; the
// worker gets them as its secrets (vars), the stand-in uses the other halves.
import { generate, correction } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { describe, expect, it } from 'vitest';
import { startLocalServer } from '../../scripts/local-server.mjs';
import {
  createWechatPayFixture,
  platformSigner,
  transactionResource,
  verifyMerchantRequest,
  wechatPayNotification,
  wechatSignatureHeaders,
  type WechatPayFixture,
} from '../payments/wechatpay-fixture.js';
import { adminJson, publicJson } from './api.js';
import { getCampaign, pledges, recordPledges, useLiveDemo, zhMoney } from './browser.js';
import { startWechatPayStandIn, type WechatPayStandIn } from './stand-ins/wechatpay.js';

let fx: WechatPayFixture;
let wechat: WechatPayStandIn;
const live = useLiveDemo({
  server: async () => {
    fx = await createWechatPayFixture();
    wechat = await startWechatPayStandIn({
      verifyMerchantRequest: async (method, path, body, authorization) =>
        (await verifyMerchantRequest(fx, authorization, method, path, body)).valid,
      signAnswer: (body) => wechatSignatureHeaders(body, platformSigner(fx)),
      paidNotification: (order) =>
        wechatPayNotification(
          fx,
          transactionResource({
            outTradeNo: order.out_trade_no,
            total: order.amount.total,
            currency: order.amount.currency,
            mchId: order.mchid,
          }),
          { eventType: 'TRANSACTION.SUCCESS' },
        ),
    });
    // Multi-line PEMs go through `wrangler dev --var K:V` as they are (argv keeps newlines; wrangler splits at the first colon).
    const server = await startLocalServer({ vars: { ...fx.vars, WECHATPAY_API_BASE: wechat.url } });
    const stop = server.stop;
    return { ...server, stop: async () => void (await Promise.all([stop(), wechat.close()])) };
  },
});

const progress = () => live.page.locator('#gaoping gongyi-progress');

describe('WeChat Pay, end to end (demo page → worker → WeChat Pay stand-in → notification)', () => {
  it('pledge a tier, scan the QR code, pay: “confirmed” appears without a reload and the total moves by exactly the amount, once', async () => {
    await adminJson(live.server, 'PATCH', '/admin/orgs/hunan-mzt', { paymentProvider: 'wechatpay' });
    const before = await getCampaign(live.server.url, 'gaoping-lunch');
    const amount = before.tiers[0]!.amount;

    // The host page has a strict CSP: the QR code must be drawn without inline style or script.
    const csp =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'";
    await live.page.route(live.server.url + '/', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
    });
    await live.page.goto(live.server.url + '/');
    await recordPledges(live.page);
    await progress().locator('[part="give"]').click();
    const tier = progress().locator('[part="tier"]').first();
    await tier.waitFor({ state: 'visible' });
    await tier.click();
    await progress().locator('[part="submit"]').click();

    // The worker opened a Native order at the stand-in, signed as the merchant; the widget draws its code_url.
    const qr = progress().locator('svg[part="qr"]');
    await qr.waitFor({ state: 'visible' });
    const [pledge] = await pledges(live.page);
    expect(pledge!.amount).toBe(amount);
    expect(wechat.refused).toBe(0);
    expect(wechat.orders).toHaveLength(1);
    const order = wechat.orders[0]!;
    expect(order).toMatchObject({
      mchid: fx.mchId,
      appid: fx.appId,
      out_trade_no: pledge!.id,
      amount: { total: amount, currency: 'CNY' },
    });
    expect(order.notify_url).toBe(`${live.server.url}/api/v1/payments/wechatpay/notify`);
    expect(await qr.locator('path').getAttribute('d')).toBe(
      toSvgPath(generate(order.code_url, { minCorrectionLevel: correction.M })),
    );
    const yuan = await zhMoney(live.page, amount);
    expect(await qr.getAttribute('aria-label')).toBe(`请用微信扫码支付 ${yuan}`);
    const state = progress().locator('[part="payment-state"]');
    expect(await state.innerText()).toContain('正在等待付款');

    // Pending until WeChat says it is paid.
    const pending = await getCampaign(live.server.url, 'gaoping-lunch');
    expect(pending.raisedAmount).toBe(before.raisedAmount);
    expect(pending.pendingAmount).toBe(before.pendingAmount + amount);

    // The donor's phone pays: WeChat notifies the worker; the page polls and says so by itself.
    const delivered = await wechat.pay(pledge!.id);
    expect(delivered.status, delivered.body).toBeLessThan(300);
    await live.page.waitForFunction(
      () => {
        const pledgeEl = document.querySelector('#gaoping gongyi-progress')?.shadowRoot?.querySelector('gongyi-pledge');
        return pledgeEl?.shadowRoot?.querySelector('[part="payment-state"]')?.textContent?.includes('已确认');
      },
      undefined,
      { timeout: 30_000 },
    );
    expect(await state.innerText()).toContain(yuan);
    expect(await qr.count()).toBe(0);

    const after = await getCampaign(live.server.url, 'gaoping-lunch');
    expect(after.raisedAmount - before.raisedAmount).toBe(amount);
    expect(after.pendingAmount).toBe(before.pendingAmount);
    expect(after.donorCount).toBe(before.donorCount + 1);
    // The card refreshed its figures on the confirmation: no reload needed.
    const raised = progress().locator('[part="raised"]');
    const shown = await zhMoney(live.page, after.raisedAmount);
    await expect.poll(async () => (await raised.innerText()).replace(/\s/g, ''), { timeout: 15_000 }).toBe(shown);

    // WeChat delivers the same notification again: acknowledged, nothing counted twice.
    const again = await wechat.redeliver();
    expect(again.status, again.body).toBeLessThan(300);
    const twice = await getCampaign(live.server.url, 'gaoping-lunch');
    expect(twice.raisedAmount).toBe(after.raisedAmount);
    expect(twice.pendingAmount).toBe(after.pendingAmount);
    expect(twice.donorCount).toBe(after.donorCount);

    const status = (await publicJson<{ status: string; amount: number }>(live.server, `/donations/${pledge!.id}`)).body;
    expect(status).toMatchObject({ status: 'confirmed', amount });
    expect(live.errors).toEqual([]); // console errors include any CSP violation
  });
});
