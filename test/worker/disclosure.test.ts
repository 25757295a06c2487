// The disclosure report (资金使用公示): GET /api/v1/orgs/{org}/disclosure?period= and the printable
// /disclosure/{org}/{period}. What a bureau answers for: every figure equals the ledger (the D1 rows
// of donations and expenditures, summed here independently, by China-time day), per channel, for a
// quarter, a month and a year; the page shows the same figures; nobody's personal data leaks.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure, DisclosureCampaign, DisclosureChannels } from '../../worker/schemas/disclosure';
import { adminOk, call, expectProblem, filing, makeCampaign, pledge, uid } from './helpers';

/** The China-time (UTC+8) calendar day of an instant. */
const chinaDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
const today = chinaDay(new Date().toISOString());
const year = Number(today.slice(0, 4));
const month = Number(today.slice(5, 7));
const quarter = Math.ceil(month / 3);
const pad = (n: number) => String(n).padStart(2, '0');

/** Typed into pledges and direct rows: none of it may ever show in the report. */
const SECRETS = [
  '马才英',
  '13800138000',
  '给孩子们加餐',
  'Li Wei',
  'liwei@example.com',
  '王秀兰',
  'wang@example.org',
  '捐给午餐',
];

let seq = 0;
/** A donation as a provider callback (or an import) leaves it: inserted confirmed, maybe refunded later. */
async function insertGift(
  campaignId: string,
  o: { amount: number; provider: 'wechatpay' | 'stripe' | null; confirmedAt: string; refundedAt?: string },
) {
  const id = `dt-${Date.now().toString(36)}-${seq++}`;
  await env.DB.prepare(
    `INSERT INTO donations (id, campaign_id, amount, currency, name, anonymous, message, contact, channel, reference, status,
                          created_at, confirmed_at, provider)
                        VALUES (?, ?, ?, 'CNY', '王秀兰', 0, '捐给午餐', 'wang@example.org', ?, ?, 'confirmed', ?, ?, ?)`,
  )
    .bind(
      id,
      campaignId,
      o.amount,
      o.provider ? 'online' : 'offline',
      `GY-T${id}`,
      o.confirmedAt,
      o.confirmedAt,
      o.provider,
    )
    .run();
  if (o.refundedAt) {
    await env.DB.prepare("UPDATE donations SET status = 'refunded', refunded_at = ? WHERE id = ?")
      .bind(o.refundedAt, id)
      .run();
  }
  return id;
}

async function offlineGift(campaignId: string, body: Record<string, unknown>) {
  const res = await pledge(campaignId, body);
  expect(res.status).toBe(201);
  return (await res.json<{ id: string }>()).id;
}

type Org = { orgId: string; main: string; lunch: string; school: string; hidden: string[] };
let org: Org;

/**
 * One organisation with: a campaign running since January 2025 (offline pledges confirmed, one
 * refunded, one cancelled, one left pending; WeChat Pay and Stripe gifts either side of period
 * edges; spending either side of them); a lunch school whose daily reports are its spending; and
 * a draft campaign and an unpublished project's campaign, both with money that must not show.
 */
beforeAll(async () => {
  const { orgId, projectId, campaignId, recipientId } = await makeCampaign();
  await env.DB.prepare("UPDATE campaigns SET created_at = '2025-01-15T02:00:00.000Z' WHERE id = ?")
    .bind(campaignId)
    .run();

  const kept = await offlineGift(campaignId, {
    amount: 10_000,
    name: '马才英',
    contact: '13800138000',
    message: '给孩子们加餐',
  });
  const refunded = await offlineGift(campaignId, { amount: 25_050, name: 'Li Wei', contact: 'liwei@example.com' });
  await offlineGift(campaignId, { amount: 7_700, name: '马才英', contact: '13800138000' }); // stays pending
  const cancelled = await offlineGift(campaignId, { amount: 3_300, name: 'Li Wei' });
  await adminOk('POST', `/admin/donations/${kept}/confirm`);
  await adminOk('POST', `/admin/donations/${refunded}/confirm`);
  await adminOk('POST', `/admin/donations/${refunded}/refund`);
  await adminOk('POST', `/admin/donations/${cancelled}/cancel`);

  // Either side of 2026-10-01 00:00 in China (2026-09-30T16:00Z), and a refund the next year.
  await insertGift(campaignId, { amount: 12_345, provider: 'wechatpay', confirmedAt: '2026-09-30T16:30:00.000Z' });
  await insertGift(campaignId, { amount: 600, provider: 'wechatpay', confirmedAt: '2026-09-30T15:59:59.000Z' });
  await insertGift(campaignId, {
    amount: 50_000,
    provider: 'stripe',
    confirmedAt: '2026-11-20T04:00:00.000Z',
    refundedAt: '2026-12-31T16:00:00.000Z',
  });
  await insertGift(campaignId, {
    amount: 9_900,
    provider: 'stripe',
    confirmedAt: '2026-08-10T04:00:00.000Z',
    refundedAt: '2026-10-05T04:00:00.000Z',
  });
  await insertGift(campaignId, { amount: 70_000, provider: null, confirmedAt: '2025-06-01T04:00:00.000Z' });

  for (const [date, amount] of [
    ['2025-03-01', 2_000],
    ['2026-09-30', 4_000],
    ['2026-10-01', 1_500],
    [today, 800],
  ] as const) {
    await adminOk('POST', `/admin/campaigns/${campaignId}/expenditures`, {
      date,
      amount,
      purpose: '购买炊具',
      payee: '某某厨具店',
      receiptUrl: 'https://img.example.org/r.jpg',
    });
  }

  const school = await adminOk('POST', '/admin/lunch', {
    orgId,
    name: '测试教学点',
    childrenCount: 10,
    mealPrice: 400,
    startsOn: '2026-09-01',
    ...filing(recipientId),
  });
  await insertGift(school.campaignId, { amount: 20_000, provider: null, confirmedAt: '2026-10-02T01:00:00.000Z' });
  await insertGift(school.campaignId, { amount: 4_400, provider: 'wechatpay', confirmedAt: new Date().toISOString() });
  await adminOk('POST', `/admin/lunch/${school.id}/reports`, { date: '2026-10-02', meals: 10, spent: 4_000 });
  await adminOk('POST', `/admin/lunch/${school.id}/reports`, { date: today, meals: 10, spent: 4_100 });

  const draft = await adminOk('POST', '/admin/campaigns', {
    projectId,
    title: '草稿募捐',
    goalAmount: 1000,
    status: 'draft',
  });
  await insertGift(draft.id, { amount: 1_111, provider: null, confirmedAt: new Date().toISOString() });
  const unpublished = await adminOk('POST', '/admin/projects', {
    orgId,
    title: '未发布项目',
    summary: 's',
    category: 'other',
    status: 'planned',
  });
  const hidden = await adminOk('POST', '/admin/campaigns', {
    projectId: unpublished.id,
    title: '未发布募捐',
    goalAmount: 1000,
    ...filing(recipientId),
  });
  await insertGift(hidden.id, { amount: 2_222, provider: null, confirmedAt: new Date().toISOString() });
  await adminOk('PATCH', `/admin/projects/${unpublished.id}`, { published: false });

  org = { orgId, main: campaignId, lunch: school.campaignId, school: school.id, hidden: [draft.id, hidden.id] };
});

type Report = Disclosure;
type Row = DisclosureCampaign;
type Channels = DisclosureChannels;

async function report(period: string): Promise<Report> {
  const res = await call(`/api/v1/orgs/${org.orgId}/disclosure?period=${period}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as Report;
}

/** The period's figures of one campaign, summed straight from its D1 rows by China-time day. */
async function fromLedger(campaignId: string, from: string, to: string) {
  const { results: gifts } = await env.DB.prepare(
    "SELECT amount, provider, status, confirmed_at, created_at, refunded_at FROM donations WHERE campaign_id = ? AND status IN ('confirmed', 'refunded')",
  )
    .bind(campaignId)
    .all<{
      amount: number;
      provider: string | null;
      status: string;
      confirmed_at: string | null;
      created_at: string;
      refunded_at: string | null;
    }>();
  const { results: spending } = await env.DB.prepare('SELECT date, amount FROM expenditures WHERE campaign_id = ?')
    .bind(campaignId)
    .all<{ date: string; amount: number }>();
  const zero = (): Channels => ({ total: 0, offline: 0, wechatpay: 0, stripe: 0 });
  const moneyIn = zero(),
    refunds = zero();
  let donors = 0,
    heldEnd = 0,
    heldBefore = 0;
  for (const g of gifts) {
    const ch = (g.provider ?? 'offline') as 'offline' | 'wechatpay' | 'stripe';
    const confirmed = chinaDay(g.confirmed_at ?? g.created_at);
    const refundedOn = g.status === 'refunded' ? chinaDay(g.refunded_at!) : null;
    if (confirmed >= from && confirmed <= to) {
      moneyIn[ch] += g.amount;
      moneyIn.total += g.amount;
      donors++;
    }
    if (refundedOn && refundedOn >= from && refundedOn <= to) {
      refunds[ch] += g.amount;
      refunds.total += g.amount;
    }
    if (confirmed <= to && !(refundedOn && refundedOn <= to)) heldEnd += g.amount;
    if (confirmed < from && !(refundedOn && refundedOn < from)) heldBefore += g.amount;
  }
  const sum = (keep: (d: string) => boolean) => spending.filter((e) => keep(e.date)).reduce((n, e) => n + e.amount, 0);
  return {
    moneyIn,
    refunds,
    donors,
    moneyOut: sum((d) => d >= from && d <= to),
    openingBalance: heldBefore - sum((d) => d < from),
    balance: heldEnd - sum((d) => d <= to),
  };
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
const PERIODS = [
  { period: `${year}-Q${quarter}`, from: `${year}-${pad(quarter * 3 - 2)}-01`, to: lastDay(year, quarter * 3) },
  { period: `${year}-${pad(month)}`, from: `${year}-${pad(month)}-01`, to: lastDay(year, month) },
  { period: String(year), from: `${year}-01-01`, to: `${year}-12-31` },
  { period: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
  { period: '2026-Q3', from: '2026-07-01', to: '2026-09-30' },
  { period: '2026-10', from: '2026-10-01', to: '2026-10-31' },
  { period: '2025', from: '2025-01-01', to: '2025-12-31' },
];

describe('GET /orgs/{org}/disclosure: the figures are the ledger', () => {
  it.each(PERIODS)(
    '$period: each campaign, per channel, equals the D1 rows summed by China-time day',
    async ({ period, from, to }) => {
      const r = await report(period);
      expect(r.period).toMatchObject({ id: period, from, to });
      expect(r.asOf).toBe(to < today ? to : today);
      for (const id of [org.main, org.lunch]) {
        const row = r.campaigns.find((c) => c.id === id);
        const ledger = await fromLedger(id, from, to);
        if (!row) {
          // Left out only when it began after the period and nothing happened in it.
          expect(id, period).toBe(org.lunch);
          expect(ledger).toMatchObject({ moneyIn: { total: 0 }, refunds: { total: 0 }, moneyOut: 0 });
          continue;
        }
        expect(row, `${period}: ${id}`).toMatchObject(ledger);
        // Opening + in − refunds − out = closing: nothing is lost between periods.
        expect(row!.openingBalance + row!.moneyIn.total - row!.refunds.total - row!.moneyOut).toBe(row!.balance);
      }
      // The organisation's totals are its campaigns' sums.
      const [t] = r.totals;
      expect(r.totals).toHaveLength(1);
      const sum = (f: (c: Row) => number) => r.campaigns.reduce((n, c) => n + f(c), 0);
      expect(t).toMatchObject({
        currency: 'CNY',
        campaigns: r.campaigns.length,
        moneyOut: sum((c) => c.moneyOut),
        balance: sum((c) => c.balance),
        donors: sum((c) => c.donors),
        moneyIn: {
          total: sum((c) => c.moneyIn.total),
          offline: sum((c) => c.moneyIn.offline),
          wechatpay: sum((c) => c.moneyIn.wechatpay),
          stripe: sum((c) => c.moneyIn.stripe),
        },
        refunds: { total: sum((c) => c.refunds.total), stripe: sum((c) => c.refunds.stripe) },
      });
    },
  );

  it('2026-Q4 by hand: gifts fall in the China-time day they were confirmed, refunds in the day they were refunded', async () => {
    const q3 = (await report('2026-Q3')).campaigns.find((c) => c.id === org.main)!;
    const q4 = (await report('2026-Q4')).campaigns.find((c) => c.id === org.main)!;
    // 16:30Z on 30 Sept is 1 Oct in China; 15:59:59Z is still 30 Sept.
    expect(q3.moneyIn).toMatchObject({ wechatpay: 600, stripe: 9_900 });
    expect(q4.moneyIn.wechatpay).toBe(12_345);
    // Refunded on 5 Oct (Q4); the other Stripe refund is on 1 Jan 2027 in China, not in Q4.
    expect(q4.refunds.stripe).toBe(9_900);
    expect(q3.moneyOut).toBe(4_000);
    expect(q3.balance).toBe(q4.openingBalance);
  });

  it('a lunch school’s daily reports are its money out, and its project counts', async () => {
    const row = (await report('2026-Q4')).campaigns.find((c) => c.id === org.lunch)!;
    const school = await (await call(`/api/v1/lunch/${org.school}`)).json<{ spentAmount: number; name: string }>();
    expect(row.moneyOut).toBe(today <= '2026-12-31' ? 8_100 : 4_000);
    expect(school.spentAmount).toBe(8_100);
    expect(row.lastDisclosedOn).toBe(today <= '2026-12-31' ? today : '2026-10-02');
  });

  it('campaign facts: recipient, start, last disclosure and the three-month flag', async () => {
    const now = await report(`${year}-Q${quarter}`);
    const main = now.campaigns.find((c) => c.id === org.main)!;
    expect(main).toMatchObject({
      title: '测试募捐',
      startedOn: '2025-01-15',
      lastDisclosedOn: today,
      overdue: false,
      recipient: { name: '测试慈善总会', creditCode: '53430000MJJ000000X', filingNumber: '53430000MJJ000000X26001' },
    });
    expect(Object.keys(main.recipient!).sort()).toEqual(['creditCode', 'filingNumber', 'name']);
    // At the end of 2025 it had run eleven months, its last spending dated March: overdue.
    const old = (await report('2025-Q4')).campaigns.find((c) => c.id === org.main)!;
    expect(old).toMatchObject({ lastDisclosedOn: '2025-03-01', overdue: true });
    expect((await report('2025-Q4')).totals[0]!.overdue).toBeGreaterThanOrEqual(1);
    // The school began this year: too young to be overdue, and absent from 2025 (it had not started).
    expect((await report('2025')).campaigns.map((c) => c.id)).not.toContain(org.lunch);
  });

  it('leaves out draft campaigns and unpublished projects', async () => {
    const r = await report(String(year));
    for (const id of org.hidden) expect(r.campaigns.map((c) => c.id)).not.toContain(id);
  });

  it('holds no personal data: no donor name, contact or message', async () => {
    for (const { period } of PERIODS) {
      const text = await (await call(`/api/v1/orgs/${org.orgId}/disclosure?period=${period}`)).text();
      for (const s of SECRETS) expect(text, period).not.toContain(s);
    }
  });
});

describe('GET /orgs/{org}/disclosure: the request', () => {
  it.each(['2026-Q5', '2026-Q0', '2026-13', '2026-00', '26', '2026-1', '2026Q4', '2026-Q4x', ''])(
    'period=%s → 400 validation_failed',
    async (period) => {
      const p = await expectProblem(
        await call(`/api/v1/orgs/${org.orgId}/disclosure?period=${period}`),
        400,
        'validation_failed',
      );
      expect(p.errors?.[0]?.path).toBe('period');
    },
  );

  it('no period → 400; an unknown organisation → 404', async () => {
    await expectProblem(await call(`/api/v1/orgs/${org.orgId}/disclosure`), 400, 'validation_failed');
    await expectProblem(await call('/api/v1/orgs/no-such-org/disclosure?period=2026-Q4'), 404, 'not_found');
  });

  it('is a public, cached read: CORS *, read-cache headers, 2026-q4 the same answer as 2026-Q4', async () => {
    const res = await call(`/api/v1/orgs/${org.orgId}/disclosure?period=2026-Q4`, {
      headers: { Origin: 'https://news.example.com' },
    });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=10, stale-while-revalidate=60');
    expect(res.headers.get('ETag')).toBeTruthy();
    const lower = await call(`/api/v1/orgs/${org.orgId}/disclosure?period=2026-q4&x=1`);
    expect(lower.headers.get('ETag')).toBe(res.headers.get('ETag'));
    expect((await lower.json<Report>()).period.id).toBe('2026-Q4');
  });

  it('an organisation with nothing to report: no campaigns, no totals, and the page says so', async () => {
    const orgId = uid('org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '空机构' });
    expect(await (await call(`/api/v1/orgs/${orgId}/disclosure?period=2026`)).json()).toMatchObject({
      campaigns: [],
      totals: [],
    });
    expect(await (await call(`/disclosure/${orgId}/2026`)).text()).toContain(
      '<p class="muted">本期没有可公示的募捐活动。</p>',
    );
  });

  it('is described in /api/openapi.json', async () => {
    const doc = await (await call('/api/openapi.json')).json<any>();
    const op = doc.paths['/api/v1/orgs/{org}/disclosure'].get;
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
    expect(op.parameters.map((p: any) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['path:org', 'query:period']),
    );
    expect(doc.components.schemas.Disclosure).toBeDefined();
  });

  it('a staff write is seen by the next read', async () => {
    const before = (await report('2026-Q4')).campaigns.find((c) => c.id === org.main)!.moneyOut;
    await adminOk('POST', `/admin/campaigns/${org.main}/expenditures`, {
      date: '2026-10-03',
      amount: 123,
      purpose: '运费',
    });
    expect((await report('2026-Q4')).campaigns.find((c) => c.id === org.main)!.moneyOut).toBe(before + 123);
  });
});

describe('GET /disclosure/{org}/{period}: the printable page', () => {
  const page = async (path: string) => {
    const res = await call(path);
    return { res, text: await res.text() };
  };
  /** The text of one cell (by class) in a campaign's row. */
  const cell = (html: string, rowId: string, cls: string) => {
    const row = new RegExp(`<tr id="${rowId}">([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
    return new RegExp(`class="(?:num )?${cls}">([^<]*)<`).exec(row)?.[1];
  };
  const yuan = (minor: number) => {
    const abs = Math.abs(minor);
    return `${minor < 0 ? '-' : ''}${Math.floor(abs / 100).toLocaleString('en')}.${pad(abs % 100)}`;
  };

  it.each(['2026-Q4', `${year}-${pad(month)}`, String(year)])(
    '%s: every figure of the JSON report, in yuan, per campaign and in total',
    async (period) => {
      const r = await report(period);
      const { res, text } = await page(`/disclosure/${org.orgId}/${period}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
      for (const c of r.campaigns) {
        const row = `c-${c.id}`;
        expect(cell(text, row, 'in'), `${c.id} in`).toBe(yuan(c.moneyIn.total));
        for (const k of ['offline', 'wechatpay', 'stripe'] as const) {
          expect(cell(text, row, `in-${k}`), `${c.id} ${k}`).toBe(c.moneyIn[k] ? yuan(c.moneyIn[k]) : undefined);
        }
        expect(cell(text, row, 'refunds')).toBe(yuan(c.refunds.total));
        expect(cell(text, row, 'out')).toBe(yuan(c.moneyOut));
        expect(cell(text, row, 'opening')).toBe(yuan(c.openingBalance));
        expect(cell(text, row, 'balance')).toBe(yuan(c.balance));
        expect(cell(text, row, 'donors')).toBe(String(c.donors));
      }
      const t = r.totals[0]!;
      expect(cell(text, 't-CNY', 'in')).toBe(yuan(t.moneyIn.total));
      expect(cell(text, 't-CNY', 'out')).toBe(yuan(t.moneyOut));
      expect(cell(text, 't-CNY', 'balance')).toBe(yuan(t.balance));
      expect(text).toContain(`<dd class="balance">${yuan(t.balance)}</dd>`);
      for (const s of SECRETS) expect(text).not.toContain(s);
    },
  );

  it('says which period, whose money, and defines its figures (zh-Hans by default)', async () => {
    const { text } = await page(`/disclosure/${org.orgId}/2026-Q4`);
    expect(text).toMatch(/<html lang="zh-Hans"/);
    expect(text).toContain('资金使用公示');
    expect(text).toContain('<p class="big period">2026年第4季度</p>');
    expect(text).toContain('2026年10月1日至2026年12月31日');
    expect(text).toContain('募捐主体：测试慈善总会');
    expect(text).toContain('备案编号：53430000MJJ000000X26001');
    expect(text).toContain('按北京时间（UTC+8）计日');
    expect(text).toContain('金额单位：元');
    expect(text).toContain('本表不含任何捐赠人的姓名、联系方式或留言。');
    expect(text).toContain(`href="http://gongyi.test/api/v1/orgs/${org.orgId}/disclosure?period=2026-Q4"`);
  });

  it.each([
    ['en', '<p class="big period">Q4 2026</p>', 'Money in', 'WeChat Pay'],
    ['zh-Hant', '<p class="big period">2026年第4季度</p>', '本期收入', '線下'],
  ])('?lang=%s', async (lang, period, column, channel) => {
    const { text } = await page(`/disclosure/${org.orgId}/2026-Q4?lang=${lang}`);
    expect(text).toMatch(new RegExp(`<html lang="${lang}"`));
    expect(text).toContain(period);
    expect(text).toContain(`<th scope="col">${column}</th>`);
    expect(text).toContain(channel);
  });

  it('month and year periods are named as such', async () => {
    expect((await page(`/disclosure/${org.orgId}/2026-10`)).text).toContain('<p class="big period">2026年10月</p>');
    expect((await page(`/disclosure/${org.orgId}/2026?lang=en`)).text).toContain('<p class="big period">Year 2026</p>');
    expect((await page(`/disclosure/${org.orgId}/2025-Q4`)).text).toContain(
      '<span class="sub overdue">逾期未公示</span>',
    );
  });

  it('prints on A4 without JavaScript: no script, no inline style, the page CSP, not frameable', async () => {
    const { res, text } = await page(`/disclosure/${org.orgId}/2026-Q4`);
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/\sstyle=|<style/i);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(text)![1]!;
    const css = await (await call(href)).text();
    expect(css).toContain('@page{size:A4');
    expect(css).toContain('.report thead{display:table-header-group}');
  });

  it.each(['/disclosure/no-such-org/2026-Q4', '/disclosure/ORG/2026-Q9', '/disclosure/ORG', '/disclosure/ORG/2026/x'])(
    '%s → 404 HTML',
    async (path) => {
      const { res, text } = await page(path.replace('ORG', org.orgId));
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(text).toContain('<h1>没有找到</h1>');
    },
  );

  it('amounts are exact yuan with two decimals (a statement is checked to the fen)', async () => {
    const { text } = await page(`/disclosure/${org.orgId}/2025`);
    expect(cell(text, `c-${org.main}`, 'in')).toBe('700.00');
    expect(cell(text, `c-${org.main}`, 'out')).toBe('20.00');
  });
});
