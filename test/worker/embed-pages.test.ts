// /embed/{kind}/{id}: each widget as a frameable HTML page that is readable with JavaScript off.
// What a reader (and the host page) depends on: the key content of each kind in the reader's
// language, masking identical to the API (no contact, no unmasked name), the live element around
// the content, a strict-CSP-safe document, headers that allow framing, and HTML 404s.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { adminOk, call, filing, makeCampaign, makeRecipient, pledge, uid } from './helpers';

async function page(path: string) {
  const res = await call(path);
  return { res, text: await res.text() };
}

/** A campaign with one confirmed, named gift carrying a contact, and one pending gift. */
async function campaignWithGifts() {
  const ids = await makeCampaign({ goalAmount: 1_000_000 });
  const gift = await (
    await pledge(ids.campaignId, { amount: 123_456, name: '马才英', message: '加油', contact: '13800138000' })
  ).json<{ id: string }>();
  await adminOk('POST', `/admin/donations/${gift.id}/confirm`);
  await pledge(ids.campaignId, { amount: 5_000, name: 'Li Wei', contact: 'liwei@example.com' });
  return ids;
}

describe('GET /embed/progress/{campaign}', () => {
  it('shows the confirmed, pending and goal figures, a progressbar and masked donors, never a contact or a full name', async () => {
    const { campaignId } = await campaignWithGifts();
    const { res, text } = await page(`/embed/progress/${campaignId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(text).toContain('<span class="big raised">1234.56元</span>');
    expect(text).toContain('<dd class="goal">1万元</dd>');
    expect(text).toContain('<dd class="pending">50元</dd>');
    expect(text).toContain('<dd class="donors">1</dd>');
    expect(text).toMatch(
      /role="progressbar"[^>]*aria-valuemin="0" aria-valuemax="100" aria-valuenow="12" aria-valuetext="已筹 1234.56元，目标 1万元，完成 12%"/,
    );
    expect(text).toContain('<span class="donor">马**</span>');
    expect(text).toContain('加油');
    for (const secret of ['马才英', '13800138000', 'Li Wei', 'liwei@example.com']) expect(text).not.toContain(secret);
  });

  it('is the live element around the content: <gongyi-progress campaign=…> with the page language, elder and theme', async () => {
    const { campaignId } = await makeCampaign();
    const { text } = await page(`/embed/progress/${campaignId}?lang=en&elder&theme=dark`);
    expect(text).toMatch(/<html lang="en" data-theme="dark" data-gongyi-frame data-elder>/);
    expect(text).toMatch(
      new RegExp(`<gongyi-progress campaign="${campaignId}" lang="en" theme="dark" elder>[\\s\\S]*</gongyi-progress>`),
    );
    expect(text).toContain('<script type="module" src="/embed.js"></script>');
  });

  it.each([
    ['', '<html lang="zh-Hans" data-theme="light" data-gongyi-frame>'],
    ['?theme=auto&elder=false', '<html lang="zh-Hans" data-theme="auto" data-gongyi-frame>'],
    ['?theme=purple&elder=1&lang=zh-TW', '<html lang="zh-Hant" data-theme="light" data-gongyi-frame data-elder>'],
  ])('query %s → %s (defaults like the element attributes)', async (query, root) => {
    const { text } = await page(`/embed/stats/fengxian-mzj${query}`);
    expect(text).toContain(root);
  });

  it('says that giving needs JavaScript and links to the share page instead', async () => {
    const { campaignId, projectId } = await makeCampaign();
    const { text } = await page(`/embed/progress/${campaignId}?lang=en`);
    expect(text).toContain(
      `href="http://gongyi.test/p/${projectId}?lang=en" target="_blank" rel="noopener">Open the page to give</a>`,
    );
    expect(text).toContain('Giving, sponsoring and claiming online need JavaScript.');
  });

  it('a closed campaign says so and offers no giving link', async () => {
    const { campaignId } = await makeCampaign({ status: 'closed' });
    const { text } = await page(`/embed/progress/${campaignId}`);
    expect(text).toContain('<p class="muted">募捐已结束</p>');
    expect(text).not.toContain('打开页面捐赠');
  });

  it.each([
    ['en', '¥1,234.56', 'raised (confirmed)', 'Recent donations'],
    ['zh-Hant', '1234.56元', '已籌（已確認）', '最近捐贈'],
    ['zh-HK', '1234.56元', '已籌（已確認）', '最近捐贈'],
    ['fr', '1234.56元', '已筹（已确认）', '最近捐赠'],
  ])('lang=%s: figures and labels in that language', async (lang, raised, label, recent) => {
    const { campaignId } = await campaignWithGifts();
    const { text } = await page(`/embed/progress/${campaignId}?lang=${lang}`);
    expect(text).toContain(`<span class="big raised">${raised}</span> <span class="muted">${label}</span>`);
    expect(text).toContain(recent);
  });
});

/** campaignWithGifts (1234.56 元 confirmed) with two expenditures: 200 元 to a named payee with a receipt, then 34.56 元. */
async function campaignWithSpending() {
  const ids = await campaignWithGifts();
  await adminOk('POST', `/admin/campaigns/${ids.campaignId}/expenditures`, {
    date: '2026-11-02',
    amount: 20_000,
    purpose: '购买炊具',
    payee: '永定区某厨具店',
    receiptUrl: 'https://img.example.org/receipt-1.jpg',
  });
  await adminOk('POST', `/admin/campaigns/${ids.campaignId}/expenditures`, {
    date: '2026-11-05',
    amount: 3_456,
    purpose: '食材',
  });
  return ids;
}

/** A campaign whose recipient was taken away: it shows its progress but takes no gifts. */
async function campaignWithoutRecipient() {
  const ids = await makeCampaign();
  await adminOk('PATCH', `/admin/campaigns/${ids.campaignId}`, { recipientId: null });
  return ids;
}

const FILING = 'href="https://cszg.mca.gov.cn/" target="_blank" rel="noopener">53430000MJJ000000X26001</a>';
const LANGS = [
  {
    lang: 'zh-Hans',
    recipient: `募捐主体：测试慈善总会 · 备案编号：<a ${FILING}`,
    labels: ['已筹', '已支出', '结余'],
    figures: ['1234.56元', '234.56元', '1000元'],
    spending: '资金去向',
    newest: '<time datetime="2026-11-05">2026年11月5日</time> 食材</span><strong>34.56元</strong>',
    payee: '收款方：永定区某厨具店',
    receipt: '凭证',
    noGifts: '本项目暂未开放捐赠',
  },
  {
    lang: 'zh-Hant',
    recipient: `募捐主體：测试慈善总会 · 備案編號：<a ${FILING}`,
    labels: ['已籌', '已支出', '結餘'],
    figures: ['1234.56元', '234.56元', '1000元'],
    spending: '資金去向',
    newest: '<time datetime="2026-11-05">2026年11月5日</time> 食材</span><strong>34.56元</strong>',
    payee: '收款方：永定区某厨具店',
    receipt: '憑證',
    noGifts: '本項目暫未開放捐贈',
  },
  {
    lang: 'en',
    recipient: `Recipient: 测试慈善总会 · Filing no. <a ${FILING}`,
    labels: ['Raised', 'Spent', 'Balance'],
    figures: ['¥1,234.56', '¥234.56', '¥1,000'],
    spending: 'Where the money went',
    newest: '<time datetime="2026-11-05">Nov 5, 2026</time> 食材</span><strong>¥34.56</strong>',
    payee: 'Paid to 永定区某厨具店',
    receipt: 'Receipt',
    noGifts: 'Not accepting gifts yet',
  },
];
const CAMPAIGN_PAGES = [
  ['/embed/progress', (ids: { campaignId: string }) => ids.campaignId],
  ['/embed/project', (ids: { projectId: string }) => ids.projectId],
] as const; // and /p/{projectId}: share-page.test.ts

describe('who receives the money and where it went, on the embed pages that show a campaign', () => {
  describe.each(CAMPAIGN_PAGES)('%s', (base, idOf) => {
    it.each(LANGS)(
      '$lang: the recipient line with its filing link, raised / spent / balance, the spending list',
      async (l) => {
        const ids = await campaignWithSpending();
        const { res, text } = await page(`${base}/${idOf(ids)}?lang=${l.lang}`);
        expect(res.status).toBe(200);
        expect(text).toContain(`<p class="recipient">${l.recipient}</p>`);
        // Three figures, not a second bar: still exactly one progressbar.
        const [raised, spent, balance] = l.figures;
        expect(text).toContain(`<dl class="facts flow">
<div><dt>${l.labels[0]}</dt><dd class="flow-raised">${raised}</dd></div>
<div><dt>${l.labels[1]}</dt><dd class="spent">${spent}</dd></div>
<div><dt>${l.labels[2]}</dt><dd class="balance">${balance}</dd></div>
</dl>`);
        expect(text.match(/role="progressbar"/g)).toHaveLength(1);
        expect(text).toMatch(new RegExp(`<h[23]>${l.spending}</h[23]><ul class="list spending">`));
        // Newest first; a payee and a receipt link where staff gave them.
        const list = /<ul class="list spending">([\s\S]*?)<\/ul>/.exec(text)![1]!;
        expect(list.indexOf(l.newest)).toBeGreaterThanOrEqual(0);
        expect(list.indexOf(l.newest)).toBeLessThan(list.indexOf('购买炊具'));
        expect(list).toContain(l.payee);
        expect(list).toContain(
          `<a href="https://img.example.org/receipt-1.jpg" target="_blank" rel="noopener">${l.receipt}<span class="sr"> 购买炊具</span></a>`,
        );
      },
    );

    it.each(LANGS)('$lang: without a qualified recipient, a note and no give link, button or form', async (l) => {
      const ids = await campaignWithoutRecipient();
      expect(
        (await (await call(`/api/v1/campaigns/${ids.campaignId}`)).json<{ acceptsGifts: boolean }>()).acceptsGifts,
      ).toBe(false);
      const { res, text } = await page(`${base}/${idOf(ids)}?lang=${l.lang}`);
      expect(res.status).toBe(200);
      expect(text).toContain(`<p class="no-gifts">${l.noGifts}</p>`);
      expect(text).not.toContain('class="recipient"');
      expect(text).not.toContain('class="action"');
      expect(text).not.toMatch(/<form|<button/);
      expect(text).not.toContain('noscript-note');
      // The progress itself is still there.
      expect(text).toContain('role="progressbar"');
    });
  });

  it('a campaign that has spent nothing shows 0 spent, the whole amount as balance, and no empty list', async () => {
    const { campaignId } = await campaignWithGifts();
    const { text } = await page(`/embed/progress/${campaignId}`);
    expect(text).toContain('<dd class="spent">0元</dd>');
    expect(text).toContain('<dd class="balance">1234.56元</dd>');
    expect(text).not.toContain('资金去向');
  });

  it.each([null, 'javascript:alert(1)'])('filing link %s: the number is plain text, never a link', async (url) => {
    const { campaignId } = await makeCampaign();
    // The API only takes http(s) links; an older or hand-made row may hold anything.
    await env.DB.prepare('UPDATE campaigns SET filing_url = ? WHERE id = ?').bind(url, campaignId).run();
    const { text } = await page(`/embed/progress/${campaignId}`);
    expect(text).toContain('<p class="recipient">募捐主体：测试慈善总会 · 备案编号：53430000MJJ000000X26001</p>');
    expect(text).not.toContain('javascript:');
  });
});

describe('/embed/lunch: who receives the money', () => {
  async function school(withFiling: boolean) {
    const orgId = uid('org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: `测试机构 ${orgId}` });
    const extra = withFiling ? filing(await makeRecipient(orgId)) : {};
    return adminOk('POST', '/admin/lunch', {
      id: uid('ls'),
      orgId,
      name: '测试教学点',
      childrenCount: 10,
      mealPrice: 400,
      startsOn: '2030-09-02',
      ...extra,
    });
  }

  it.each([
    ['zh-Hans', `募捐主体：测试慈善总会 · 备案编号：<a ${FILING}`, '打开页面资助午餐'],
    ['zh-Hant', `募捐主體：测试慈善总会 · 備案編號：<a ${FILING}`, '開啟頁面資助午餐'],
    ['en', `Recipient: 测试慈善总会 · Filing no. <a ${FILING}`, 'Open the page to sponsor lunches'],
  ])('%s: the recipient line with its filing link, and the sponsor link', async (lang, line, sponsor) => {
    const s = await school(true);
    const { text } = await page(`/embed/lunch/${s.id}?lang=${lang}`);
    expect(text).toContain(`<p class="recipient">${line}</p>`);
    expect(text).toContain(sponsor);
  });

  it.each([
    ['zh-Hans', '暂未开放资助'],
    ['zh-Hant', '暫未開放資助'],
    ['en', 'Not accepting sponsors yet'],
  ])('%s: without a recipient, a note instead of the sponsor link', async (lang, note) => {
    const s = await school(false);
    const { text } = await page(`/embed/lunch/${s.id}?lang=${lang}`);
    expect(text).toContain(`<p class="no-gifts">${note}</p>`);
    expect(text).not.toContain('class="recipient"');
    expect(text).not.toContain('class="action"');
    expect(text).not.toMatch(/<form|<button/);
  });
});

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A 1000 元 campaign with a running 1:1 fund (cap 100 元 a gift, 500 元 in all) whose matcher has a logo,
 * and one confirmed 200 元 gift: raised 200 元 (20%), matched 100 元 (10%), 400 元 left in the fund.
 */
async function matchedCampaign(o: { logoUrl?: string | null; confirm?: boolean } = {}) {
  const ids = await makeCampaign({ goalAmount: 100_000 });
  const matcher = await adminOk('POST', '/admin/matchers', {
    orgId: ids.orgId,
    name: '爱心企业',
    logoUrl: o.logoUrl === undefined ? 'https://example.cn/logo.png' : o.logoUrl,
  });
  const fund = await adminOk('POST', '/admin/match-funds', {
    matcherId: matcher.id,
    ratioPercent: 100,
    capPerGift: 10_000,
    totalCap: 50_000,
    startsAt: iso(Date.now() - DAY),
    endsAt: iso(Date.now() + 30 * DAY),
    campaignIds: [ids.campaignId],
  });
  const gift = await (await pledge(ids.campaignId, { amount: 20_000, name: '张三' })).json<{ id: string }>();
  if (o.confirm !== false) await adminOk('POST', `/admin/donations/${gift.id}/confirm`);
  return { ...ids, fundId: fund.id as string };
}

const bar = (text: string) => /<div class="bar" role="progressbar"[^>]*>([\s\S]*?)<\/div>/.exec(text)!;

describe('/embed/progress: matching funds (配捐)', () => {
  it.each([
    [
      'zh-Hans',
      '已筹 200元，配捐 100元，目标 1000元，完成 30%',
      '配捐进行中：您的每1元将变为2元，剩余 400元',
      '配捐方：',
      '<dt>配捐</dt><dd class="matched">100元</dd>',
    ],
    [
      'zh-Hant',
      '已籌 200元，配捐 100元，目標 1000元，完成 30%',
      '配捐進行中：您的每1元將變為2元，剩餘 400元',
      '配捐方：',
      '<dt>配捐</dt><dd class="matched">100元</dd>',
    ],
    [
      'en',
      '¥200 raised + ¥100 matched of ¥1,000 (30%)',
      'Matching: each ¥1 you give becomes ¥2, ¥400 left',
      'Matched by ',
      '<dt>Matched</dt><dd class="matched">¥100</dd>',
    ],
  ])(
    '%s: the matched segment after the raised one, the words for it, the running fund and the figure',
    async (lang, valueText, line, by, figure) => {
      const { campaignId } = await matchedCampaign();
      const { res, text } = await page(`/embed/progress/${campaignId}?lang=${lang}`);
      expect(res.status).toBe(200);
      const [tag, inner] = bar(text);
      // Raised 20 % then matched 10 %: the value counts both, and says both in words.
      expect(inner).toBe('<span class="fill w-20"></span><span class="fill matched w-10"></span>');
      expect(tag).toContain('aria-valuenow="30"');
      expect(tag).toContain(`aria-valuetext="${valueText}"`);
      // The matcher's logo names it to a screen reader (alt); the name beside it is for the eye.
      expect(text).toContain(
        `<p class="matching"><strong>${line}</strong> · ${by}<img class="logo" src="https://example.cn/logo.png" alt="爱心企业"><span aria-hidden="true">爱心企业</span></p>`,
      );
      expect(text).toContain(figure);
      expect(text.match(/role="progressbar"/g)).toHaveLength(1);
    },
  );

  it('a matcher without a logo is named in plain text', async () => {
    const { campaignId } = await matchedCampaign({ logoUrl: null });
    const { text } = await page(`/embed/progress/${campaignId}`);
    expect(text).toContain(
      '<p class="matching"><strong>配捐进行中：您的每1元将变为2元，剩余 400元</strong> · 配捐方：<span>爱心企业</span></p>',
    );
    expect(text).not.toContain('class="logo"');
  });

  it('a running fund that has matched nothing yet: the line and a 0 figure, no matched segment', async () => {
    const { campaignId } = await matchedCampaign({ confirm: false });
    const { text } = await page(`/embed/progress/${campaignId}`);
    expect(bar(text)[1]).toBe('<span class="fill w-0"></span>');
    expect(bar(text)[0]).toContain('aria-valuetext="已筹 0元，目标 1000元，完成 0%"');
    expect(text).toContain('剩余 500元');
    expect(text).toContain('<dt>配捐</dt><dd class="matched">0元</dd>');
  });

  it('the line, segment and figure come only with matching: a campaign without a fund keeps its bar and words', async () => {
    const { campaignId } = await matchedCampaign();
    expect((await page(`/embed/progress/${campaignId}`)).text).toContain('<p class="matching">');
    const plain = await campaignWithGifts();
    const { text } = await page(`/embed/progress/${plain.campaignId}`);
    expect(bar(text)[1]).toBe('<span class="fill w-12"></span>');
    expect(text).not.toContain('class="matching"');
    expect(text).not.toContain('配捐');
  });

  it('the stylesheet colours the matched segment apart from the raised one, in light, dark and print', async () => {
    const { text } = await page('/embed/progress/gaoping-lunch');
    const css = await (await call(/<link rel="stylesheet" href="([^"]+)">/.exec(text)![1]!)).text();
    expect(css).toContain('.fill.matched{background:var(--p-matched)');
    expect(css.match(/--p-matched:#[0-9a-f]{6}/g)!.length).toBeGreaterThanOrEqual(3);
  });
});

describe('/embed/lunch: co-funding', () => {
  async function coFunded(co: Record<string, unknown>) {
    const orgId = uid('org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: `测试机构 ${orgId}` });
    return adminOk('POST', '/admin/lunch', {
      id: uid('ls'),
      orgId,
      name: '测试教学点',
      childrenCount: 10,
      mealPrice: 400,
      startsOn: '2030-09-02',
      ...co,
    });
  }

  it.each([
    ['zh-Hans', '您的2元 + 县财政2元 = 一餐', '县财政每月资助 1000元'],
    ['zh-Hant', '您的2元 + 县财政2元 = 一餐', '县财政每月資助 1000元'],
    ['en', 'Your ¥2 + ¥2 from 县财政 = one meal', '县财政 gives ¥1,000 a month'],
  ])('%s: a co-funder per meal, a monthly sum, and no line without co-funding', async (lang, perMeal, monthly) => {
    let s = await coFunded({ coFunderName: '县财政', coFundedPerMeal: 200 });
    let { text } = await page(`/embed/lunch/${s.id}?lang=${lang}`);
    expect(text).toContain(`<p class="co-funding">${perMeal}</p>`);
    s = await coFunded({ coFunderName: '县财政', coFundedMonthly: 100_000 });
    ({ text } = await page(`/embed/lunch/${s.id}?lang=${lang}`));
    expect(text).toContain(`<p class="co-funding">${monthly}</p>`);
    s = await coFunded({});
    ({ text } = await page(`/embed/lunch/${s.id}?lang=${lang}`));
    expect(text).not.toContain('co-funding');
    expect(text).not.toContain(perMeal);
  });
});

describe('the other kinds show their key content (demo data)', () => {
  it('project: title, organisation, category, status, timeline, sources and its campaign', async () => {
    const { text } = await page('/embed/project/gaoping-lunch?lang=en');
    expect(text).toMatch(/<gongyi-project project="gaoping-lunch" lang="en" theme="light">/);
    expect(text).toContain('<h1>高坪村教学点免费午餐</h1>');
    expect(text).toContain('<dt>Organisation</dt><dd>湖南省民政厅</dd>');
    expect(text).toContain('<dt>Category</dt><dd>Meals</dd>');
    expect(text).toContain('<dt>Status</dt><dd>In progress</dd>');
    expect(text).toContain('<h3>提供炊具、聘请厨师</h3>');
    expect(text).toContain('href="http://mzt.hunan.gov.cn/mzt/xxgk/mt/202108/t20210802_20045753.html"');
    expect(text).toContain('<h2>让高坪村的孩子吃上热乎午餐</h2>');
    expect(text).toContain('role="progressbar"');
    // The newest gifts the widget shows first, masked exactly as the API masks them.
    const api = await (await call('/api/v1/campaigns/gaoping-lunch')).json<{ recentDonations: { name: string }[] }>();
    for (const d of api.recentDonations.slice(0, 3)) expect(text).toContain(`<span class="donor">${d.name}</span>`);
    expect(text).not.toContain('Li Wei');
    expect(text).not.toContain('陈伟');
  });

  it('lunch: funded-through date, children, meal price, meals funded and served, reports, masked sponsors', async () => {
    const { text } = await page('/embed/lunch/gaoping');
    const school = await (
      await call('/api/v1/lunch/gaoping')
    ).json<{ mealsFunded: number; mealsServed: number; fundedThrough: string }>();
    expect(text).toMatch(/<gongyi-lunch school="gaoping" lang="zh-Hans"/);
    expect(text).toContain('<h1>高坪村教学点</h1>');
    const [y, mo, d] = school.fundedThrough.split('-').map(Number);
    expect(text).toContain(`午餐已资助到 ${y}年${mo}月${d}日`);
    expect(text).toContain('<dt>就餐儿童</dt><dd>18 人</dd>');
    expect(text).toContain('<dt>餐费标准</dt><dd>4元/人/餐</dd>');
    expect(text).toContain(`<dd class="meals-funded">${school.mealsFunded} 餐</dd>`);
    expect(text).toContain(`<dd class="meals-served">${school.mealsServed} 餐</dd>`);
    expect(text).toContain('酸菜肉丝、蒸南瓜、米饭');
    expect(text).toMatch(/<img src="\/photos\/[^"]+" alt="2026年11月20日 午餐照片"/);
    expect(text).toContain('<span class="donor">Z***</span><span>5 个上学日（90 餐）');
    expect(text).toContain('打开页面资助午餐');
  });

  it('column: organisation, brand line, headline figures and project cards linking to their share pages', async () => {
    const { text } = await page('/embed/column/yiyang-mzj');
    expect(text).toContain('<h1>益阳市民政局 · 慈善专栏</h1>');
    expect(text).toContain('益行益善·益老益小');
    expect(text).toContain('<span class="num">900万<small>余元</small></span>');
    expect(text).toMatch(
      /<h3><a href="http:\/\/gongyi\.test\/p\/yiyang-silver-age\?lang=zh-Hans"[^>]*>“银龄行动”志愿助老<\/a><\/h3>/,
    );
  });

  it("column: a project's card shows its campaign's confirmed amount against the goal", async () => {
    const { orgId, projectId } = await campaignWithGifts();
    const { text } = await page(`/embed/column/${orgId}`);
    expect(text).toMatch(new RegExp(`<a href="http://gongyi\\.test/p/${projectId}\\?lang=zh-Hans"[^>]*>测试项目</a>`));
    expect(text).toMatch(/role="progressbar" aria-label="测试项目 筹款进度"[^>]*aria-valuenow="12"/);
    expect(text).toContain('<p>已筹 1234.56元 / 目标 1万元</p>');
  });

  it('wishes: counts per status and wishes with masked wishers; claimers without contact', async () => {
    const { text } = await page('/embed/wishes/taizhou-hailing?lang=zh-Hans');
    const api = await (await call('/api/v1/orgs/taizhou-hailing/wishes')).json<{ counts: Record<string, number> }>();
    expect(text).toContain(`<dt>待认领</dt><dd>${api.counts.open}</dd>`);
    expect(text).toContain(`<dt>已实现</dt><dd>${api.counts.fulfilled}</dd>`);
    expect(text).toContain('一床过冬的厚棉被');
    expect(text).toContain('心愿人 周**');
    expect(text).not.toContain('周德福');
    expect(text).not.toContain('0523-0000000');
    expect(text).toContain('打开页面认领心愿');
  });

  it('stats: the figures as the widget formats them, in zh-Hant', async () => {
    const { text } = await page('/embed/stats/fengxian-mzj?lang=zh-Hant');
    expect(text).toMatch(/<html lang="zh-Hant"/);
    expect(text).toContain('<h1>凤县民政局 · 數據公示</h1>');
    expect(text).toContain('<span class="num">12368<small>人次</small></span><span>走访服务对象</span>');
  });
});

describe('a frameable, strict-CSP document', () => {
  const paths = [
    '/embed/project/gaoping-lunch',
    '/embed/progress/gaoping-lunch',
    '/embed/lunch/gaoping',
    '/embed/column/yiyang-mzj',
    '/embed/wishes/taizhou-hailing',
    '/embed/stats/fengxian-mzj',
  ];

  it.each(paths)(
    '%s: any site may frame it (CSP frame-ancestors *, no X-Frame-Options), fresh for 5 s',
    async (path) => {
      const { res } = await page(path);
      expect(res.status).toBe(200);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain('frame-ancestors *');
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('X-Frame-Options')).toBeNull();
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=5, stale-while-revalidate=30');
    },
  );

  it.each(paths)('%s: nothing the CSP would block (no inline script, style, or style attribute)', async (path) => {
    const { text } = await page(path);
    expect(text).not.toMatch(/\sstyle=/i);
    expect(text).not.toMatch(/<style/i);
    expect(text).not.toMatch(/\son[a-z]+=/i);
    for (const tag of text.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/ src="\/embed\.js"/);
  });

  it('its stylesheet is same-origin, long-cached under a content-hashed URL, with elder and dark rules', async () => {
    const { text } = await page('/embed/stats/fengxian-mzj');
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(text)?.[1];
    expect(href).toMatch(/^\/embed\/page\.css\?v=[0-9a-z]+$/);
    const css = await call(href!);
    expect(css.status).toBe(200);
    expect(css.headers.get('Content-Type')).toMatch(/^text\/css/);
    expect(css.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const body = await css.text();
    expect(body).toContain('html[data-elder]{font-size:150%');
    expect(body).toContain('html[data-theme=dark]');
    expect(body).toContain('.w-12{width:12%}');
    // The recipient line and the spending list's payee are small print, but not in elder mode.
    expect(body).toMatch(/html\[data-elder\] :is\([^)]*\.recipient[^)]*\)\{font-size:1rem\}/);
  });

  it('text from the data is escaped, never markup', async () => {
    const { orgId } = await makeCampaign();
    const projectId = `xss-${Date.now().toString(36)}`;
    await adminOk('POST', '/admin/projects', {
      id: projectId,
      orgId,
      title: '<img src=x onerror=alert(1)> & "引号"',
      summary: 's',
      category: 'other',
      status: 'planned',
    });
    const { text } = await page(`/embed/project/${projectId}`);
    expect(text).toContain('<h1>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;引号&quot;</h1>');
    expect(text).not.toContain('<img src=x');
  });
});

describe('404: an HTML page the reader understands, not JSON', () => {
  it.each([
    '/embed/nope/gaoping',
    '/embed/project/nope',
    '/embed/progress/nope',
    '/embed/lunch/nope',
    '/embed/column/nope',
    '/embed/wishes/nope',
    '/embed/stats/nope',
    '/embed/progress',
    '/embed/progress/gaoping-lunch/extra',
  ])('%s → 404 text/html, still frameable', async (path) => {
    const { res, text } = await page(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(text).toContain('<h1>没有找到</h1>');
  });

  it('in the requested language', async () => {
    const { res, text } = await page('/embed/progress/nope?lang=en');
    expect(res.status).toBe(404);
    expect(text).toMatch(/<html lang="en"/);
    expect(text).toContain('<h1>Not found</h1>');
  });
});

describe('framing is for /embed only', () => {
  it.each(['/admin', '/admin/'])('%s is never framed (X-Frame-Options DENY, frame-ancestors none)', async (path) => {
    const res = await call(path);
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });
});

describe('/embed/progress: monthly giving', () => {
  it('shows the monthly donors once there are any, in each language', async () => {
    const { campaignId } = await makeCampaign();
    expect(await (await call(`/embed/progress/${campaignId}`)).text()).not.toContain('monthly-donors');
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { monthlyAllowed: true });
    const first = await pledge(campaignId, { amount: 3000, frequency: 'monthly' });
    expect(first.status).toBe(201);
    // A monthly donor from the first gift's arrival on.
    await adminOk('POST', `/admin/donations/${(await first.json<any>()).id}/confirm`);
    for (const [lang, word] of [
      ['zh-Hans', '月捐人数'],
      ['zh-Hant', '月捐人數'],
      ['en', 'Monthly donors'],
    ] as const) {
      const page = await (
        await call(`/embed/progress/${campaignId}?lang=${lang}`, { headers: { 'Cache-Control': 'no-cache' } })
      ).text();
      expect(page).toMatch(new RegExp(`<dt>${word}</dt><dd class="monthly-donors">1</dd>`));
    }
  });
});
