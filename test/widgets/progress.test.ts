import '../../widgets/src/elements/gongyi-progress.js';
import type { GongyiProgress } from '../../widgets/src/elements/gongyi-progress.js';
import {
  $,
  $$,
  assert,
  layoutDefects,
  campaign,
  cleanup,
  deferred,
  donationResult,
  equal,
  expectNoAxeViolations,
  includes,
  json,
  mount,
  problem,
  stubFetch,
  text,
  waitFor,
} from './helpers.js';
import { elderAudit, MIIT_ELDER } from '../e2e/elder-audit.js';

const GET = 'GET /campaigns/guanheng-elder-centre';
const POST = 'POST /campaigns/guanheng-elder-centre/donations';
let stub: ReturnType<typeof stubFetch>;

afterEach(() => {
  stub?.restore();
  cleanup();
});

async function loaded(
  markup = '<gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress>',
): Promise<GongyiProgress> {
  const el = mount<GongyiProgress>(markup);
  await waitFor(() => $(el, '[role=progressbar]'), 'loaded card');
  return el;
}

async function openForm(el: GongyiProgress): Promise<Element> {
  $<HTMLButtonElement>(el, '[part=give]')!.click();
  const pledge = await waitFor(() => $(el, 'gongyi-pledge'), 'pledge element');
  await waitFor(() => pledge.shadowRoot?.querySelector('form'), 'pledge form');
  return pledge;
}

describe('<gongyi-progress>', () => {
  it('shows a skeleton with reserved height, and the box keeps its size when data arrives', async () => {
    const d = deferred();
    stub = stubFetch({ [GET]: () => d.response });
    const el = mount<GongyiProgress>('<gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress>');
    await waitFor(() => $(el, '.sk'), 'skeleton');
    await waitFor(() => $(el, '[role=status]')?.textContent?.includes('正在加载'), 'loading text');
    equal($(el, '.card')!.getAttribute('aria-busy'), 'true', 'busy while loading');
    await expectNoAxeViolations(el); // the skeleton is hidden decoration, not empty headings
    const before = el.getBoundingClientRect().height;
    assert(before > 300, `reserved height ${before}`);
    equal(parseFloat(getComputedStyle(el).minHeight) > 0, true, ':host min-height');
    d.release(json(campaign));
    await waitFor(() => $(el, '[role=progressbar]'), 'loaded');
    const after = el.getBoundingClientRect().height;
    assert(Math.abs(after - before) < 0.5, `no layout shift: skeleton ${before}px, loaded ${after}px`);
  });

  it('keeps the same height in a narrow column, and within one line in elder mode', async () => {
    // The placeholders wrap where text of the usual length does. In elder type the filing number's
    // link (a 60 px target) wraps inside itself, which a placeholder cannot foresee: one line at most.
    for (const [attrs, width, slack] of [
      ['elder', 420, 36],
      ['', 260, 0.5],
    ] as const) {
      const d = deferred();
      stub = stubFetch({ [GET]: () => d.response });
      const el = mount<GongyiProgress>(
        `<gongyi-progress campaign="guanheng-elder-centre" ${attrs}></gongyi-progress>`,
        width,
      );
      await waitFor(() => $(el, '.sk'), 'skeleton');
      const before = el.getBoundingClientRect().height;
      d.release(json(campaign));
      await waitFor(() => $(el, '[role=progressbar]'), 'loaded');
      const after = el.getBoundingClientRect().height;
      assert(Math.abs(after - before) <= slack, `${attrs || width + 'px'}: skeleton ${before}px, loaded ${after}px`);
      stub.restore();
    }
  });

  it('renders goal, confirmed and pending amounts, donors, days left and masked recent donors (zh-Hans)', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    const el = await loaded();
    const t = text(el);
    includes($(el, '[part=raised]')!.textContent, '104.58万元');
    includes(t, '200万元'); // goal
    includes($(el, '[part=pending]')!.textContent, '1.25万元');
    includes(t, '1,234'); // donor count
    includes(t, '11 天'); // ceil(10.5)
    includes(t, '张*');
    includes(t, '爱心人士');
    includes(t, 'L***');
    equal($$(el, '.donors li').length, 3, 'three recent donors until expanded');
    $<HTMLButtonElement>(el, '.donors-head button')!.click();
    await waitFor(() => $$(el, '.donors li').length === 4, 'all donors');
    assert(!t.includes('13800'), 'no contact data');
    equal(
      stub.calls[0]!.url,
      `${location.origin}/api/v1/campaigns/guanheng-elder-centre`,
      'default api = script origin',
    );
  });

  it('exposes a progressbar with aria values', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    const el = await loaded();
    const bar = $(el, '[role=progressbar]')!;
    equal(bar.getAttribute('aria-valuemin'), '0');
    equal(bar.getAttribute('aria-valuemax'), '100');
    equal(bar.getAttribute('aria-valuenow'), '52');
    includes(bar.getAttribute('aria-valuetext'), '已筹 104.58万元，目标 200万元');
    assert(bar.getAttribute('aria-labelledby'), 'labelled by the title');
    const fill = $(el, '.fill')!;
    await waitFor(() => fill.style.width === '52.2875%', 'bar width set through CSSOM');
  });

  it('clamps the bar when the goal is exceeded', async () => {
    stub = stubFetch({ [GET]: () => json({ ...campaign, raisedAmount: 300_000_000 }) });
    const el = await loaded();
    equal($(el, '[role=progressbar]')!.getAttribute('aria-valuenow'), '100');
    includes($(el, '.pct')!.textContent, '150%');
  });

  it('shows a readable error and fires gongyi-error on a failed load', async () => {
    stub = stubFetch({ [GET]: () => problem(404, 'not_found', 'campaign nope not found') });
    const events: CustomEvent[] = [];
    document.addEventListener('gongyi-error', (e) => events.push(e as CustomEvent), { once: true });
    const el = mount<GongyiProgress>('<gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress>');
    const alert = await waitFor(() => $(el, '[role=alert]'), 'error');
    includes(alert.textContent, '加载失败');
    includes(alert.textContent, '没有找到');
    equal(events.length, 1, 'event bubbled to the document');
    equal(events[0]!.composed, true);
    equal(
      JSON.stringify(events[0]!.detail),
      JSON.stringify({ status: 404, code: 'not_found', message: 'campaign nope not found' }),
    );
    assert(el.getBoundingClientRect().height > 300, 'never a blank box');
    // retry works
    stub.restore();
    stub = stubFetch({ [GET]: () => json(campaign) });
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await waitFor(() => $(el, '[role=progressbar]'), 'loaded after retry');
  });

  it('reports network failures and a missing campaign attribute', async () => {
    const original = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const seen = new Promise<CustomEvent>((r) =>
        document.addEventListener('gongyi-error', (e) => r(e as CustomEvent), { once: true }),
      );
      const el = mount<GongyiProgress>('<gongyi-progress campaign="x" lang="en"></gongyi-progress>');
      equal((await seen).detail.code, 'network_error');
      await waitFor(() => $(el, '[role=alert]')?.textContent?.includes('Network error'), 'localized network error');
    } finally {
      window.fetch = original;
    }
    const seen = new Promise<CustomEvent>((r) =>
      document.addEventListener('gongyi-error', (e) => r(e as CustomEvent), { once: true }),
    );
    mount('<gongyi-progress></gongyi-progress>');
    equal((await seen).detail.code, 'missing_attribute');
  });

  it('speaks zh-Hant (萬) and en (¥1,045,750), from its own lang or the nearest ancestor', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    let el = await loaded('<gongyi-progress campaign="guanheng-elder-centre" lang="zh-Hant"></gongyi-progress>');
    includes($(el, '[part=raised]')!.textContent, '104.58萬元');
    includes(text(el), '最近捐贈');
    includes(text(el), '愛心人士');

    el = await loaded('<gongyi-progress campaign="guanheng-elder-centre" lang="en"></gongyi-progress>');
    equal($(el, '[part=raised]')!.textContent!.trim(), '¥1,045,750');
    includes(text(el), 'Anonymous donor');
    includes(text(el), '11 days');
    includes($(el, '[role=progressbar]')!.getAttribute('aria-valuetext'), '¥1,045,750 raised of ¥2,000,000');

    const wrap = mount<HTMLElement>(
      '<section lang="zh-HK"><div><gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress></div></section>',
    );
    el = wrap.querySelector('gongyi-progress')!;
    await waitFor(() => $(el, '[role=progressbar]'));
    equal(el.locale, 'zh-Hant', 'zh-HK maps to zh-Hant');
    includes(text(el), '最近捐贈');
  });

  it('lets one page mix languages, and follows a lang change', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    const wrap = mount<HTMLElement>(
      `<div><gongyi-progress campaign="guanheng-elder-centre" lang="en"></gongyi-progress>
       <gongyi-progress campaign="guanheng-elder-centre" lang="zh-CN"></gongyi-progress></div>`,
    );
    const [en, zh] = [...wrap.querySelectorAll('gongyi-progress')] as GongyiProgress[];
    await waitFor(() => $(en!, '[role=progressbar]') && $(zh!, '[role=progressbar]'));
    includes($(en!, '[part=give]')!.textContent, 'Give');
    includes($(zh!, '[part=give]')!.textContent, '我要捐赠');
    en!.setAttribute('lang', 'zh-TW');
    await waitFor(() => $(en!, '[part=give]')!.textContent!.includes('我要捐贈'), 'switched to zh-Hant');
  });

  it('elder mode: larger type and bigger targets', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    const normal = await loaded();
    const size = parseFloat(getComputedStyle(normal).fontSize);
    const give = $(normal, '[part=give]')!.getBoundingClientRect().height;
    const elder = await loaded('<gongyi-progress campaign="guanheng-elder-centre" elder></gongyi-progress>');
    const elderSize = parseFloat(getComputedStyle(elder).fontSize);
    assert(elderSize >= size * 1.3, `elder font ${elderSize}px vs ${size}px`);
    const elderGive = $(elder, '[part=give]')!.getBoundingClientRect().height;
    assert(elderGive >= 60 && elderGive > give, `elder target ${elderGive}px vs ${give}px`);
    equal(elder.elder, true);
  });

  it('themes: dark palette, and custom properties from the page win', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    const bg = (el: Element) => getComputedStyle($(el, '.card')!).backgroundColor;
    equal(bg(await loaded()), 'rgb(255, 255, 255)');
    equal(
      bg(await loaded('<gongyi-progress campaign="guanheng-elder-centre" theme="dark"></gongyi-progress>')),
      'rgb(21, 24, 29)',
    );
    const custom = await loaded(
      '<gongyi-progress campaign="guanheng-elder-centre" style="--gongyi-color-accent: rgb(0, 90, 0)"></gongyi-progress>',
    );
    equal(getComputedStyle($(custom, '[part=give]')!).backgroundColor, 'rgb(0, 90, 0)');
  });

  it('has no axe violations: loaded, dark, elder, and with the form open', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    await expectNoAxeViolations(await loaded());
    await expectNoAxeViolations(
      await loaded('<gongyi-progress campaign="guanheng-elder-centre" theme="dark" lang="en"></gongyi-progress>'),
    );
    const el = await loaded('<gongyi-progress campaign="guanheng-elder-centre" elder></gongyi-progress>');
    await openForm(el);
    await expectNoAxeViolations(el);
  });

  it('pledges a tier: integer fen, Idempotency-Key, instructions and reference shown, gongyi-pledge fired', async () => {
    stub = stubFetch({ [GET]: () => json(campaign), [POST]: () => json(donationResult, 201) });
    const el = await loaded();
    const give = $<HTMLButtonElement>(el, '[part=give]')!;
    equal(give.getAttribute('aria-expanded'), 'false');
    const pledge = await openForm(el);
    equal(give.getAttribute('aria-expanded'), 'true');
    const tiers = [...pledge.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tier')];
    equal(tiers.length, 3);
    equal(pledge.shadowRoot!.querySelector<HTMLElement>('[role=status]')!.offsetHeight, 0, 'no empty result box');
    tiers[1]!.click();
    await waitFor(() => tiers[1]!.getAttribute('aria-pressed') === 'true', 'tier pressed');
    const name = pledge.shadowRoot!.querySelector<HTMLInputElement>('input[name=name]')!;
    name.value = '王小明';
    pledge.shadowRoot!.querySelector<HTMLInputElement>('input[name=contact]')!.value = '13800000000';
    const events: CustomEvent[] = [];
    el.addEventListener('gongyi-pledge', (e) => events.push(e as CustomEvent));
    pledge.shadowRoot!.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    const status = await waitFor(() => pledge.shadowRoot!.querySelector('[role=status] .ref'), 'result');
    equal(status.textContent, 'GY-7K3Q');
    includes(pledge.shadowRoot!.querySelector('[role=status]')!.textContent, '6222 0000');
    const post = stub.calls.find((c) => c.method === 'POST')!;
    const key = post.headers.get('Idempotency-Key');
    assert(key && /^[0-9a-f-]{36}$/.test(key), `uuid key ${key}`);
    equal(post.headers.get('Content-Type'), 'application/json');
    const body = JSON.parse(post.body!);
    equal(body.amount, 20000);
    assert(Number.isInteger(body.amount), 'integer fen');
    equal(body.name, '王小明');
    equal(body.contact, '13800000000');
    equal(events.length, 1);
    equal(events[0]!.detail.reference, 'GY-7K3Q');
    equal(pledge.shadowRoot!.activeElement?.id, 'thanks', 'focus moved to the result');
    await waitFor(() => stub.calls.filter((c) => c.method === 'GET').length === 2, 'refresh after pledge');
    equal(stub.calls.at(-1)!.cache, 'no-cache');
  });

  it('converts a custom amount in 元 to integer fen, and refuses invalid amounts without sending', async () => {
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: (c) => json({ ...donationResult, amount: JSON.parse(c.body!).amount }, 201),
    });
    const el = await loaded();
    const pledge = await openForm(el);
    const root = pledge.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('input[name=amount]')!;
    const submit = root.querySelector<HTMLButtonElement>('[type=submit]')!;
    const type = (v: string) => {
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    submit.click();
    await waitFor(() => root.querySelector('#amount-error')!.textContent!.includes('请选择'), 'amount required');
    type('12.345');
    submit.click();
    await waitFor(() => input.getAttribute('aria-invalid') === 'true', 'invalid');
    includes(root.querySelector('#amount-error')!.textContent, '最多两位小数');
    equal(stub.calls.filter((c) => c.method === 'POST').length, 0, 'nothing sent');
    type('19.99');
    await waitFor(() => submit.textContent!.includes('19.99元'), 'submit label shows amount');
    submit.click();
    await waitFor(() => root.querySelector('.ref'), 'result');
    equal(JSON.parse(stub.calls.find((c) => c.method === 'POST')!.body!).amount, 1999);
  });

  it('retrying the same submission reuses its Idempotency-Key; a changed one gets a new key', async () => {
    let n = 0;
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () =>
        ++n === 1
          ? problem(503, 'unavailable', 'try later')
          : n === 2
            ? Promise.reject(new TypeError('Failed to fetch'))
            : json(donationResult, 201),
    });
    const el = await loaded();
    const pledge = await openForm(el);
    const root = pledge.shadowRoot!;
    root.querySelectorAll<HTMLButtonElement>('.tier')[0]!.click();
    const submit = () => root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    const errors: CustomEvent[] = [];
    el.addEventListener('gongyi-pledge-error', (e) => errors.push(e as CustomEvent));
    submit();
    await waitFor(
      () => root.querySelector('[role=alert]')!.textContent!.includes('服务暂时不可用'),
      'server error shown',
    );
    await waitFor(() => !root.querySelector<HTMLButtonElement>('[type=submit]')!.disabled);
    submit();
    await waitFor(() => root.querySelector('[role=alert]')!.textContent!.includes('网络'), 'network error shown');
    await waitFor(() => !root.querySelector<HTMLButtonElement>('[type=submit]')!.disabled);
    const posts = () => stub.calls.filter((c) => c.method === 'POST');
    equal(posts().length, 2);
    equal(posts()[1]!.headers.get('Idempotency-Key'), posts()[0]!.headers.get('Idempotency-Key'), 'same key on retry');
    equal(errors.length, 2);
    equal(errors[0]!.detail.status, 503);
    // a different submission (other tier) is a new pledge: new key
    root.querySelectorAll<HTMLButtonElement>('.tier')[2]!.click();
    await waitFor(() => root.querySelectorAll('.tier')[2]!.getAttribute('aria-pressed') === 'true');
    submit();
    await waitFor(() => root.querySelector('.ref'), 'result');
    assert(
      posts()[2]!.headers.get('Idempotency-Key') !== posts()[0]!.headers.get('Idempotency-Key'),
      'new key for new body',
    );
    equal(JSON.parse(posts()[2]!.body!).amount, 100000);
  });

  it('shows problem+json errors readably, with the field errors', async () => {
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => problem(400, 'validation_failed', 'Invalid body', [{ path: 'message', message: 'Too long' }]),
    });
    const el = await loaded('<gongyi-progress campaign="guanheng-elder-centre" lang="en"></gongyi-progress>');
    const pledge = await openForm(el);
    const root = pledge.shadowRoot!;
    root.querySelectorAll<HTMLButtonElement>('.tier')[0]!.click();
    await waitFor(() => root.querySelector('.tier')!.getAttribute('aria-pressed') === 'true');
    root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    const alert = await waitFor(() =>
      root.querySelector('[role=alert]')!.textContent!.includes('Some fields')
        ? root.querySelector('[role=alert]')
        : null,
    );
    includes(alert!.textContent, 'message: Too long');

    stub.restore();
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => problem(403, 'origin_not_allowed', 'Origin not allowed'),
    });
    root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    await waitFor(
      () => root.querySelector('[role=alert]')!.textContent!.includes('not authorised to send this form'),
      'origin error',
    );

    // The filed period lapsed while the page was open: the refusal says so.
    stub.restore();
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () => problem(409, 'filing_not_current', 'outside 2026-01-01 – 2026-12-31'),
    });
    root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    await waitFor(
      () => root.querySelector('[role=alert]')!.textContent!.includes('outside its filed fundraising period'),
      'filing error',
    );
  });

  it('a page whose site is not registered: the reader is told plainly and sent to the official page; the owner gets a console warning and gongyi-error with the fix', async () => {
    stub = stubFetch({
      [GET]: () => json(campaign),
      [POST]: () =>
        problem(403, 'origin_not_allowed', `Origin ${location.origin} is not registered for this organisation`),
    });
    const el = await loaded(
      '<gongyi-progress campaign="guanheng-elder-centre" api="https://gongyi.example.cn"></gongyi-progress>',
    );
    const heard: CustomEvent[] = [];
    const warned: string[] = [];
    const hear = (e: Event) => heard.push(e as CustomEvent);
    document.addEventListener('gongyi-error', hear);
    const warn = console.warn;
    console.warn = (...a: unknown[]) => void warned.push(a.join(' '));
    try {
      const pledge = await openForm(el);
      const root = pledge.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.tier')!.click();
      root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
      const alert = await waitFor(
        () => (root.querySelector('[role=alert] p') ? root.querySelector('[role=alert]') : null),
        'refusal',
      );
      includes(alert!.textContent, '此网站未获公益平台授权，不能在这里提交。您填写的内容没有被记录，也不会扣款。');
      const official = alert!.querySelector('a')!;
      equal(official.getAttribute('href'), `https://gongyi.example.cn/p/${campaign.projectId}`);
      equal(official.textContent, '到官方页面参与');

      await waitFor(() => heard.length, 'gongyi-error');
      equal(heard.length, 1);
      equal(heard[0]!.target, el); // retargeted to the element the page placed
      const d = heard[0]!.detail;
      equal(d.status, 403);
      equal(d.code, 'origin_not_allowed');
      includes(d.fix, location.origin);
      includes(d.fix, '嵌入网站');
      includes(d.fix, 'https://gongyi.example.cn/admin');
      equal(warned.length, 1);
      equal(warned[0], d.fix);
    } finally {
      console.warn = warn;
      document.removeEventListener('gongyi-error', hear);
    }
  });

  it('a refusal that is the reader’s to handle (rate limited) is no gongyi-error and carries no fix', async () => {
    stub = stubFetch({ [GET]: () => json(campaign), [POST]: () => problem(429, 'rate_limited', 'Too many writes') });
    const el = await loaded();
    const heard: Event[] = [];
    el.addEventListener('gongyi-error', (e) => heard.push(e));
    const refused: CustomEvent[] = [];
    el.addEventListener('gongyi-pledge-error', (e) => refused.push(e as CustomEvent));
    const pledge = await openForm(el);
    const root = pledge.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.tier')!.click();
    root.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    await waitFor(() => refused.length, 'gongyi-pledge-error');
    equal(refused[0]!.detail.code, 'rate_limited');
    equal('fix' in refused[0]!.detail, false);
    equal(heard.length, 0);
    equal(root.querySelector('[role=alert] a'), null);
  });

  it('a closed campaign shows no form', async () => {
    stub = stubFetch({ [GET]: () => json({ ...campaign, status: 'closed' }) });
    const el = await loaded();
    const give = $<HTMLButtonElement>(el, '[part=give]')!;
    equal(give.disabled, true);
    includes(give.textContent, '募捐已结束');
    includes(text(el), '已结束');
  });
});

describe('<gongyi-progress>: who receives the money, where it went, and campaigns that take no gifts', () => {
  it('names the recipient and links its filing number to the 慈善中国 record (zh-Hans)', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    const el = await loaded();
    const line = $(el, '[part=recipient]')!;
    includes(line.textContent!.replace(/\s+/g, ''), '募捐主体：湖南省慈善总会');
    includes(line.textContent, '备案编号：');
    const a = line.querySelector('a')!;
    equal(a.textContent, '51430000MJJ000000X26001');
    equal(a.getAttribute('href'), campaign.recipient!.filingUrl);
    equal(a.target, '_blank');
    equal(a.rel, 'noopener');
  });

  it('a filing number without a record link is plain text, and a javascript: link never becomes one', async () => {
    const r = campaign.recipient!;
    stub = stubFetch({ [GET]: () => json({ ...campaign, recipient: { ...r, filingUrl: 'javascript:alert(1)' } }) });
    let el = await loaded();
    equal($(el, '[part=recipient] a'), null, 'no link');
    includes($(el, '[part=recipient]')!.textContent, '51430000MJJ000000X26001');
    stub.restore();
    stub = stubFetch({ [GET]: () => json({ ...campaign, recipient: { ...r, filingNumber: null, filingUrl: null } }) });
    el = await loaded();
    includes($(el, '[part=recipient]')!.textContent, '湖南省慈善总会');
    assert(!$(el, '[part=recipient]')!.textContent!.includes('备案编号'), 'no filing label without a number');
  });

  it('shows no recipient line without a recipient, and keeps no empty space for it', async () => {
    const heights: number[] = [];
    for (const recipient of [campaign.recipient, null, undefined]) {
      stub = stubFetch({ [GET]: () => json({ ...campaign, recipient }) });
      const el = await loaded();
      equal(
        Boolean($(el, '[part=recipient]')),
        Boolean(recipient),
        `a line only with a recipient (${recipient && 'given'})`,
      );
      equal(text(el).includes('募捐主体'), Boolean(recipient), 'and its label');
      equal($(el, '.recipient'), $(el, '[part=recipient]'), 'no empty box in its place');
      equal(await layoutDefects(), '', 'no hole, nothing cut');
      heights.push(el.getBoundingClientRect().height);
      stub.restore();
    }
    assert(
      heights[1]! < heights[0]! && heights[1] === heights[2],
      `the card is shorter without a recipient (${heights})`,
    );
  });

  it('shows raised, spent and balance as three labelled figures, a negative balance too', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    let el = await loaded();
    const flow = $(el, '[part=flow]')!;
    equal(flow.localName, 'dl', 'figures with words: a description list');
    equal(flow.querySelectorAll('dt').length, 3);
    equal($(el, '[part=flow-raised]')!.textContent, '104.58万元');
    equal($(el, '[part=spent]')!.textContent, '12.35万元');
    equal($(el, '[part=balance]')!.textContent, '92.23万元');
    equal([...flow.querySelectorAll('dt')].map((d) => d.textContent).join('/'), '已筹/已支出/结余');
    equal($$(el, '[role=progressbar]').length, 1, 'a third figure, not a second bar');
    stub.restore();
    stub = stubFetch({ [GET]: () => json({ ...campaign, spentAmount: 105_775_000, balance: -1_200_000 }) });
    el = await loaded();
    equal($(el, '[part=balance]')!.textContent, '-1.2万元');
    equal($(el, '[part=spent]')!.textContent, '105.78万元');
  });

  it('lists where the money went in a closed disclosure: date, purpose, amount, payee, receipt', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    const el = await loaded();
    const details = $<HTMLDetailsElement>(el, 'details[part=expenditures]')!;
    equal(details.open, false, 'folded: the first paint stays small');
    equal(details.querySelector('summary')!.textContent!.trim(), '资金去向');
    const items = [...details.querySelectorAll('li')];
    equal(items.length, 3);
    const first = items[0]!.textContent!.replace(/\s+/g, ' ');
    for (const s of ['2026年11月18日', '助行器 20 台', '3.56万元', '收款方：汝城县康复器械有限公司'])
      includes(first, s);
    equal(items[0]!.querySelector('time')!.getAttribute('datetime'), '2026-11-18');
    const receipt = items[0]!.querySelector('a')!;
    equal(receipt.getAttribute('href'), 'https://img.example.cn/receipts/1118.pdf');
    equal(receipt.rel, 'noopener');
    includes(receipt.textContent, '凭证');
    includes(receipt.textContent, '助行器 20 台'); // a screen reader hears which receipt
    includes(items[1]!.textContent, '8600元');
    equal(items[1]!.querySelector('a'), null, 'no receipt, no link');
    assert(!items[1]!.textContent!.includes('收款方'), 'no payee, no label');
    equal(items[2]!.querySelector('a'), null, 'a javascript: receipt is never a link');
    includes(items[2]!.textContent, '官亨村村民委员会');
    details.querySelector('summary')!.click();
    await waitFor(() => details.open && items[0]!.getBoundingClientRect().height > 0, 'opens from its summary');
  });

  it('hides the spending list when there is none, and keeps no space for it', async () => {
    const heights: number[] = [];
    for (const expenditures of [campaign.expenditures, []]) {
      stub = stubFetch({ [GET]: () => json({ ...campaign, expenditures }) });
      const el = await loaded();
      heights.push(el.getBoundingClientRect().height);
      equal(Boolean($(el, 'details')), expenditures!.length > 0, `a list only with spending (${expenditures!.length})`);
      equal(text(el).includes('资金去向'), expenditures!.length > 0, 'and its summary');
      equal(await layoutDefects(), '', 'no hole, nothing cut');
      stub.restore();
    }
    assert(heights[1]! < heights[0]!, `shorter without a list (${heights})`);
  });

  it('a campaign that accepts no gifts shows its progress, a note and no give button or form', async () => {
    const d = deferred();
    stub = stubFetch({ [GET]: () => d.response, [POST]: () => json(donationResult, 201) });
    const el = mount<GongyiProgress>('<gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress>');
    await waitFor(() => $(el, '.sk'), 'skeleton');
    const before = el.getBoundingClientRect().height;
    d.release(json({ ...campaign, acceptsGifts: false }));
    await waitFor(() => $(el, '[role=progressbar]'), 'loaded');
    equal($(el, '[part=give]'), null, 'no give button');
    equal($$(el, '.actions button:not([part=share])').length, 0, 'no button at all but share');
    includes($(el, '[part=no-gifts]')!.textContent, '本项目暂未开放捐赠');
    includes($(el, '[part=raised]')!.textContent, '104.58万元'); // the progress stays
    // The note takes the button's place; its words may take a line more than the button's.
    const grew = el.getBoundingClientRect().height - before;
    assert(grew >= 0 && grew <= 24.5, `the note takes the button’s place (${grew}px more)`);
    equal($(el, 'gongyi-pledge'), null, 'no pledge form');
    equal(stub.calls.filter((c) => c.method === 'POST').length, 0);
  });

  it('an older service without acceptsGifts (undefined) still takes gifts; only false closes', async () => {
    const { acceptsGifts: _, ...older } = campaign;
    stub = stubFetch({
      [GET]: () =>
        json({ ...older, recipient: undefined, spentAmount: undefined, balance: undefined, expenditures: undefined }),
    });
    const el = await loaded();
    includes($(el, '[part=give]')!.textContent, '我要捐赠');
    equal($(el, '[part=no-gifts]'), null);
    equal($(el, '[part=spent]')!.textContent, '—', 'an unknown figure is a dash, not a false 0');
    equal($(el, '[part=balance]')!.textContent, '—');
    equal($(el, 'details'), null);
    await openForm(el);
  });

  it('speaks zh-Hant and en: recipient line, figures, spending list and the no-gifts note', async () => {
    stub = stubFetch({ [GET]: () => json({ ...campaign, acceptsGifts: false }) });
    let el = await loaded('<gongyi-progress campaign="guanheng-elder-centre" lang="zh-Hant"></gongyi-progress>');
    includes($(el, '[part=recipient]')!.textContent!.replace(/\s+/g, ''), '募捐主體：湖南省慈善总会'); // names are not converted
    includes($(el, '[part=recipient]')!.textContent, '備案編號：');
    equal([...$(el, '[part=flow]')!.querySelectorAll('dt')].map((d) => d.textContent).join('/'), '已籌/已支出/結餘');
    equal($(el, '[part=balance]')!.textContent, '92.23萬元');
    equal($(el, 'summary')!.textContent!.trim(), '資金去向');
    includes($(el, 'details li')!.textContent, '收款方：');
    includes($(el, '[part=no-gifts]')!.textContent, '本項目暫未開放捐贈');

    el = await loaded('<gongyi-progress campaign="guanheng-elder-centre" lang="en"></gongyi-progress>');
    const line = $(el, '[part=recipient]')!.textContent!.replace(/\s+/g, ' ');
    includes(line, 'Recipient: 湖南省慈善总会');
    includes(line, 'Filing no. 51430000MJJ000000X26001');
    equal(
      [...$(el, '[part=flow]')!.querySelectorAll('dt')].map((d) => d.textContent).join('/'),
      'Raised/Spent/Balance',
    );
    equal($(el, '[part=flow-raised]')!.textContent, '¥1,045,750');
    equal($(el, '[part=spent]')!.textContent, '¥123,456');
    equal($(el, '[part=balance]')!.textContent, '¥922,294');
    equal($(el, 'summary')!.textContent!.trim(), 'Where the money went');
    const first = $(el, 'details li')!.textContent!.replace(/\s+/g, ' ');
    for (const s of ['Nov 18, 2026', '¥35,600', 'Paid to 汝城县康复器械有限公司', 'Receipt']) includes(first, s);
    includes($(el, '[part=no-gifts]')!.textContent, 'Not accepting gifts yet');
  });

  it('outside its filed period the note says so and names the period, in each language', async () => {
    const lapsed = {
      ...campaign,
      acceptsGifts: false,
      giftRefusal: 'filing_not_current',
      recipient: { ...campaign.recipient!, filedFrom: '2020-01-01', filedUntil: '2020-12-31' },
    };
    stub = stubFetch({ [GET]: () => json(lapsed) });
    for (const [lang, words] of [
      ['zh-Hans', ['不在募捐备案期（2020-01-01–2020-12-31）内', '暂不接受捐赠']],
      ['zh-Hant', ['不在募捐備案期（2020-01-01–2020-12-31）內', '暫不接受捐贈']],
      ['en', ['Outside the filed fundraising period (2020-01-01–2020-12-31)', 'not accepting gifts']],
    ] as const) {
      const el = await loaded(`<gongyi-progress campaign="guanheng-elder-centre" lang="${lang}"></gongyi-progress>`);
      equal($(el, '[part=give]'), null, `${lang}: no give button`);
      for (const w of words) includes($(el, '[part=no-gifts]')!.textContent, w);
    }
  });

  it('elder mode: the new blocks keep large type and 60 px targets, pass the elder audit and axe', async () => {
    stub = stubFetch({ [GET]: () => json(campaign) });
    const el = await loaded('<gongyi-progress campaign="guanheng-elder-centre" elder></gongyi-progress>');
    const details = $<HTMLDetailsElement>(el, 'details')!;
    details.open = true;
    await waitFor(() => details.querySelector('li')!.getBoundingClientRect().height > 0, 'list shown');
    const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    for (const sel of ['[part=recipient] span', '[part=flow] dt', '[part=spent]', 'summary', 'details li .muted']) {
      assert(px($(el, sel)!) >= 24, `${sel}: ${px($(el, sel)!)}px`);
    }
    for (const sel of ['[part=recipient] a', 'summary', 'details li a']) {
      const r = $(el, sel)!.getBoundingClientRect();
      assert(r.height >= 60 && r.width >= 60, `${sel} target ${r.width}×${r.height}`);
    }
    const problems = elderAudit(MIIT_ELDER);
    equal(problems.join('\n'), '', 'elder audit');
    await expectNoAxeViolations(el);
    stub.restore();
    stub = stubFetch({ [GET]: () => json({ ...campaign, acceptsGifts: false }) });
    const closed = await loaded(
      '<gongyi-progress campaign="guanheng-elder-centre" elder lang="en" theme="dark"></gongyi-progress>',
    );
    const note = $(closed, '[part=no-gifts]')!;
    assert(
      note.getBoundingClientRect().height >= 60 && px(note) >= 24,
      'the note is as large as the button it replaces',
    );
    await expectNoAxeViolations(closed);
  });
});

// ---- matching funds (配捐) ----

const DAY = 86_400_000;
/** A running 1:1 fund: at most 100 元 a gift, 5万元 left; its matcher has a logo. */
const fund = {
  id: 'mf-tencent',
  matcher: { name: '腾讯公益慈善基金会', logoUrl: 'https://img.example.cn/matchers/tencent.png' as string | null },
  ratioPercent: 100,
  capPerGift: 10_000 as number | null,
  remaining: 5_000_000,
  endsAt: new Date(Date.now() + 5 * DAY).toISOString(),
};
/** The fixture with 20万元 matched (10% of the 200万元 goal after 52.29% raised) and the fund running. */
const matched = { ...campaign, matchedAmount: 20_000_000, matchFunds: [fund] };

describe('<gongyi-progress>: matching funds (配捐)', () => {
  it('draws the matched money as its own segment after the raised one: its width share, part and colour', async () => {
    stub = stubFetch({ [GET]: () => json(matched) });
    const el = await loaded();
    const fill = $(el, '[part=fill]')!;
    const seg = $(el, '[part=bar-matched]')!;
    assert(seg, 'a matched segment');
    equal(fill.nextElementSibling, seg, 'right after the raised part, inside the bar');
    equal(seg.parentElement, $(el, '[part=bar]'));
    await waitFor(() => fill.style.width === '52.2875%', 'raised width');
    await waitFor(() => Math.abs(parseFloat(seg.style.width) - 10) < 1e-6, `matched width 10% (${seg.style.width})`);
    // Its own colour, not the accent, and the page can change it.
    const bg = (e: Element) => getComputedStyle(e).backgroundColor;
    equal(bg(seg), 'rgb(166, 124, 0)', 'default gold');
    assert(bg(seg) !== bg(fill), 'not the raised colour');
    const themed = await loaded(
      '<gongyi-progress campaign="guanheng-elder-centre" style="--gongyi-color-matched: rgb(0, 70, 140)"></gongyi-progress>',
    );
    equal(bg($(themed, '[part=bar-matched]')!), 'rgb(0, 70, 140)', '--gongyi-color-matched');
    // Both together never run past the bar.
    stub.restore();
    stub = stubFetch({ [GET]: () => json({ ...matched, raisedAmount: 190_000_000 }) });
    const full = await loaded();
    await waitFor(() => $(full, '[part=fill]')!.style.width === '95%', 'raised 95%');
    await waitFor(
      () => Math.abs(parseFloat($(full, '[part=bar-matched]')!.style.width) - 5) < 1e-6,
      'matched clamped to 5%',
    );
    equal($(full, '[role=progressbar]')!.getAttribute('aria-valuenow'), '100');
  });

  it('tells screen readers raised + matched in the progressbar’s words, in three languages', async () => {
    stub = stubFetch({ [GET]: () => json(matched) });
    for (const [lang, words] of [
      ['zh-Hans', '已筹 104.58万元，配捐 20万元，目标 200万元，完成 62%'],
      ['zh-Hant', '已籌 104.58萬元，配捐 20萬元，目標 200萬元，完成 62%'],
      ['en', '¥1,045,750 raised + ¥200,000 matched of ¥2,000,000 (62%)'],
    ] as const) {
      const el = await loaded(`<gongyi-progress campaign="guanheng-elder-centre" lang="${lang}"></gongyi-progress>`);
      const bar = $(el, '[role=progressbar]')!;
      equal(bar.getAttribute('aria-valuetext'), words, lang);
      equal(bar.getAttribute('aria-valuenow'), '62', 'the value counts both');
      includes($(el, '.pct')!.textContent, '62%');
    }
  });

  it('says what each 1 元 becomes while a fund runs, how much is left and who matches (zh-Hans, zh-Hant, en)', async () => {
    stub = stubFetch({ [GET]: () => json(matched) });
    for (const [lang, line, by] of [
      ['zh-Hans', '配捐进行中：您的每1元将变为2元，剩余 5万元', '配捐方：'],
      ['zh-Hant', '配捐進行中：您的每1元將變為2元，剩餘 5萬元', '配捐方：'],
      ['en', 'Matching: each ¥1 you give becomes ¥2, ¥50,000 left', 'Matched by '],
    ] as const) {
      const el = await loaded(`<gongyi-progress campaign="guanheng-elder-centre" lang="${lang}"></gongyi-progress>`);
      const p = $(el, '[part=matching]')!;
      const words = p.textContent!.replace(/\s+/g, ' ');
      includes(words, line, lang);
      includes(words, by + '腾讯公益慈善基金会', lang);
      // The logo is small and names the matcher to a screen reader; the name beside it is for the eye.
      const img = p.querySelector('img')!;
      equal(img.alt, '腾讯公益慈善基金会');
      equal(img.getAttribute('src'), fund.matcher.logoUrl);
      assert(img.getBoundingClientRect().height <= 24, `a small logo (${img.getBoundingClientRect().height}px)`);
      equal(p.querySelector('span')!.getAttribute('aria-hidden'), 'true');
      const fig = $(el, '[part=matched]')!;
      includes(fig.textContent, lang === 'en' ? '¥200,000' : lang === 'zh-Hant' ? '20萬元' : '20万元');
      equal(fig.previousElementSibling!.textContent, lang === 'en' ? 'Matched' : '配捐', 'among the figures');
    }
  });

  it('sums several funds (1:1 and 1:2 → each 1 元 becomes 4 元); a matcher without a logo is named in text only', async () => {
    const second = {
      ...fund,
      id: 'mf-county',
      matcher: { name: '县慈善会', logoUrl: null },
      ratioPercent: 200,
      capPerGift: null,
      remaining: 300_000,
    };
    stub = stubFetch({ [GET]: () => json({ ...matched, matchFunds: [fund, second] }) });
    const el = await loaded();
    const p = $(el, '[part=matching]')!;
    includes(p.textContent!.replace(/\s+/g, ' '), '您的每1元将变为4元，剩余 5.3万元');
    includes(p.textContent!.replace(/\s+/g, ''), '腾讯公益慈善基金会、县慈善会');
    equal(p.querySelectorAll('img').length, 1, 'one logo');
    equal(p.querySelectorAll('span')[1]!.hasAttribute('aria-hidden'), false, 'a name without a logo is read');
    stub.restore();
    stub = stubFetch({
      [GET]: () =>
        json({
          ...matched,
          matchFunds: [{ ...fund, ratioPercent: 50, matcher: { ...fund.matcher, logoUrl: 'javascript:alert(1)' } }],
        }),
    });
    const half = await loaded();
    includes($(half, '[part=matching]')!.textContent, '您的每1元将变为1.50元');
    equal($(half, '[part=matching] img'), null, 'a javascript: logo is never loaded');
  });

  it('no fund running and nothing matched: no line, no segment, no figure, the same words as before', async () => {
    const { matchedAmount: _, matchFunds: __, ...older } = matched;
    for (const body of [{ ...matched, matchedAmount: 0, matchFunds: [] }, older]) {
      stub = stubFetch({ [GET]: () => json(body) });
      const el = await loaded();
      equal($(el, '[part=matching]'), null, 'no matching line');
      equal($(el, '.match'), null, 'and no empty box in its place');
      equal($(el, '[part=bar-matched]'), null, 'no matched segment');
      equal($(el, '[part=matched]'), null, 'no matched figure');
      assert(!text(el).includes('配捐'), 'no word of matching');
      equal($(el, '[role=progressbar]')!.getAttribute('aria-valuetext'), '已筹 104.58万元，目标 200万元，完成 52%');
      stub.restore();
    }
    // A fund that ended after matching: the figure and segment stay, the line goes.
    stub = stubFetch({ [GET]: () => json({ ...matched, matchFunds: [] }) });
    const ended = await loaded();
    equal($(ended, '[part=matching]'), null);
    includes($(ended, '[part=matched]')!.textContent, '20万元');
    assert($(ended, '[part=bar-matched]'), 'the matched money is still drawn');
  });

  it('no hole without a fund, the card grows by the fund’s line and figure with one (normal, elder, narrow)', async () => {
    for (const [attrs, width] of [
      ['', 420],
      ['elder', 420],
      ['', 260],
    ] as const) {
      const heights: number[] = [];
      for (const body of [matched, campaign]) {
        stub = stubFetch({ [GET]: () => json(body) });
        const el = await loaded(`<gongyi-progress campaign="guanheng-elder-centre" ${attrs}></gongyi-progress>`);
        el.parentElement!.style.width = width + 'px';
        await new Promise((r) => requestAnimationFrame(r));
        equal(Boolean($(el, '[part=matching]')), body === matched, 'the line only with a fund');
        equal(await layoutDefects(), '', `${attrs || width + 'px'}: no hole, nothing cut`);
        assert(
          parseFloat(getComputedStyle(el).minHeight) <= el.getBoundingClientRect().height,
          ':host min-height is a lower bound',
        );
        heights.push(el.getBoundingClientRect().height);
        stub.restore();
      }
      assert(heights[0]! > heights[1]!, `${attrs || width + 'px'}: taller with a fund (${heights})`);
    }
  });

  it('elder mode: the matching line and figure in large type, the elder audit and axe pass (light and dark)', async () => {
    stub = stubFetch({ [GET]: () => json(matched) });
    const el = await loaded('<gongyi-progress campaign="guanheng-elder-centre" elder></gongyi-progress>');
    const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    for (const sel of ['[part=matching]', '[part=matching] strong', '[part=matched]'])
      assert(px($(el, sel)!) >= 24, `${sel}: ${px($(el, sel)!)}px`);
    // The whole sentence is there to read.
    const line = $(el, '[part=matching]')!;
    assert(
      line.scrollHeight <= line.clientHeight + 1,
      `the elder line fits its box (${line.scrollHeight} > ${line.clientHeight})`,
    );
    equal(await layoutDefects(), '', 'no hole, nothing cut');
    equal(elderAudit(MIIT_ELDER).join('\n'), '', 'elder audit');
    await expectNoAxeViolations(el);
    await expectNoAxeViolations(
      await loaded('<gongyi-progress campaign="guanheng-elder-centre" elder theme="dark" lang="en"></gongyi-progress>'),
    );
    await expectNoAxeViolations(
      await loaded('<gongyi-progress campaign="guanheng-elder-centre" theme="dark"></gongyi-progress>'),
    );
  });
});

describe('<gongyi-pledge>: what the chosen amount becomes with matching funds', () => {
  const preview = (pledge: Element) => pledge.shadowRoot!.querySelector('[part=match-preview]');
  const type = (pledge: Element, v: string) => {
    const input = pledge.shadowRoot!.querySelector<HTMLInputElement>('input[name=amount]')!;
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const says = (pledge: Element, words: string) =>
    waitFor(
      () => preview(pledge)?.textContent?.trim() === words,
      `“${words}” (got “${preview(pledge)?.textContent?.trim()}”)`,
    );

  it('a tier or a typed amount: “您的50元将变为100元”, capped per gift, by what is left, summed over funds', async () => {
    // 1:1 up to 100 元 a gift, plus 50% with no cap but only 30 元 left.
    const small = {
      ...fund,
      id: 'mf-small',
      matcher: { name: '县慈善会', logoUrl: null },
      ratioPercent: 50,
      capPerGift: null,
      remaining: 3000,
    };
    stub = stubFetch({ [GET]: () => json({ ...matched, matchFunds: [fund] }) });
    let el = await loaded();
    let pledge = await openForm(el);
    equal(preview(pledge)!.textContent!.trim(), '', 'nothing before an amount is chosen');
    pledge.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tier')[0]!.click(); // 50 元
    await says(pledge, '您的50元将变为100元');
    pledge.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tier')[2]!.click(); // 1000 元: at most 100 元 matched
    await says(pledge, '您的1000元将变为1100元');
    type(pledge, '12.34');
    await says(pledge, '您的12.34元将变为24.68元');
    equal(
      pledge.shadowRoot!.querySelector('input[name=amount]')!.getAttribute('aria-describedby'),
      'amount-error becomes',
      'the input is described by it',
    );

    stub.restore();
    stub = stubFetch({ [GET]: () => json({ ...matched, matchFunds: [fund, small] }) });
    el = await loaded();
    pledge = await openForm(el);
    pledge.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tier')[0]!.click(); // 50 + 50 + 25
    await says(pledge, '您的50元将变为125元');
    pledge.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tier')[1]!.click(); // 200 + 100 (cap) + 30 (what is left)
    await says(pledge, '您的200元将变为330元');
  });

  it('speaks zh-Hant and en; an amount too small to match says nothing', async () => {
    stub = stubFetch({ [GET]: () => json(matched) });
    for (const [lang, words] of [
      ['zh-Hant', '您的50元將變為100元'],
      ['en', 'Your ¥50 becomes ¥100'],
    ] as const) {
      const pledge = await openForm(
        await loaded(`<gongyi-progress campaign="guanheng-elder-centre" lang="${lang}"></gongyi-progress>`),
      );
      pledge.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tier')[0]!.click();
      await says(pledge, words);
    }
    stub.restore();
    stub = stubFetch({ [GET]: () => json({ ...matched, matchFunds: [{ ...fund, ratioPercent: 50 }] }) });
    const pledge = await openForm(await loaded());
    type(pledge, '0.01');
    await waitFor(
      () => pledge.shadowRoot!.querySelector<HTMLButtonElement>('[type=submit]')!.textContent!.includes('0.01元'),
      'amount taken',
    );
    equal(preview(pledge)!.textContent!.trim(), '', 'half a fen is not matched');
  });

  it('without a running fund the form has no preview', async () => {
    stub = stubFetch({ [GET]: () => json({ ...matched, matchFunds: [] }) });
    const pledge = await openForm(await loaded());
    pledge.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tier')[0]!.click();
    await waitFor(() => pledge.shadowRoot!.querySelector('.tier')!.getAttribute('aria-pressed') === 'true');
    equal(preview(pledge), null);
    equal(pledge.shadowRoot!.querySelector('input[name=amount]')!.getAttribute('aria-describedby'), 'amount-error');
    // …while a campaign with one does show it (the same form, other data).
    stub.restore();
    stub = stubFetch({ [GET]: () => json(matched) });
    const withFund = await openForm(await loaded());
    withFund.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tier')[0]!.click();
    await says(withFund, '您的50元将变为100元');
  });

  it('elder mode with the form open: the preview in large type, the elder audit and axe pass', async () => {
    stub = stubFetch({ [GET]: () => json(matched) });
    const el = await loaded('<gongyi-progress campaign="guanheng-elder-centre" elder></gongyi-progress>');
    const pledge = await openForm(el);
    pledge.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tier')[0]!.click();
    await says(pledge, '您的50元将变为100元');
    assert(parseFloat(getComputedStyle(preview(pledge)!).fontSize) >= 24, 'preview ≥ 24px');
    equal(elderAudit(MIIT_ELDER).join('\n'), '', 'elder audit');
    await expectNoAxeViolations(el);
  });
});
