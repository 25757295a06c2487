import '../../widgets/src/elements/gongyi-lunch.js';
import type { GongyiLunch } from '../../widgets/src/elements/gongyi-lunch.js';
import type { LunchSchool } from '../../widgets/src/elements/gongyi-lunch.types.js';
import {
  $,
  $$,
  assert,
  layoutDefects,
  cleanup,
  deferred,
  equal,
  expectNoAxeViolations,
  includes,
  json,
  mount,
  problem,
  reserved,
  stubFetch,
  text,
  waitFor,
} from './helpers.js';
import { elderAudit, MIIT_ELDER } from '../e2e/elder-audit.js';
import { GAOPING_FIGURES } from './lunch-school.fixture.js';

const GET = 'GET /lunch/gaoping';
const POST = 'POST /lunch/gaoping/sponsorships';
let stub: ReturnType<typeof stubFetch>;

const days = [
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-30',
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
];

/** Shaped like GET /lunch/gaoping on the demo data (funded through 2026-12-02, seen on 2026-11-23). */
const school: LunchSchool = {
  id: 'gaoping',
  orgId: 'hunan-mzt',
  campaignId: 'gaoping-lunch',
  name: '高坪村教学点',
  location: '湖南省张家界市永定区谢家垭乡高坪村',
  note: '报道未给出学前儿童人数，18人为演示假设；每周5个上学日。',
  ...GAOPING_FIGURES,
  recipient: {
    name: '湖南省慈善总会',
    creditCode: '51430000MJJ000000X',
    qualification: '具有公开募捐资格',
    filingNumber: '51430000MJJ000000X26002',
    filingUrl: 'https://cszg.mca.gov.cn/record/51430000MJJ000000X26002',
    platform: '腾讯公益',
    platformUrl: 'https://gongyi.qq.com/',
    filedFrom: '2026-09-01',
    filedUntil: '2027-08-31',
  },
  upcoming: days.map((date) => ({ date, funded: date <= '2026-12-02' })),
  closures: [{ startsOn: '2027-01-23', endsOn: '2027-02-21', label: '寒假' }],
  reportCount: 15,
  reports: [
    {
      date: '2026-11-20',
      meals: 18,
      spent: 11662,
      menu: '酸菜肉丝、蒸南瓜、米饭',
      photoUrl: '/photos/gaoping-lunch.svg',
    },
    {
      date: '2026-11-19',
      meals: 18,
      spent: 11782,
      menu: '卤鸡腿、炒豆芽、米饭',
      photoUrl: 'https://img.example.cn/19.jpg',
    },
    { date: '2026-11-18', meals: 17, spent: 11547, menu: '胡萝卜炒蛋、肉丸汤、米饭', photoUrl: null },
    {
      date: '2026-11-17',
      meals: 18,
      spent: 11787,
      menu: '红烧肉炖土豆、炒白菜、米饭',
      photoUrl: 'javascript:alert(1)',
    },
  ],
  recentSponsors: [
    { name: '赵*', anonymous: false, amount: 4000, meals: 10, days: null, at: '2026-11-19T09:00:00Z' },
    { name: '王*', anonymous: false, amount: 72000, meals: 180, days: 10, at: '2026-11-05T09:00:00Z' },
    { name: '爱心人士', anonymous: true, amount: 40000, meals: 100, days: null, at: '2026-11-09T09:00:00Z' },
    { name: 'L***', anonymous: false, amount: 100000, meals: null, days: null, at: '2026-11-03T03:00:00Z' },
  ],
};

const sponsorship = {
  id: 'dn_1',
  status: 'pending',
  meals: 90,
  days: 5,
  amount: 36000,
  currency: 'CNY',
  payment: {
    method: 'offline',
    instructions: '请通过银行转账或到机构现场完成捐赠，并在附言中注明参考号 GY-7K3Q9X2M。',
    reference: 'GY-7K3Q9X2M',
  },
};

afterEach(() => {
  stub?.restore();
  cleanup();
});

async function loaded(markup = '<gongyi-lunch school="gaoping"></gongyi-lunch>', width = 420): Promise<GongyiLunch> {
  const el = mount<GongyiLunch>(markup, width);
  await waitFor(() => $(el, '[part=funded-through]'), 'loaded card');
  return el;
}

async function openForm(el: GongyiLunch): Promise<Element> {
  $<HTMLButtonElement>(el, '[part=sponsor]')!.click();
  const form = await waitFor(() => $(el, 'gongyi-lunch-sponsor'), 'sponsor element');
  await waitFor(() => form.shadowRoot?.querySelector('form'), 'sponsor form');
  return form;
}

const inForm = <T extends Element = HTMLElement>(form: Element, sel: string) => form.shadowRoot!.querySelector<T>(sel);

describe('<gongyi-lunch>', () => {
  it('reserves its loaded height with a skeleton: exactly at 420 px, within 5 % in elder mode and a narrow column; nothing cut', async () => {
    for (const [attrs, width] of [
      ['', 420],
      ['elder', 420],
      ['', 260],
      ['elder lang="en"', 320],
    ] as const) {
      const d = deferred();
      stub = stubFetch({ [GET]: () => d.response });
      const el = mount<GongyiLunch>(`<gongyi-lunch school="gaoping" ${attrs}></gongyi-lunch>`, width);
      await waitFor(() => $(el, '.sk'), 'skeleton');
      const before = el.getBoundingClientRect().height;
      assert(before > 500, `reserved height ${before}`);
      d.release(json(school));
      await waitFor(() => $(el, '[part=funded-through]'), 'loaded');
      await new Promise((r) => requestAnimationFrame(r));
      const after = el.getBoundingClientRect().height;
      // English in elder type at 320 px runs to many more lines than placeholders can foresee: there
      // the card grows (nothing is cut), which the 5 % bound does not hold.
      if (width !== 320) reserved(before, after, `${attrs || 'default'} @${width}px`, !attrs && width === 420);
      equal(await layoutDefects(), '', `${attrs || 'default'} @${width}px: no hole, nothing cut`);
      stub.restore();
    }
  });

  it('says until when lunches are funded, and shows the coming school days funded or not', async () => {
    stub = stubFetch({ [GET]: () => json(school) });
    const el = await loaded();
    const through = $(el, '[part=funded-through]')!;
    includes(through.textContent, '12月2日');
    equal(through.querySelector('time')!.getAttribute('datetime'), '2026-12-02');
    includes($(el, '[part=through]')!.textContent, '从今天起还有 8 个上学日');
    const cells = $$(el, '.day');
    equal(cells.length, 10, 'a fortnight of school days');
    equal($$(el, '.day.funded').length, 8, 'eight funded, two open');
    includes(cells[7]!.textContent, '12/2');
    includes(cells[7]!.textContent, '已资助');
    includes(cells[8]!.textContent, '待资助'); // stated in words too, not by colour alone
  });

  it('shows the figures, the latest daily reports with menu and photo, and masked sponsors', async () => {
    stub = stubFetch({ [GET]: () => json(school) });
    const el = await loaded('<gongyi-lunch school="gaoping" api="https://gongyi.example.org"></gongyi-lunch>');
    const stats = $(el, '[part=stats]')!.textContent!.replace(/\s+/g, ' ');
    for (const s of ['18 人', '4元/人/餐', '厨师工资', '1000元/月', '414 餐', '266 餐', '991.40元']) includes(stats, s);
    equal(stub.calls[0]!.url, 'https://gongyi.example.org/api/v1/lunch/gaoping', 'api attribute');
    const reports = $$(el, '.report');
    equal(reports.length, 3, 'three reports until expanded');
    includes(reports[0]!.textContent, '酸菜肉丝、蒸南瓜、米饭');
    includes(reports[0]!.textContent, '供餐 18 份');
    includes(reports[0]!.textContent, '116.62元');
    const imgs = $$<HTMLImageElement>(el, 'img[part=photo]');
    equal(
      imgs[0]!.getAttribute('src'),
      'https://gongyi.example.org/photos/gaoping-lunch.svg',
      'a service path resolves against the API',
    );
    equal(imgs[1]!.getAttribute('src'), 'https://img.example.cn/19.jpg');
    includes(imgs[0]!.alt, '午餐照片');
    $<HTMLButtonElement>(el, '[part=reports] .sec-head button')!.click();
    await waitFor(() => $$(el, '.report').length === 4, 'all reports');
    equal($$(el, 'img[part=photo]').length, 2, 'a javascript: photo URL is never rendered');
    const sponsors = $(el, '[part=sponsors]')!.textContent!.replace(/\s+/g, ' ');
    for (const s of ['赵*', '10 餐', '王*', '10 个上学日（180 餐）', '爱心人士']) includes(sponsors, s);
    includes(text(el), '演示假设');
  });

  it('tells a reader when nothing is funded yet, and when the money ran out', async () => {
    stub = stubFetch({
      [GET]: () =>
        json({
          ...school,
          fundedThrough: null,
          fundedDaysAhead: 0,
          upcoming: school.upcoming.map((d) => ({ ...d, funded: false })),
        }),
    });
    let el = await loaded();
    includes($(el, '[part=funded-through]')!.textContent, '还没有资助到的上学日');
    equal($$(el, '.day.funded').length, 0);
    stub.restore();
    stub = stubFetch({
      [GET]: () =>
        json({
          ...school,
          fundedThrough: '2026-11-13',
          fundedDaysAhead: 0,
          upcoming: school.upcoming.map((d) => ({ ...d, funded: false })),
        }),
    });
    el = await loaded();
    includes($(el, '[part=funded-through]')!.textContent, '11月13日');
    includes($(el, '[part=through]')!.textContent, '还需要资助');
  });

  it('speaks English and 繁體 (萬)', async () => {
    stub = stubFetch({ [GET]: () => json({ ...school, balance: 1_045_750_00 }) });
    let el = await loaded('<gongyi-lunch school="gaoping" lang="en"></gongyi-lunch>');
    includes($(el, '[part=funded-through]')!.textContent, 'December 2');
    includes($(el, '[part=through]')!.textContent, '8 school days of lunches secured');
    includes($(el, '[part=balance]')!.textContent, '¥1,045,750');
    includes(text(el), 'Anonymous donor');
    includes($(el, '[part=sponsor]')!.textContent, 'Sponsor lunches');
    el = await loaded('<gongyi-lunch school="gaoping" lang="zh-Hant"></gongyi-lunch>');
    includes($(el, '[part=balance]')!.textContent, '104.58萬元');
    includes(text(el), '午餐已資助到');
  });

  it('shows a readable error and fires gongyi-error on a failed load; missing attribute too', async () => {
    stub = stubFetch({ [GET]: () => problem(404, 'not_found', 'Lunch school "gaoping" does not exist') });
    const seen = new Promise<CustomEvent>((r) =>
      document.addEventListener('gongyi-error', (e) => r(e as CustomEvent), { once: true }),
    );
    const el = mount<GongyiLunch>('<gongyi-lunch school="gaoping"></gongyi-lunch>');
    equal((await seen).detail.code, 'not_found');
    await waitFor(() => $(el, '[role=alert]')?.textContent?.includes('没有找到'), 'localized error');
    assert(el.getBoundingClientRect().height > 500, 'never a blank box');
    const missing = new Promise<CustomEvent>((r) =>
      document.addEventListener('gongyi-error', (e) => r(e as CustomEvent), { once: true }),
    );
    mount('<gongyi-lunch></gongyi-lunch>');
    equal((await missing).detail.code, 'missing_attribute');
  });

  it('elder mode: larger type and bigger targets', async () => {
    stub = stubFetch({ [GET]: () => json(school) });
    const normal = await loaded();
    const size = parseFloat(getComputedStyle(normal).fontSize);
    const btn = $(normal, '[part=sponsor]')!.getBoundingClientRect().height;
    const elder = await loaded('<gongyi-lunch school="gaoping" elder></gongyi-lunch>');
    assert(parseFloat(getComputedStyle(elder).fontSize) >= size * 1.3, 'elder font');
    const elderBtn = $(elder, '[part=sponsor]')!.getBoundingClientRect().height;
    assert(elderBtn >= 60 && elderBtn > btn, `elder target ${elderBtn}px vs ${btn}px`);
  });

  it('is accessible (axe), loaded, with the form open, and in elder dark mode', async () => {
    stub = stubFetch({ [GET]: () => json(school) });
    const el = await loaded();
    await expectNoAxeViolations(el);
    const form = await openForm(el);
    await expectNoAxeViolations(el);
    await expectNoAxeViolations(form);
    const elder = await loaded('<gongyi-lunch school="gaoping" elder theme="dark"></gongyi-lunch>');
    await expectNoAxeViolations(elder);
  });

  it('does not accept sponsors when the school is closed for them', async () => {
    stub = stubFetch({ [GET]: () => json({ ...school, accepting: false }) });
    const el = await loaded();
    const btn = $<HTMLButtonElement>(el, '[part=sponsor]')!;
    equal(btn.disabled, true);
    includes(btn.textContent, '暂停接受资助');
  });
});

describe('<gongyi-lunch> sponsor form', () => {
  it('computes the amount live: N meals × 4元, or N school days × 18 children × 4元', async () => {
    stub = stubFetch({ [GET]: () => json(school) });
    const form = await openForm(await loaded());
    const amount = () => inForm(form, '[part=amount]')!.textContent!.trim();
    equal(amount(), '请选择或输入数量');
    const input = inForm<HTMLInputElement>(form, 'input[name=count]')!;
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    await waitFor(() => amount() === '合计 48元', 'meals amount');
    inForm<HTMLInputElement>(form, 'input[value=days]')!.click();
    await waitFor(() => amount() === '请选择或输入数量', 'mode change clears the count');
    const quick = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=quick]')];
    includes(quick[1]!.textContent, '5 天');
    includes(quick[1]!.textContent, '360元');
    quick[1]!.click();
    await waitFor(() => amount() === '合计 360元', 'days amount');
    equal(quick[1]!.getAttribute('aria-pressed'), 'true');
    includes(inForm(form, '[part=submit]')!.textContent, '确认资助 360元');
    includes(form.shadowRoot!.textContent, '119.62元'); // a school day with the cook's share
  });

  it('sends {days} with an Idempotency-Key, shows how to pay, fires gongyi-sponsor and reloads fresh', async () => {
    stub = stubFetch({ [GET]: () => json(school), [POST]: () => json(sponsorship, 201) });
    const el = await loaded();
    const form = await openForm(el);
    const events: CustomEvent[] = [];
    el.addEventListener('gongyi-sponsor', (e) => events.push(e as CustomEvent));
    inForm<HTMLInputElement>(form, 'input[value=days]')!.click();
    await waitFor(() => form.shadowRoot!.querySelectorAll('[part=quick]')[1]?.textContent?.includes('5 天'));
    form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=quick]')[1]!.click();
    inForm<HTMLInputElement>(form, 'input[name=name]')!.value = '张三';
    inForm<HTMLInputElement>(form, 'input[name=contact]')!.value = '13800138000';
    await waitFor(() => inForm(form, '[part=amount]')!.textContent!.includes('360元'));
    inForm<HTMLButtonElement>(form, '[part=submit]')!.click();
    const result = await waitFor(() => inForm(form, '[part=result] .ref'), 'result');
    equal(result.textContent, 'GY-7K3Q9X2M');
    includes(inForm(form, '[part=result]')!.textContent, '5 个上学日（90 餐）');
    includes(inForm(form, '[part=result]')!.textContent, '注明参考号');
    const post = stub.calls.find((c) => c.method === 'POST')!;
    equal(
      post.body,
      JSON.stringify({ days: 5, name: '张三', contact: '13800138000', returnUrl: location.href.split('#')[0] }),
    );
    assert(/^[0-9a-f-]{36}$/.test(post.headers.get('Idempotency-Key') ?? ''), 'idempotency key');
    equal(events.length, 1);
    equal(
      JSON.stringify(events[0]!.detail),
      JSON.stringify({
        school: 'gaoping',
        id: 'dn_1',
        meals: 90,
        days: 5,
        amount: 36000,
        currency: 'CNY',
        reference: 'GY-7K3Q9X2M',
      }),
    );
    await waitFor(
      () => stub.calls.some((c) => c.method === 'GET' && c.cache === 'no-cache'),
      'fresh reload after sponsoring',
    );
  });

  it('refuses a count that is not a whole number without sending, and a retry reuses the key', async () => {
    let fail = true;
    stub = stubFetch({
      [GET]: () => json(school),
      [POST]: () =>
        fail
          ? problem(429, 'rate_limited', 'slow down')
          : json({ ...sponsorship, meals: 3, days: null, amount: 1200 }, 201),
    });
    const form = await openForm(await loaded());
    const input = inForm<HTMLInputElement>(form, 'input[name=count]')!;
    input.value = '2.5';
    input.dispatchEvent(new Event('input'));
    inForm<HTMLButtonElement>(form, '[part=submit]')!.click();
    await waitFor(() => inForm(form, '#count-error')!.textContent!.includes('正整数'), 'count error');
    equal(input.getAttribute('aria-invalid'), 'true');
    equal(stub.calls.filter((c) => c.method === 'POST').length, 0, 'nothing sent');
    input.value = '３';
    input.dispatchEvent(new Event('input'));
    await waitFor(() => inForm(form, '[part=amount]')!.textContent!.includes('12元'), 'full-width digits accepted');
    inForm<HTMLButtonElement>(form, '[part=submit]')!.click();
    await waitFor(() => inForm(form, '[part=sponsor-error]')!.textContent!.includes('提交过于频繁'), 'readable error');
    fail = false;
    inForm<HTMLButtonElement>(form, '[part=submit]')!.click();
    await waitFor(() => inForm(form, '[part=result] .ref'), 'result after retry');
    const posts = stub.calls.filter((c) => c.method === 'POST');
    equal(posts.length, 2);
    equal(posts[0]!.headers.get('Idempotency-Key'), posts[1]!.headers.get('Idempotency-Key'), 'same key on retry');
    equal(posts[1]!.body, JSON.stringify({ meals: 3, returnUrl: location.href.split('#')[0] }));
  });
});

describe('<gongyi-lunch>: who receives the money, and schools that take no gifts', () => {
  it('names the recipient and links its filing number (zh-Hans)', async () => {
    stub = stubFetch({ [GET]: () => json(school) });
    const el = await loaded();
    const line = $(el, '[part=recipient]')!;
    includes(line.textContent!.replace(/\s+/g, ''), '募捐主体：湖南省慈善总会');
    includes(line.textContent, '备案编号：');
    const a = line.querySelector('a')!;
    equal(a.textContent, '51430000MJJ000000X26002');
    equal(a.getAttribute('href'), 'https://cszg.mca.gov.cn/record/51430000MJJ000000X26002');
    equal(a.target, '_blank');
    equal(a.rel, 'noopener');
  });

  it('shows no recipient line without a recipient, and keeps no empty space for it', async () => {
    const heights: number[] = [];
    for (const recipient of [school.recipient, null]) {
      stub = stubFetch({ [GET]: () => json({ ...school, recipient }) });
      const el = await loaded();
      equal(Boolean($(el, '[part=recipient]')), Boolean(recipient), 'a line only with a recipient');
      equal(text(el).includes('募捐主体'), Boolean(recipient), 'and its label');
      equal($(el, '.recipient'), $(el, '[part=recipient]'), 'no empty box in its place');
      equal(await layoutDefects(), '', 'no hole, nothing cut');
      heights.push(el.getBoundingClientRect().height);
      stub.restore();
    }
    assert(heights[1]! < heights[0]!, `shorter without a recipient (${heights})`);
  });

  it('a school that accepts no gifts shows a note and no sponsor button or form', async () => {
    const d = deferred();
    stub = stubFetch({ [GET]: () => d.response });
    const el = mount<GongyiLunch>('<gongyi-lunch school="gaoping"></gongyi-lunch>');
    await waitFor(() => $(el, '.sk'), 'skeleton');
    const before = el.getBoundingClientRect().height;
    d.release(json({ ...school, acceptsGifts: false }));
    await waitFor(() => $(el, '[part=funded-through]'), 'loaded');
    equal($(el, '[part=sponsor]'), null, 'no sponsor button');
    equal($$(el, '.actions button:not([part=share])').length, 0, 'no button but share');
    equal($(el, 'gongyi-lunch-sponsor'), null, 'no form');
    includes($(el, '[part=no-gifts]')!.textContent, '暂未开放资助');
    includes($(el, '[part=funded-through]')!.textContent, '12月2日'); // the rest of the card stays
    // The note takes the button's place; its words may take a line more than the button's.
    const grew = el.getBoundingClientRect().height - before;
    assert(grew >= 0 && grew <= 24.5, `the note takes the button’s place (${grew}px more)`);
  });

  it('only an explicit acceptsGifts: false closes sponsoring; an older service (undefined) still takes sponsors', async () => {
    const { acceptsGifts: _, recipient: __, ...older } = school;
    for (const [body, open] of [
      [older, true],
      [{ ...older, acceptsGifts: true }, true],
      [{ ...older, acceptsGifts: false }, false],
    ] as const) {
      stub = stubFetch({ [GET]: () => json(body) });
      const el = await loaded();
      equal(
        Boolean($(el, '[part=sponsor]')),
        open,
        `sponsor button (acceptsGifts ${'acceptsGifts' in body ? body.acceptsGifts : 'missing'})`,
      );
      equal(Boolean($(el, '[part=no-gifts]')), !open, 'the note instead');
      if (open) await openForm(el);
      stub.restore();
    }
  });

  it('speaks zh-Hant and en', async () => {
    stub = stubFetch({ [GET]: () => json({ ...school, acceptsGifts: false }) });
    let el = await loaded('<gongyi-lunch school="gaoping" lang="zh-Hant"></gongyi-lunch>');
    includes($(el, '[part=recipient]')!.textContent!.replace(/\s+/g, ''), '募捐主體：湖南省慈善总会');
    includes($(el, '[part=recipient]')!.textContent, '備案編號：');
    includes($(el, '[part=no-gifts]')!.textContent, '暫未開放資助');
    el = await loaded('<gongyi-lunch school="gaoping" lang="en"></gongyi-lunch>');
    const line = $(el, '[part=recipient]')!.textContent!.replace(/\s+/g, ' ');
    includes(line, 'Recipient: 湖南省慈善总会');
    includes(line, 'Filing no. 51430000MJJ000000X26002');
    includes($(el, '[part=no-gifts]')!.textContent, 'Not accepting sponsors yet');
  });

  it('outside its filed period the note says so and names the period, in each language', async () => {
    const lapsed = {
      ...school,
      acceptsGifts: false,
      accepting: false,
      giftRefusal: 'filing_not_current',
      recipient: { ...school.recipient, filedFrom: '2030-01-01', filedUntil: null },
    };
    stub = stubFetch({ [GET]: () => json(lapsed) });
    for (const [lang, words] of [
      ['zh-Hans', ['不在募捐备案期（2030-01-01–）内', '暂不接受资助']],
      ['zh-Hant', ['不在募捐備案期（2030-01-01–）內', '暫不接受資助']],
      ['en', ['Outside the filed fundraising period (2030-01-01–)', 'not accepting sponsors']],
    ] as const) {
      const el = await loaded(`<gongyi-lunch school="gaoping" lang="${lang}"></gongyi-lunch>`);
      equal($(el, '[part=sponsor]'), null, `${lang}: no sponsor button`);
      for (const w of words) includes($(el, '[part=no-gifts]')!.textContent, w);
    }
  });

  it('elder mode: large type, a 60 px filing link and note, the elder audit and axe pass', async () => {
    stub = stubFetch({ [GET]: () => json(school) });
    const el = await loaded('<gongyi-lunch school="gaoping" elder></gongyi-lunch>');
    const link = $(el, '[part=recipient] a')!.getBoundingClientRect();
    assert(link.height >= 60 && link.width >= 60, `filing link ${link.width}×${link.height}`);
    assert(parseFloat(getComputedStyle($(el, '[part=recipient] span')!).fontSize) >= 24, 'recipient text ≥ 24px');
    const problems = elderAudit(MIIT_ELDER);
    equal(problems.join('\n'), '', 'elder audit');
    await expectNoAxeViolations(el);
    stub.restore();
    stub = stubFetch({ [GET]: () => json({ ...school, acceptsGifts: false }) });
    const closed = await loaded('<gongyi-lunch school="gaoping" elder theme="dark"></gongyi-lunch>');
    const note = $(closed, '[part=no-gifts]')!;
    assert(
      note.getBoundingClientRect().height >= 60 && parseFloat(getComputedStyle(note).fontSize) >= 24,
      'note as large as the button',
    );
    await expectNoAxeViolations(closed);
  });
});

describe('<gongyi-lunch>: co-funding (the county pays part of each meal, or a sum a month)', () => {
  /** The county pays 2 元 of the 4 元 meal: a donor pays 2 元. */
  const perMeal: LunchSchool = {
    ...school,
    coFunding: { name: '县财政', perMeal: 200, monthly: null },
    donorMealPrice: 200,
  };
  /** The township pays 1000 元 a month (the cook); a meal still costs a donor 4 元. */
  const monthly: LunchSchool = {
    ...school,
    coFunding: { name: '乡镇府', perMeal: null, monthly: 100_000 },
    donorMealPrice: 400,
  };
  const line = (el: Element) => ($(el, '[part=co-funding]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('breaks a meal down per meal (您的2元 + 县财政2元 = 一餐) or names the monthly sum, in three languages', async () => {
    for (const [lang, meal, month] of [
      ['zh-Hans', '您的2元 + 县财政2元 = 一餐', '乡镇府每月资助 1000元'],
      ['zh-Hant', '您的2元 + 县财政2元 = 一餐', '乡镇府每月資助 1000元'],
      ['en', 'Your ¥2 + ¥2 from 县财政 = one meal', '乡镇府 gives ¥1,000 a month'],
    ]) {
      stub = stubFetch({ [GET]: () => json(perMeal) });
      equal(line(await loaded(`<gongyi-lunch school="gaoping" lang="${lang}"></gongyi-lunch>`)), meal, lang);
      stub.restore();
      stub = stubFetch({ [GET]: () => json(monthly) });
      equal(line(await loaded(`<gongyi-lunch school="gaoping" lang="${lang}"></gongyi-lunch>`)), month, lang);
      stub.restore();
    }
    // Both at once: the meal, then the month.
    stub = stubFetch({
      [GET]: () => json({ ...perMeal, coFunding: { name: '县财政', perMeal: 200, monthly: 100_000 } }),
    });
    equal(line(await loaded()), '您的2元 + 县财政2元 = 一餐 县财政每月资助 1000元');
  });

  it('says nothing without co-funding (null, or an older service without the field), and keeps no space for it', async () => {
    const heights: number[] = [];
    const { coFunding: _, donorMealPrice: __, ...older } = perMeal;
    for (const body of [perMeal, { ...school, coFunding: null, donorMealPrice: 400 }, older]) {
      stub = stubFetch({ [GET]: () => json(body) });
      const el = await loaded();
      equal(line(el) === '', body !== perMeal, 'a line only with co-funding');
      equal(Boolean($(el, '.cofund')), body === perMeal, 'no empty box in its place');
      equal(await layoutDefects(), '', 'no hole, nothing cut');
      heights.push(el.getBoundingClientRect().height);
      stub.restore();
    }
    assert(heights[0]! > heights[1]! && heights[1] === heights[2], `taller only with co-funding (${heights})`);
  });

  it('shows the co-funding line whole in elder mode and a narrow column: nothing cut, no hole', async () => {
    for (const [attrs, width] of [
      ['elder', 420],
      ['', 260],
      ['elder lang="en"', 320],
    ] as const) {
      stub = stubFetch({ [GET]: () => json(perMeal) });
      const el = await loaded(`<gongyi-lunch school="gaoping" ${attrs}></gongyi-lunch>`, width);
      const p = $(el, '[part=co-funding]')!;
      assert(
        p.scrollHeight <= p.clientHeight + 1 && p.scrollWidth <= p.clientWidth + 1,
        `${attrs || width + 'px'}: the line fits its box`,
      );
      equal(await layoutDefects(), '', `${attrs || width + 'px'}: no hole, nothing cut`);
      stub.restore();
    }
  });

  it('the sponsor form asks a donor for their part only: meals and school days at 2 元 a meal', async () => {
    stub = stubFetch({ [GET]: () => json(perMeal) });
    const form = await openForm(await loaded());
    includes(form.shadowRoot!.querySelector('[part=mode]')!.textContent!.replace(/\s+/g, ' '), '按餐数（每餐 2元）');
    includes(form.shadowRoot!.querySelector('[part=mode]')!.textContent!.replace(/\s+/g, ' '), '每天 36元'); // 18 children × 2 元
    const amount = () => inForm(form, '[part=amount]')!.textContent!.trim();
    const input = inForm<HTMLInputElement>(form, 'input[name=count]')!;
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    await waitFor(() => amount() === '合计 24元', `12 meals × 2元 (got ${amount()})`);
    includes(inForm(form, '[part=submit]')!.textContent, '确认资助 24元');
    inForm<HTMLInputElement>(form, 'input[value=days]')!.click();
    await waitFor(() => form.shadowRoot!.querySelectorAll('[part=quick]')[1]?.textContent?.includes('5 天'));
    const quick = form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=quick]')[1]!;
    includes(quick.textContent, '180元'); // 5 days × 18 children × 2 元
    quick.click();
    await waitFor(() => amount() === '合计 180元', 'days amount');
    // A monthly co-funding leaves the donor's meal price as it is.
    stub.restore();
    stub = stubFetch({ [GET]: () => json(monthly) });
    const other = await openForm(await loaded());
    const n = inForm<HTMLInputElement>(other, 'input[name=count]')!;
    n.value = '12';
    n.dispatchEvent(new Event('input'));
    await waitFor(() => inForm(other, '[part=amount]')!.textContent!.trim() === '合计 48元', 'the full meal price');
  });

  it('elder mode: the line in large type; the elder audit and axe pass (light, dark, form open)', async () => {
    stub = stubFetch({ [GET]: () => json(perMeal) });
    const el = await loaded('<gongyi-lunch school="gaoping" elder></gongyi-lunch>');
    assert(parseFloat(getComputedStyle($(el, '[part=co-funding]')!).fontSize) >= 24, 'line ≥ 24px');
    equal(elderAudit(MIIT_ELDER).join('\n'), '', 'elder audit');
    await expectNoAxeViolations(el);
    await openForm(el);
    await expectNoAxeViolations(el);
    await expectNoAxeViolations(
      await loaded('<gongyi-lunch school="gaoping" elder theme="dark" lang="en"></gongyi-lunch>'),
    );
  });
});
