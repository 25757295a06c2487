// Monthly giving (月捐) in the widgets: the pledge form's once / monthly choice where the campaign
// offers it, what it sends and says, the donor's own link in every result (kept across the trip to
// Stripe), and the card's monthly donors figure; three languages, elder mode, axe.
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/src/elements/gongyi-progress.js';
import type { GongyiProgress } from '../../widgets/src/elements/gongyi-progress.js';
import { navigation } from '../../widgets/src/forms/payment-panel.js';
import { pollTiming } from '../../widgets/src/forms/payment-poller.js';
import { forgetReturn } from '../../widgets/src/forms/payment-return.js';
import { elderAudit, MIIT_ELDER } from '../e2e/elder-audit.js';
import {
  $,
  assert,
  campaign,
  cleanup,
  deferred,
  donationResult,
  equal,
  expectNoAxeViolations,
  includes,
  json,
  mount,
  stubFetch,
  waitFor,
} from './helpers.js';

const GET = 'GET /campaigns/guanheng-elder-centre';
const POST = 'POST /campaigns/guanheng-elder-centre/donations';
const DONOR_URL = 'https://gongyi.example.org/donor/don_123.c2lnbmVkLXRva2Vu';
const monthlyCampaign = { ...campaign, monthlyAllowed: true, monthlyDonors: 0 };
/** The service's answer to a pledge: its frequency and the donor's own link. */
const answer = (frequency: 'once' | 'monthly', donorUrl: string | null = DONOR_URL) => ({
  ...donationResult,
  amount: 5000,
  frequency,
  ...(frequency === 'monthly' ? { planId: 'mp_1' } : {}),
  donorUrl,
});
const postAnswering = (donorUrl?: string | null) => (c: { body: string | null }) =>
  json(answer(JSON.parse(c.body!).frequency === 'monthly' ? 'monthly' : 'once', donorUrl), 201);

let stub: ReturnType<typeof stubFetch>;
const realTiming = { ...pollTiming };
const realAssign = navigation.assign;
const startUrl = location.href;

afterEach(() => {
  stub?.restore();
  cleanup();
  Object.assign(pollTiming, realTiming);
  navigation.assign = realAssign;
  history.replaceState(null, '', startUrl);
  forgetReturn();
  sessionStorage.clear();
});

async function loaded(attrs = ''): Promise<GongyiProgress> {
  const el = mount<GongyiProgress>(`<gongyi-progress campaign="guanheng-elder-centre" ${attrs}></gongyi-progress>`);
  await waitFor(() => $(el, '[role=progressbar]'), 'loaded card');
  return el;
}

async function openForm(el: GongyiProgress): Promise<ShadowRoot> {
  $<HTMLButtonElement>(el, '[part=give]')!.click();
  const pledge = await waitFor(() => $(el, 'gongyi-pledge'), 'pledge element');
  return waitFor(() => pledge.shadowRoot?.querySelector('form') && pledge.shadowRoot, 'pledge form');
}

const radios = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[type=radio][name=frequency]')];
const submitText = (root: ShadowRoot) => root.querySelector('[type=submit]')!.textContent!.trim();
const result = (root: ShadowRoot) => root.querySelector('[part=result]')!.textContent!.replace(/\s+/g, ' ');

/** Opens the form, picks the first tier (50 元), monthly or not, and submits; the result's root. */
async function pledge(el: GongyiProgress, monthly: boolean): Promise<ShadowRoot> {
  const root = await openForm(el);
  root.querySelector<HTMLButtonElement>('.tier')!.click();
  if (monthly) radios(root)[1]!.click();
  await waitFor(() => root.querySelector('.tier')!.getAttribute('aria-pressed') === 'true', 'tier pressed');
  root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
  await waitFor(() => root.querySelector('.ref'), 'pledge accepted');
  return root;
}

describe('<gongyi-pledge>: once or monthly (月捐)', () => {
  it('offers 单次 / 每月 only where the campaign allows monthly: a radio group named by its legend, once by default', async () => {
    stub = stubFetch({ [GET]: () => json(monthlyCampaign) });
    const root = await openForm(await loaded());
    const group = root.querySelector('fieldset[part=frequency]')!;
    assert(group, 'the choice is there');
    equal(group.querySelector('legend')!.textContent!.trim(), '捐赠频率');
    equal(radios(root).length, 2);
    equal(
      radios(root)
        .map((r) => r.closest('label')!.textContent!.trim())
        .join(' / '),
      '单次 / 每月',
    );
    equal(
      radios(root)
        .map((r) => r.checked)
        .join(),
      'true,false',
      'once unless the donor chooses monthly',
    );
    equal(group.getAttribute('aria-describedby'), 'frequency-hint');
    includes(root.getElementById('frequency-hint')!.textContent, '随时');
    await expectNoAxeViolations(root.host);

    for (const body of [
      { ...campaign, monthlyAllowed: false },
      { ...campaign, monthlyAllowed: undefined },
    ]) {
      stub.restore();
      stub = stubFetch({ [GET]: () => json(body) });
      const plain = await openForm(await loaded());
      equal(
        plain.querySelector('[part=frequency]'),
        null,
        `no choice with monthlyAllowed ${String(body.monthlyAllowed)}`,
      );
      equal(radios(plain).length, 0);
    }
  });

  it('the arrow keys move between once and monthly, and the button says “每月捐 50元”', async () => {
    stub = stubFetch({ [GET]: () => json(monthlyCampaign) });
    const root = await openForm(await loaded());
    root.querySelector<HTMLButtonElement>('.tier')!.click();
    await waitFor(() => submitText(root) === '确认认捐 50元', 'a one-off gift first');
    radios(root)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => radios(root)[1]!.checked, 'monthly chosen with the keyboard');
    await waitFor(() => submitText(root) === '每月捐 50元', `monthly button (got “${submitText(root)}”)`);
    equal(root.activeElement, radios(root)[1], 'focus follows the choice');
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => submitText(root) === '确认认捐 50元', 'back to once');
  });

  it('the POST body carries frequency: monthly or once; none where the choice is not offered; “again” starts from once', async () => {
    stub = stubFetch({ [GET]: () => json(monthlyCampaign), [POST]: postAnswering() });
    const el = await loaded();
    const root = await pledge(el, true);
    const posts = () => stub.calls.filter((c) => c.method === 'POST').map((c) => JSON.parse(c.body!));
    equal(posts()[0].frequency, 'monthly');
    equal(posts()[0].amount, 5000);
    root.querySelector<HTMLButtonElement>('.result .btn.ghost')!.click(); // 再捐一笔
    await waitFor(() => radios(root).length === 2, 'the form again');
    equal(radios(root)[0]!.checked, true, 'once again by default');
    root.querySelector<HTMLButtonElement>('.tier')!.click();
    await waitFor(() => submitText(root) === '确认认捐 50元', 'one-off button');
    root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    await waitFor(() => posts().length === 2, 'second pledge');
    equal(posts()[1].frequency, 'once');

    stub.restore();
    stub = stubFetch({ [GET]: () => json(campaign), [POST]: postAnswering() });
    await pledge(await loaded(), false);
    equal('frequency' in posts()[0], false, 'an older campaign view: the request as before');
  });

  it('the result says monthly and links the donor’s own page in a new tab; a one-off pledge links it too', async () => {
    stub = stubFetch({ [GET]: () => json(monthlyCampaign), [POST]: postAnswering() });
    const el = await loaded();
    const events: CustomEvent[] = [];
    el.addEventListener('gongyi-pledge', (e) => events.push(e as CustomEvent));
    let root = await pledge(el, true);
    includes(result(root), '每月捐 50元');
    includes(result(root), '认捐编号：GY-7K3Q');
    const link = await waitFor(() => root.querySelector<HTMLAnchorElement>('a[part=donor-link]'), 'donor link');
    equal(link.getAttribute('href'), DONOR_URL);
    equal(link.target, '_blank');
    includes(link.rel, 'noopener');
    includes(link.textContent, '我的捐赠 / 停止月捐');
    includes(link.querySelector('.sr')!.textContent, '在新标签页打开');
    includes(result(root), '请妥善保存');
    equal(events[0]!.detail.frequency, 'monthly');

    root = await pledge(await loaded(), false);
    const once = await waitFor(
      () => root.querySelector<HTMLAnchorElement>('a[part=donor-link]'),
      'donor link of a one-off gift',
    );
    equal(once.getAttribute('href'), DONOR_URL);
    equal(once.textContent!.replace(once.querySelector('.sr')!.textContent!, '').trim(), '我的捐赠');
    assert(!result(root).includes('每月捐'), 'a one-off result does not say monthly');

    // Only an http(s) link becomes one; an answer without a link shows none.
    for (const bad of ['javascript:alert(1)', null]) {
      stub.restore();
      stub = stubFetch({ [GET]: () => json(monthlyCampaign), [POST]: postAnswering(bad) });
      root = await pledge(await loaded(), true);
      equal(root.querySelector('a[part=donor-link]'), null, `no link for ${String(bad)}`);
    }
  });

  it('the donor link survives the trip to Stripe: back on the page, the result is still monthly and links the donor page', async () => {
    Object.assign(pollTiming, { firstMs: 20, stepMs: 0, maxMs: 20 });
    const sent: string[] = [];
    navigation.assign = (url) => void sent.push(url);
    const stripe = {
      ...answer('monthly'),
      payment: {
        method: 'stripe',
        reference: 'GY-7K3Q',
        checkoutUrl: 'https://checkout.stripe.com/c/pay/cs_test_1',
        expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      },
    };
    // The public status carries no donor link and no frequency, as the service's does not.
    const { donorUrl: _u, frequency: _f, planId: _p, ...status } = stripe;
    stub = stubFetch({
      [GET]: () => json(monthlyCampaign),
      [POST]: () => json(stripe, 201),
      'GET /donations/don_123': () => json({ ...status, campaignId: 'guanheng-elder-centre', status: 'confirmed' }),
    });
    await pledge(await loaded(), true);
    await waitFor(() => sent.length === 1, 'off to the checkout page');

    cleanup();
    history.replaceState(null, '', '?gongyi_donation=don_123&gongyi_payment=success');
    const el = mount<GongyiProgress>('<gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress>');
    const form = await waitFor(() => $(el, 'gongyi-pledge'), 'form opened by itself');
    const root = await waitFor(
      () => form.shadowRoot?.querySelector('a[part=donor-link]') && form.shadowRoot,
      'donor link after coming back',
    );
    equal(root.querySelector('a[part=donor-link]')!.getAttribute('href'), DONOR_URL);
    includes(root.querySelector('a[part=donor-link]')!.textContent, '停止月捐');
    includes(result(root), '每月捐 50元');
    await waitFor(() => root.querySelector('[part=payment-state]')?.textContent?.includes('已确认'), 'confirmed');
  });

  it('speaks zh-Hant and en: the choice, the button, the result and the link', async () => {
    const words = {
      'zh-Hant': {
        legend: '捐贈頻率',
        choice: '單次 / 每月',
        button: '每月捐 50元',
        result: '每月捐 50元',
        link: '我的捐贈 / 停止月捐',
        tab: '在新分頁開啟',
      },
      en: {
        legend: 'How often',
        choice: 'Once / Monthly',
        button: 'Give ¥50 monthly',
        result: 'Monthly: ¥50',
        link: 'My gifts / stop the monthly gift',
        tab: 'opens in a new tab',
      },
    };
    stub = stubFetch({ [GET]: () => json(monthlyCampaign), [POST]: postAnswering() });
    for (const [lang, w] of Object.entries(words)) {
      const el = await loaded(`lang="${lang}"`);
      const root = await openForm(el);
      equal(root.querySelector('[part=frequency] legend')!.textContent!.trim(), w.legend, lang);
      equal(
        radios(root)
          .map((r) => r.closest('label')!.textContent!.trim())
          .join(' / '),
        w.choice,
        lang,
      );
      root.querySelector<HTMLButtonElement>('.tier')!.click();
      radios(root)[1]!.click();
      await waitFor(() => submitText(root) === w.button, `${lang} button (got “${submitText(root)}”)`);
      root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
      const link = await waitFor(() => root.querySelector('a[part=donor-link]'), `${lang} link`);
      includes(result(root), w.result, lang);
      includes(link.textContent, w.link, lang);
      includes(link.textContent, w.tab, lang);
    }
  });

  it('elder mode: the choice and the link are 60 px targets in large type; the elder audit and axe pass, form and result', async () => {
    stub = stubFetch({ [GET]: () => json(monthlyCampaign), [POST]: postAnswering() });
    const el = await loaded('elder');
    const root = await openForm(el);
    root.querySelector<HTMLButtonElement>('.tier')!.click();
    radios(root)[1]!.click();
    await waitFor(() => submitText(root) === '每月捐 50元', 'monthly chosen');
    for (const r of radios(root)) {
      const box = r.closest('label')!.getBoundingClientRect();
      assert(box.height >= 60 && box.width >= 60, `radio label target ${box.width}×${box.height}`);
      assert(parseFloat(getComputedStyle(r.closest('label')!).fontSize) >= 24, 'label type ≥ 24 px');
    }
    equal(elderAudit(MIIT_ELDER).join('\n'), '', 'elder audit, form');
    await expectNoAxeViolations(el);
    root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    const link = await waitFor(() => root.querySelector('a[part=donor-link]'), 'donor link');
    const box = link.getBoundingClientRect();
    assert(box.height >= 60 && box.width >= 60, `link target ${box.width}×${box.height}`);
    equal(elderAudit(MIIT_ELDER).join('\n'), '', 'elder audit, result');
    await expectNoAxeViolations(el);
    // Dark and English too, the form with its choice.
    const dark = await loaded('elder theme="dark" lang="en"');
    await openForm(dark);
    await expectNoAxeViolations(dark);
  });
});

describe('<gongyi-progress>: monthly donors (月捐人数)', () => {
  it('shows “月捐人数 N” once a monthly plan is active, in three languages; none without one; the box stays', async () => {
    const figure = (el: Element) => $(el, '[part=monthly-donors]');
    stub = stubFetch({ [GET]: () => json({ ...monthlyCampaign, monthlyDonors: 1234 }) });
    for (const [lang, label, n] of [
      ['zh-Hans', '月捐人数', '1,234'],
      ['zh-Hant', '月捐人數', '1,234'],
      ['en', 'Monthly donors', '1,234'],
    ] as const) {
      const el = await loaded(`lang="${lang}"`);
      equal(figure(el)?.textContent!.trim(), n, `${lang} figure`);
      equal(figure(el)!.previousElementSibling!.textContent!.trim(), label, `${lang} label`);
    }
    for (const monthlyDonors of [0, undefined]) {
      stub.restore();
      stub = stubFetch({ [GET]: () => json({ ...monthlyCampaign, monthlyDonors }) });
      equal(figure(await loaded()), null, `no figure for ${String(monthlyDonors)}`);
    }
    // Skeleton and card are the same height with a monthly donor (normal, elder, narrow).
    for (const [attrs, width] of [
      ['', 420],
      ['elder', 420],
      ['', 260],
    ] as const) {
      stub.restore();
      const d = deferred();
      stub = stubFetch({ [GET]: () => d.response });
      const el = mount<GongyiProgress>(
        `<gongyi-progress campaign="guanheng-elder-centre" ${attrs}></gongyi-progress>`,
        width,
      );
      await waitFor(() => $(el, '.sk'), 'skeleton');
      const before = el.getBoundingClientRect().height;
      d.release(json({ ...monthlyCampaign, monthlyDonors: 1 }));
      await waitFor(() => figure(el), 'figure');
      const after = el.getBoundingClientRect().height;
      // The skeleton cannot know that this campaign offers monthly giving and keeps no slot for a
      // figure that may not come (no hole): where the figures fill their rows (elder type, a narrow
      // column) the card may grow by that one figure's row; in elder type also by the filing
      // number's one line (progress.test.ts). Never shrink: that would leave a hole below.
      const cell = figure(el)!.parentElement!;
      const row = cell.getBoundingClientRect().height + parseFloat(getComputedStyle(cell.parentElement!).rowGap || '0');
      const slack = (attrs === 'elder' ? 36 : 0.5) + row;
      assert(
        after >= before - 0.5 && after - before <= slack,
        `${attrs || width + 'px'}: skeleton ${before}px, loaded ${after}px (slack ${slack}px)`,
      );
      if (attrs === 'elder') {
        assert(parseFloat(getComputedStyle(figure(el)!).fontSize) >= 24, 'elder figure ≥ 24 px');
        equal(elderAudit(MIIT_ELDER).join('\n'), '', 'elder audit');
        await expectNoAxeViolations(el);
      }
    }
  });
});
