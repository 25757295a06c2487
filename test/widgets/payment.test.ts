import '../../widgets/src/elements/gongyi-progress.js';
import '../../widgets/src/elements/gongyi-lunch.js';
import { generate, correction } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import type { GongyiProgress } from '../../widgets/src/elements/gongyi-progress.js';
import type { GongyiLunch } from '../../widgets/src/elements/gongyi-lunch.js';
import { navigation } from '../../widgets/src/forms/payment-panel.js';
import { pollTiming } from '../../widgets/src/forms/payment-poller.js';
import { forgetReturn } from '../../widgets/src/forms/payment-return.js';
import { money } from '../../common/format.js';
import {
  $,
  assert,
  campaign,
  cleanup,
  donationResult,
  equal,
  expectNoAxeViolations,
  includes,
  json,
  mount,
  problem,
  stubFetch,
  waitFor,
  type Call,
} from './helpers.js';
import { GAOPING_FIGURES } from './lunch-school.fixture.js';

const GET = 'GET /campaigns/guanheng-elder-centre';
const POST = 'POST /campaigns/guanheng-elder-centre/donations';
const STATUS = 'GET /donations/don_123';
const CODE_URL = 'weixin://wxpay/bizpayurl?pr=Gq3kZ9wAA';
const inHalfAnHour = () => new Date(Date.now() + 30 * 60_000).toISOString();

const wechat = () => ({
  ...donationResult,
  payment: { method: 'wechatpay', reference: 'GY-7K3Q', codeUrl: CODE_URL, expiresAt: inHalfAnHour() },
});
const stripe = () => ({
  ...donationResult,
  payment: {
    method: 'stripe',
    reference: 'GY-7K3Q',
    checkoutUrl: 'https://checkout.stripe.com/c/pay/cs_test_1',
    expiresAt: inHalfAnHour(),
  },
});
const status = (s: string, base: object = wechat()) =>
  json({ ...base, campaignId: 'guanheng-elder-centre', status: s });

let stub: ReturnType<typeof stubFetch>;
const realTiming = { ...pollTiming };
const realAssign = navigation.assign;
const startUrl = location.href;

beforeEach(() => {
  // The same polling code on a short clock; the tests wait for states, never for durations.
  Object.assign(pollTiming, { firstMs: 20, stepMs: 0, maxMs: 20 });
});

afterEach(() => {
  stub?.restore();
  cleanup();
  Object.assign(pollTiming, realTiming);
  navigation.assign = realAssign;
  history.replaceState(null, '', startUrl);
  forgetReturn();
});

async function pledgeTier(
  markup = '<gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress>',
  width?: number,
): Promise<{ el: GongyiProgress; pledge: Element; root: ShadowRoot }> {
  const el = mount<GongyiProgress>(markup, width);
  await waitFor(() => $(el, '[role=progressbar]'), 'loaded card');
  $<HTMLButtonElement>(el, '[part=give]')!.click();
  const pledge = await waitFor(() => $(el, 'gongyi-pledge'), 'pledge element');
  const root = await waitFor(() => pledge.shadowRoot?.querySelector('form') && pledge.shadowRoot, 'pledge form');
  root.querySelectorAll<HTMLButtonElement>('.tier')[1]!.click();
  await waitFor(() => root.querySelectorAll('.tier')[1]!.getAttribute('aria-pressed') === 'true', 'tier pressed');
  root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
  await waitFor(() => root.querySelector('.ref'), 'pledge accepted');
  return { el, pledge, root };
}

const stateText = (root: ShadowRoot) => root.querySelector('[part=payment-state]')?.textContent?.trim() ?? '';
const statusCalls = () => stub.calls.filter((c: Call) => c.url.includes('/donations/don_123'));

describe('payment panel of the giving forms', () => {
  it('offline: instructions, the reference, the organisation’s QR image and “staff confirm”; no polling', async () => {
    const offline = {
      ...donationResult,
      payment: { ...donationResult.payment, qrImageUrl: 'https://img.example.cn/hunan-mzt-pay.png' },
    };
    stub = stubFetch({ [GET]: () => json(campaign), [POST]: () => json(offline, 201) });
    const { root } = await pledgeTier();
    const result = root.querySelector('[role=status]')!;
    await waitFor(() => result.querySelector('.instructions'), 'instructions');
    includes(result.textContent, '6222 0000');
    includes(result.textContent, '付款方式');
    includes(result.textContent, '到账确认后将计入已筹金额');
    const img = result.querySelector<HTMLImageElement>('img.pay-qr-image')!;
    equal(img.getAttribute('src'), 'https://img.example.cn/hunan-mzt-pay.png');
    includes(img.alt, '收款二维码');
    equal(root.querySelector('svg'), null, 'no generated code for offline');
    equal(statusCalls().length, 0, 'nothing to poll: staff confirm offline payments');
    await expectNoAxeViolations(root.host);
  });

  it('offline at 300 px: the reference whole on one line, after 认捐编号 and a full-width colon, and “confirmed, then counted” said once', async () => {
    const reference = 'GY-7K3Q9X2M';
    const offline = {
      ...donationResult,
      payment: {
        method: 'offline',
        reference,
        instructions: `收款账户：户名：湖南省慈善总会；账号：6200 0000 0000 0430 001\n付款时请注明编号 ${reference}（银行转账请写在附言里）。`,
      },
    };
    stub = stubFetch({ [GET]: () => json(campaign), [POST]: () => json(offline, 201) });
    const { root } = await pledgeTier(undefined, 300);
    const result = root.querySelector('[role=status]')!;
    await waitFor(() => result.querySelector('.instructions'), 'instructions');
    const ref = result.querySelector<HTMLElement>('.ref')!;
    equal(ref.textContent, reference);
    equal(ref.getClientRects().length, 1, 'the reference is not broken across lines');
    const line = ref.parentElement!.textContent!.replace(/\s+/g, '');
    equal(line, `认捐编号：${reference}`);
    const text = result.textContent!.replace(/\s+/g, '');
    equal(text.includes('参考号'), false, 'one name for the reference');
    equal(text.match(/计入已筹/g)?.length, 1, 'said once');
    equal(/[\u4e00-\u9fff][:,]/.test(text), false, 'no half-width colon or comma after Chinese text');
  });

  it('wechatpay: draws code_url as a QR code (lean-qr’s own modules, no style attribute) with an accessible name', async () => {
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => json(wechat(), 201),
      [STATUS]: () => status('pending'),
    });
    const { root } = await pledgeTier('<gongyi-progress campaign="guanheng-elder-centre" lang="en"></gongyi-progress>');
    const svg = await waitFor(() => root.querySelector('svg[part=qr]'), 'QR code');
    const expected = generate(CODE_URL, { minCorrectionLevel: correction.M });
    equal(Number(svg.getAttribute('data-modules')), expected.size, 'module count');
    equal(svg.getAttribute('viewBox'), `-4 -4 ${expected.size + 8} ${expected.size + 8}`, 'quiet zone of 4 modules');
    equal(
      svg.querySelector('path')!.getAttribute('d'),
      toSvgPath(expected),
      'the very modules lean-qr computes for code_url',
    );
    const fifty = money(20000, 'CNY', 'en');
    equal(svg.getAttribute('role'), 'img');
    equal(svg.getAttribute('aria-label'), `Scan with WeChat to pay ${fifty}`);
    const panel = root.querySelector('[part=payment]')!;
    includes(panel.textContent, `Scan with WeChat to pay ${fifty}`);
    includes(root.querySelector('.ref')!.textContent, 'GY-7K3Q');
    equal(root.querySelectorAll('[style]').length, 0, 'no inline style attributes (strict CSP)');
    const box = svg.getBoundingClientRect();
    assert(
      box.width >= 150 && Math.abs(box.width - box.height) < 1,
      `square, scannable size ${box.width}×${box.height}`,
    );
    includes(stateText(root), 'Waiting for the payment');
    await expectNoAxeViolations(root.host);
  });

  it('wechatpay: polls the status past the cache until confirmed, then says thank you, fires the event and refreshes the figures', async () => {
    let polls = 0;
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => json(wechat(), 201),
      [STATUS]: () => status(++polls < 3 ? 'pending' : 'confirmed'),
    });
    const events: CustomEvent[] = [];
    document.addEventListener('gongyi-payment-confirmed', (e) => events.push(e as CustomEvent), { once: true });
    const { el, root } = await pledgeTier();
    await waitFor(() => root.querySelector('svg[part=qr]'), 'QR code');
    const live = root.querySelector('[part=payment-state]')!;
    equal(live.getAttribute('aria-live'), 'polite', 'status changes are announced');
    await waitFor(() => stateText(root).includes('已确认'), 'confirmed');
    includes(stateText(root), '谢谢您');
    includes(stateText(root), money(20000, 'CNY', 'zh-Hans'));
    equal(root.querySelector('svg[part=qr]'), null, 'the code is gone once paid');
    equal(root.querySelector('[part=check-again]'), null);
    equal(polls, 3);
    assert(
      statusCalls().every((c) => c.cache === 'no-cache' && c.method === 'GET'),
      'every poll bypasses the HTTP cache',
    );
    equal(events.length, 1);
    equal(events[0]!.detail.id, 'don_123');
    equal(events[0]!.detail.amount, 20000);
    const campaignGets = () => stub.calls.filter((c) => c.url.endsWith('/campaigns/guanheng-elder-centre'));
    await waitFor(() => campaignGets().length >= 3, 'the card reloads after the pledge and again after the payment');
    equal(campaignGets().at(-1)!.cache, 'no-cache');
    equal(el.shadowRoot!.querySelector('gongyi-pledge'), root.host, 'same form, still showing its result');
    await expectNoAxeViolations(root.host);
  });

  it('wechatpay: “check again” asks at once and says it is still waiting; a failed check is shown, not fatal', async () => {
    Object.assign(pollTiming, { firstMs: 600_000, stepMs: 0, maxMs: 600_000 }); // only the button asks
    let fail = true;
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => json(wechat(), 201),
      [STATUS]: () => ((fail = !fail) ? Promise.reject(new TypeError('Failed to fetch')) : status('pending')),
    });
    const { root } = await pledgeTier('<gongyi-progress campaign="guanheng-elder-centre" lang="en"></gongyi-progress>');
    await waitFor(() => root.querySelector('svg[part=qr]'), 'QR code');
    equal(statusCalls().length, 0);
    const again = root.querySelector<HTMLButtonElement>('[part=check-again]')!;
    again.focus();
    again.click();
    await waitFor(() => stateText(root).includes('Still waiting for the payment'), 'still waiting');
    equal(statusCalls().length, 1);
    root.querySelector<HTMLButtonElement>('[part=check-again]')!.click();
    await waitFor(() => root.querySelector('.pay .err')?.textContent?.includes('Network error'), 'network error shown');
    includes(stateText(root), 'Still waiting', 'still waiting: the payment may yet arrive');
    assert(root.querySelector('[part=check-again]'), 'the donor can ask again');
  });

  it('wechatpay: once the code expires unpaid it says so, stops, and “start again” brings the form back', async () => {
    const soon = { ...wechat(), payment: { ...wechat().payment, expiresAt: new Date(Date.now() + 300).toISOString() } };
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => json(soon, 201),
      [STATUS]: () => status('pending', soon),
    });
    const { root } = await pledgeTier(
      '<gongyi-progress campaign="guanheng-elder-centre" lang="zh-Hant"></gongyi-progress>',
    );
    await waitFor(() => stateText(root).includes('已過期'), 'expired');
    equal(root.querySelector('svg[part=qr]'), null, 'an expired code is not shown');
    equal(root.querySelector('[part=check-again]'), null);
    const n = statusCalls().length;
    await expectNoAxeViolations(root.host);
    equal(statusCalls().length, n, 'no polling after expiry');
    root.querySelector<HTMLButtonElement>('[part=start-again]')!.click();
    await waitFor(() => root.querySelector('form'), 'form again');
  });

  it('a server-side expiry or cancellation ends the wait the same way', async () => {
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => json(wechat(), 201),
      [STATUS]: () => status('expired'),
    });
    const { root } = await pledgeTier('<gongyi-progress campaign="guanheng-elder-centre" lang="en"></gongyi-progress>');
    await waitFor(() => stateText(root).includes('expired'), 'expired');
    assert(root.querySelector('[part=start-again]'));
  });

  it('stops polling while the card is off the page, and resumes when it is back', async () => {
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => json(wechat(), 201),
      [STATUS]: () => status('pending'),
    });
    const { el, root } = await pledgeTier();
    await waitFor(() => statusCalls().length >= 1, 'polling');
    const box = el.parentElement!;
    box.remove(); // the host page takes the card out (e.g. a tab is closed)
    const n = statusCalls().length;
    await new Promise((r) => setTimeout(r, 300)); // 15 poll periods on the short clock
    equal(statusCalls().length, n, 'no polls while detached');
    document.body.append(box);
    await waitFor(() => statusCalls().length > n, 'polling again');
    includes(stateText(root), '正在等待付款');
    box.remove();
  });

  it('stripe: sends this page as returnUrl and goes to the checkout page, with a link as fallback', async () => {
    const sent: string[] = [];
    navigation.assign = (url) => void sent.push(url);
    history.replaceState(null, '', startUrl.split('#')[0] + (startUrl.includes('?') ? '&' : '?') + 'tab=give#pledge');
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => json(stripe(), 201),
      'GET /donations/don_123': () => status('pending', stripe()),
    });
    const { root } = await pledgeTier('<gongyi-progress campaign="guanheng-elder-centre" lang="en"></gongyi-progress>');
    await waitFor(() => sent.length === 1, 'redirect');
    equal(sent[0], 'https://checkout.stripe.com/c/pay/cs_test_1');
    const body = JSON.parse(stub.calls.find((c) => c.method === 'POST')!.body!);
    equal(body.returnUrl, location.href.split('#')[0], 'the host page, without the fragment');
    includes(body.returnUrl, 'tab=give');
    const link = await waitFor(() => root.querySelector<HTMLAnchorElement>('a[part=pay-link]'), 'link');
    equal(link.getAttribute('href'), 'https://checkout.stripe.com/c/pay/cs_test_1');
    includes(link.textContent, 'Continue to secure payment');
    await expectNoAxeViolations(root.host);
  });

  it('back from Stripe (?gongyi_donation=…&gongyi_payment=success): the matching card opens the form and waits for the confirmation', async () => {
    history.replaceState(null, '', '?gongyi_donation=don_123&gongyi_payment=success');
    let polls = 0;
    stub = stubFetch({
      [GET]: () => json(campaign),
      [STATUS]: () => status(++polls < 3 ? 'pending' : 'confirmed', stripe()),
    });
    const el = mount<GongyiProgress>('<gongyi-progress campaign="guanheng-elder-centre" lang="en"></gongyi-progress>');
    const pledge = await waitFor(() => $(el, 'gongyi-pledge'), 'form opened by itself');
    equal($(el, '[part=give]')!.getAttribute('aria-expanded'), 'true');
    const root = await waitFor(
      () => pledge.shadowRoot?.querySelector('[part=payment]') && pledge.shadowRoot,
      'status panel',
    );
    equal(root.querySelector('form'), null, 'the status, not a new form');
    includes(root.querySelector('.ref')!.textContent, 'GY-7K3Q');
    await waitFor(() => stateText(root).includes('confirmed'), 'confirmed');
    equal(root.querySelector('a[part=pay-link]'), null, 'no second trip to the checkout');
    await expectNoAxeViolations(root.host);
  });

  it('back from Stripe cancelled: says nothing was charged and offers to start again; other campaigns’ cards stay closed', async () => {
    history.replaceState(null, '', '?gongyi_donation=don_123&gongyi_payment=cancelled');
    stub = stubFetch({
      [GET]: () => json(campaign),
      'GET /campaigns/other': () => json({ ...campaign, id: 'other' }),
      [STATUS]: () => status('pending', stripe()),
    });
    const other = document.createElement('gongyi-progress');
    other.setAttribute('campaign', 'other');
    document.body.append(other);
    try {
      const el = mount<GongyiProgress>('<gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress>');
      const pledge = await waitFor(() => $(el, 'gongyi-pledge'), 'form opened by itself');
      const root = await waitFor(
        () => pledge.shadowRoot?.querySelector('[part=payment-state]') && pledge.shadowRoot,
        'status',
      );
      await waitFor(() => stateText(root).includes('付款已取消'), 'cancelled');
      assert(root.querySelector('[part=start-again]'));
      await waitFor(() => other.shadowRoot?.querySelector('[role=progressbar]'), 'other card loaded');
      equal(other.shadowRoot!.querySelector('gongyi-pledge'), null, 'not this card’s donation');
      equal(statusCalls().length, 1, 'one look-up shared by every card, no polling for a cancelled payment');
    } finally {
      other.remove();
    }
  });

  it('the lunch sponsor form shares the panel: a WeChat Pay code, then confirmed (elder mode, axe)', async () => {
    stub = stubFetch({
      'GET /lunch/gaoping': () => json(lunchSchool),
      'POST /lunch/gaoping/sponsorships': () => json({ ...wechat(), meals: 10, days: null, amount: 4000 }, 201),
      [STATUS]: () => status('confirmed', { ...wechat(), amount: 4000 }),
    });
    Object.assign(pollTiming, { firstMs: 600_000, stepMs: 0, maxMs: 600_000 });
    const el = mount<GongyiLunch>('<gongyi-lunch school="gaoping" elder></gongyi-lunch>');
    await waitFor(() => $(el, '[part=funded-through]'), 'loaded card');
    $<HTMLButtonElement>(el, '[part=sponsor]')!.click();
    const form = await waitFor(() => $(el, 'gongyi-lunch-sponsor'), 'sponsor element');
    const root = await waitFor(() => form.shadowRoot?.querySelector('form') && form.shadowRoot, 'sponsor form');
    root.querySelector<HTMLButtonElement>('[part=quick]')!.click();
    root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    const svg = await waitFor(() => root.querySelector('svg[part=qr]'), 'QR code');
    equal(svg.getAttribute('aria-label'), `请用微信扫码支付 ${money(4000, 'CNY', 'zh-Hans')}`);
    const body = JSON.parse(stub.calls.find((c) => c.method === 'POST')!.body!);
    equal(body.returnUrl, location.href.split('#')[0]);
    await expectNoAxeViolations(form);
    root.querySelector<HTMLButtonElement>('[part=check-again]')!.click();
    await waitFor(() => stateText(root).includes('已确认'), 'confirmed');
    await waitFor(() => stub.calls.filter((c) => c.url.endsWith('/lunch/gaoping')).length >= 3, 'the card refreshes');
  });

  it('back from Stripe for a lunch sponsorship: the school’s card opens its form with the status', async () => {
    history.replaceState(null, '', '?gongyi_donation=don_123&gongyi_payment=success');
    stub = stubFetch({
      'GET /lunch/gaoping': () => json(lunchSchool),
      [STATUS]: () => json({ ...stripe(), amount: 4000, campaignId: 'gaoping-lunch', status: 'confirmed' }),
    });
    const el = mount<GongyiLunch>('<gongyi-lunch school="gaoping" lang="en"></gongyi-lunch>');
    const form = await waitFor(() => $(el, 'gongyi-lunch-sponsor'), 'form opened by itself');
    const root = await waitFor(
      () => form.shadowRoot?.querySelector('[part=payment-state]') && form.shadowRoot,
      'status',
    );
    includes(stateText(root), `Thank you, confirmed: your payment of ${money(4000, 'CNY', 'en')} has arrived.`);
    equal(root.querySelector('form'), null);
    await expectNoAxeViolations(form);
  });

  it('a refused pledge still shows the form error, and no panel', async () => {
    stub = stubFetch({ [GET]: () => json(campaign), [POST]: () => problem(403, 'origin_not_allowed', 'no') });
    const el = mount<GongyiProgress>('<gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress>');
    await waitFor(() => $(el, '[role=progressbar]'), 'loaded card');
    $<HTMLButtonElement>(el, '[part=give]')!.click();
    const pledge = await waitFor(() => $(el, 'gongyi-pledge'), 'pledge element');
    const root = await waitFor(() => pledge.shadowRoot?.querySelector('form') && pledge.shadowRoot, 'pledge form');
    root.querySelector<HTMLButtonElement>('.tier')!.click();
    root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    await waitFor(() => root.querySelector('[role=alert]')!.textContent!.includes('未获公益平台授权'), 'error');
    equal(root.querySelector('[part=payment]'), null);
  });
});

/** Shaped like GET /lunch/gaoping (the fields the card and its form read). */
const lunchSchool = {
  id: 'gaoping',
  orgId: 'hunan-mzt',
  campaignId: 'gaoping-lunch',
  name: '高坪村教学点',
  location: null,
  note: null,
  ...GAOPING_FIGURES,
  recipient: null,
  upcoming: [{ date: '2026-11-23', funded: true }],
  closures: [],
  reportCount: 0,
  reports: [],
  recentSponsors: [],
};
