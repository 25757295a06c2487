// End to end: accountability in the staff console (real wrangler dev, Chromium). Named staff tokens
// with roles: a finance token confirms a donor's pledge and records an expenditure in the console,
// and the pledge's history link shows who confirmed it; an editor token sees no confirm button and
// the API answers its confirm with 403; an owner (the super-admin) names a campaign's recipient and
// filing, and issues a viewer token that sees no forms. The public side then agrees with the API:
// the /embed page and the live widget show raised, spent and balance, and the printable disclosure
// report shows the same figures and prints on at most three A4 pages. axe checks the new views.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminCall, adminJson, okJson, publicJson, publicPost, publicRead } from './api.js';
import { parseEnMoney, useLiveDemo } from './browser.js';
import {
  cspViolations,
  expectNoAxeViolations,
  pickOrg,
  recordCspViolations,
  shell,
  signIn,
  unexpectedErrors,
} from './console-helpers.js';

const live = useLiveDemo({ context: { acceptDownloads: true } });
const ORG = 'hunan-mzt';
const CAMPAIGN = 'guanheng-elder-centre';

interface PublicCampaign {
  raisedAmount: number;
  spentAmount: number;
  balance: number;
  acceptsGifts: boolean;
  expenditures: { purpose: string; amount: number; payee: string | null }[];
}

interface DisclosureFigures {
  moneyIn: { total: number };
  moneyOut: number;
  balance: number;
}

const tokens = { finance: '', editor: '' };
let financeTokenId = '';

/** The console's money text: "¥1,234.50" (exact yuan, grouped). */
function consoleMoney(fen: number): string {
  const yuan = `${Math.floor(fen / 100)}`.replace(/\B(?=(\d{3})+$)/g, ',');
  return `¥${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

/** The disclosure report's exact yuan ("12,345.67") → fen. */
const reportFen = (text: string) => Math.round(Number(text.trim().replace(/,/g, '')) * 100);

/** This quarter in China time, as the console's notice asks for it ("2026-Q4"). */
function currentQuarter(): string {
  const d = new Date(Date.now() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** A donor pledges on the campaign through the public API, from the service's own origin. */
function pledge(amount: number, name: string): Promise<{ id: string; amount: number; payment: { reference: string } }> {
  return okJson(
    publicPost(live.server, `/campaigns/${CAMPAIGN}/donations`, { amount, name, contact: '13900000002' }),
    201,
  );
}

async function donationStatus(id: string): Promise<string | undefined> {
  const { items } = await adminJson<{ items: { id: string; status: string }[] }>(
    live.server,
    'GET',
    `/admin/donations?orgId=${ORG}&campaignId=${CAMPAIGN}&limit=200`,
  );
  return items.find((d) => d.id === id)?.status;
}

/** Opens a view from the navigation; the view's element once its heading is there. */
async function openView(page: Page, key: string): Promise<Locator> {
  await shell(page).locator(`nav a[href="#/${key}"]`).click();
  const view = shell(page).locator(`main admin-${key}`);
  await view.locator('h2').waitFor();
  return view;
}

/** The spending view with the campaign chosen and its list loaded. */
async function openSpending(page: Page): Promise<Locator> {
  const spending = await openView(page, 'spending');
  await spending.locator('select[name="campaignId"]').selectOption(CAMPAIGN);
  await spending.locator('table.spending, p:has-text("还没有登记支出")').first().waitFor();
  return spending;
}

describe('staff console: roles, spending, audit trail, disclosure', () => {
  beforeAll(async () => {
    const mint = (role: string, label: string) =>
      adminJson<{ id: string; token: string }>(live.server, 'POST', '/admin/tokens', { orgId: ORG, role, label });
    const finance = await mint('finance', '财务科 李会计');
    [tokens.finance, financeTokenId] = [finance.token, finance.id];
    tokens.editor = (await mint('editor', '宣传科 王编辑')).token;
  });

  it('finance: confirms a pledge in the queue, its history names who; records spending, and the campaign figures follow', async () => {
    const { page } = live;
    const gift = await pledge(8800, '周女士');
    const before = await publicRead<PublicCampaign>(live.server, `/campaigns/${CAMPAIGN}`);
    await recordCspViolations(page);
    await signIn(page, live.server.url, tokens.finance);
    expect(await shell(page).locator('header').innerText()).toContain('已登录：财务科 李会计（财务）');
    expect(await shell(page).locator('nav a[href="#/tokens"]').count()).toBe(0); // an owner's view

    // Confirm: asked once, then the row says so.
    const queue = await openView(page, 'pledges');
    const row = queue.locator(`tr[data-id="${gift.id}"]`);
    await row.waitFor();
    await row.locator('confirm-button.confirm').getByRole('button', { name: '确认到账' }).click();
    await row.locator('confirm-button.confirm').getByRole('button', { name: '是' }).click();
    await expect.poll(() => row.locator('td.status-cell').innerText()).toBe('已到账');
    expect(await donationStatus(gift.id)).toBe('confirmed');

    // The row's history: the audit trail filtered to this donation, naming the finance token's holder.
    await row.locator('a.history').click();
    const audit = shell(page).locator('main admin-audit');
    const entry = audit.locator('tr[data-action="donation.confirm"]');
    await entry.waitFor();
    expect(await audit.locator('select[name="objectType"]').inputValue()).toBe('donation');
    expect(await audit.locator('input[name="objectId"]').inputValue()).toBe(gift.id);
    const entryText = await entry.innerText();
    expect(entryText).toContain('财务科 李会计');
    expect(entryText).toContain('财务');
    expect(entryText).toContain('确认到账');
    expect(entryText).toMatch(/状态：\s*待确认\s*→\s*已到账/); // in words, as the queue says them
    // Named by the reference the queue shows and the donor quoted, not the internal id.
    for (const text of await audit.locator('tbody tr').allInnerTexts()) expect(text).toContain(gift.payment.reference);
    await expectNoAxeViolations(page, 'audit trail (finance)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      audit.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('donation.confirm');
    expect(csv).toContain(gift.id);

    // Record spending: 123.45 元 typed, 12345 fen sent.
    const spending = await openSpending(page);
    const form = spending.locator('form.record');
    await form.locator('[name="amount"]').fill('123.45');
    await form.locator('[name="purpose"]').fill('购置适老扶手 3 套');
    await form.locator('[name="payee"]').fill('官亨村五金店');
    await form.locator('[name="receiptUrl"]').fill('https://example.org/receipts/rails.jpg');
    await form.getByRole('button', { name: '登记支出' }).click();
    const spent = spending.locator('tbody tr', { hasText: '购置适老扶手 3 套' });
    await spent.waitFor();
    expect(await spent.innerText()).toContain('¥123.45');
    expect(await spending.locator('[role="status"]').first().innerText()).toContain('已登记支出');

    const after = await publicRead<PublicCampaign>(live.server, `/campaigns/${CAMPAIGN}`);
    expect(after.raisedAmount).toBe(before.raisedAmount + gift.amount);
    expect(after.spentAmount).toBe(before.spentAmount + 12345);
    expect(after.balance).toBe(after.raisedAmount - after.spentAmount);
    expect(after.expenditures.some((e) => e.purpose === '购置适老扶手 3 套' && e.amount === 12345)).toBe(true);
    await expect.poll(() => spending.locator('dd.spent').innerText()).toBe(consoleMoney(after.spentAmount));
    expect(await spending.locator('dd.raised').innerText()).toBe(consoleMoney(after.raisedAmount));
    expect(await spending.locator('dd.balance').innerText()).toBe(consoleMoney(after.balance));
    await expectNoAxeViolations(page, 'spending (finance)');

    // The write is in the trail too, by the same person.
    await openView(page, 'audit');
    const recorded = shell(page).locator('main admin-audit tr[data-action="expenditure.create"]').first();
    await recorded.waitFor();
    expect(await recorded.innerText()).toContain('财务科 李会计');
    // In Traditional Chinese too.
    await shell(page).getByRole('button', { name: '繁體中文' }).click();
    await shell(page).locator('main admin-audit h2', { hasText: '操作記錄' }).waitFor();
    expect(await recorded.innerText()).toContain('登記支出');
    await expectNoAxeViolations(page, 'audit trail (zh-Hant)');
    expect(await cspViolations(page)).toEqual([]);
    expect(live.errors).toEqual([]);
  });

  it('editor: no confirm, cancel or refund buttons and no spending form; the API answers its confirm with 403', async () => {
    const { page } = live;
    const gift = await pledge(5000, '吴先生');
    await signIn(page, live.server.url, tokens.editor);
    expect(await shell(page).locator('header').innerText()).toContain('宣传科 王编辑（编辑）');
    const queue = await openView(page, 'pledges');
    await queue.locator(`tr[data-id="${gift.id}"]`).waitFor();
    expect(await queue.locator('confirm-button').count()).toBe(0);
    expect(await queue.getByRole('button', { name: '确认到账' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'pledge queue (editor)');
    // Nor refund buttons on confirmed ones.
    await queue.getByLabel('状态').selectOption('confirmed');
    await queue.getByRole('button', { name: '筛选', exact: true }).click();
    await queue.locator('td.status-cell', { hasText: '已到账' }).first().waitFor();
    expect(await queue.locator('confirm-button').count()).toBe(0);

    const res = await adminCall(live.server, 'POST', `/admin/donations/${gift.id}/confirm`, undefined, tokens.editor);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('forbidden');
    expect(await donationStatus(gift.id)).toBe('pending');

    const spending = await openSpending(page);
    expect(await spending.locator('form.record').count()).toBe(0);
    await spending.getByText('此令牌只能查看支出').waitFor();
    // An editor keeps the campaigns' texts, not their recipient and filing.
    const campaigns = await openView(page, 'campaigns');
    await campaigns.locator(`tr[data-id="${CAMPAIGN}"]`).waitFor();
    expect(await campaigns.locator('button[data-edit]').count()).toBeGreaterThan(0);
    expect(await campaigns.locator('button[data-filing]').count()).toBe(0);
    expect(live.errors).toEqual([]);
  });

  it('owner: names a new campaign’s recipient and filing (what was missing is said), issues a viewer token with a role and expiry; the viewer sees no forms', async () => {
    const { page } = live;
    // A campaign an editor created: no recipient, no filing, so no gifts yet.
    await adminJson(
      live.server,
      'POST',
      '/admin/campaigns',
      { id: 'e2e-guanheng-phase2', projectId: 'guanheng-elder-centre', title: '适老化改造二期', goalAmount: 500_000 },
      tokens.editor,
    );
    expect((await publicRead<PublicCampaign>(live.server, '/campaigns/e2e-guanheng-phase2')).acceptsGifts).toBe(false);

    await recordCspViolations(page);
    await signIn(page, live.server.url, live.server.adminToken);
    await pickOrg(page, ORG);
    const campaigns = await openView(page, 'campaigns');
    const row = campaigns.locator('tr[data-id="e2e-guanheng-phase2"]');
    await row.waitFor();
    expect(await row.locator('.missing').getAttribute('data-missing')).toBe('recipient filingNumber');
    expect(await row.locator('.missing').innerText()).toContain('还没有指定募捐主体');
    expect(await row.locator('.missing').innerText()).toContain('备案编号');
    // The disclosure-duty notice or its all-clear line, with the printable report, when the report exists.
    // (The console asks for this quarter's report; without one it stays quiet.)
    const disclosure = await publicJson<{ campaigns: { id: string; overdue: boolean }[] }>(
      live.server,
      `/orgs/${ORG}/disclosure?period=${currentQuarter()}`,
    );
    if (disclosure.status === 200) {
      const notice = campaigns.locator('admin-disclosure-notice');
      await notice.locator('a.report').waitFor();
      expect(await notice.locator('a.report').getAttribute('href')).toBe(`/disclosure/${ORG}/${currentQuarter()}`);
      const flagged = await notice
        .locator('li[data-id]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
      expect(flagged.sort()).toEqual(
        disclosure.body.campaigns
          .filter((x) => x.overdue)
          .map((x) => x.id)
          .sort(),
      );
    }

    await row.locator('button[data-filing]').click();
    const filing = campaigns.locator('admin-campaign-filing');
    await filing.locator('select[name="recipientId"] option[value="hunan-charity"]').waitFor({ state: 'attached' });
    await filing.locator('select[name="recipientId"]').selectOption('hunan-charity');
    await filing.locator('[name="filingNumber"]').fill('53430000MJJ10001X726009');
    await filing.locator('[name="filingUrl"]').fill('https://cszg.mca.gov.cn/');
    await expectNoAxeViolations(page, 'campaigns with the recipient-and-filing form');
    await filing.getByRole('button', { name: '保存' }).click();
    await filing.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('.missing').count()).toBe(0);
    expect(await row.innerText()).toContain('募捐主体：湖南省慈善总会 · 备案编号：53430000MJJ10001X726009');
    expect((await publicRead<PublicCampaign>(live.server, '/campaigns/e2e-guanheng-phase2')).acceptsGifts).toBe(true);

    const recipients = await openView(page, 'recipients');
    await recipients.locator('tr[data-id="hunan-charity"]').waitFor();
    await expectNoAxeViolations(page, 'recipients');

    // Tokens: role and holder listed; a viewer token with an expiry issued in the console.
    const tokensView = await openView(page, 'tokens');
    // By its id: on a shared server other files issue tokens with the same holder's name.
    const financeRow = tokensView.locator(`tbody tr[data-id="${financeTokenId}"]`);
    await financeRow.waitFor();
    expect(await financeRow.innerText()).toContain('财务');
    await tokensView.locator('#token-label').fill('审计室 赵老师');
    await tokensView.locator('#token-role').selectOption('viewer');
    await tokensView.locator('#token-expiresAt').fill('2099-12-31T18:00');
    await expectNoAxeViolations(page, 'tokens');
    await tokensView.getByRole('button', { name: '签发令牌' }).click();
    const secret = await tokensView.locator('.secret textarea').inputValue();
    expect(secret).toMatch(/^gy_/);
    await tokensView.locator('.secret button', { hasText: '我已保存' }).click();
    const viewerRow = tokensView.locator('tbody tr', { hasText: '审计室 赵老师' });
    expect(await viewerRow.innerText()).toContain('只读');
    expect(await viewerRow.innerText()).toContain('有效，至');
    const listed = await adminJson<{ items: { label: string; role: string; expiresAt: string | null }[] }>(
      live.server,
      'GET',
      `/admin/tokens?orgId=${ORG}`,
    );
    const viewer = listed.items.find((x) => x.label === '审计室 赵老师');
    expect(viewer?.role).toBe('viewer');
    expect(viewer?.expiresAt?.slice(0, 4)).toBe('2099');

    // The viewer: no forms, no action buttons.
    await shell(page).locator('button.sign-out').click();
    await shell(page).locator('main.sign-in').waitFor();
    await signIn(page, live.server.url, secret);
    expect(await shell(page).locator('header').innerText()).toContain('审计室 赵老师（只读）');
    const asViewer = await openView(page, 'campaigns');
    await asViewer.locator(`tr[data-id="${CAMPAIGN}"]`).waitFor();
    expect(await asViewer.locator('form, button.create, button[data-edit], button[data-filing]').count()).toBe(0);
    const queue = await openView(page, 'pledges');
    await queue.locator('table, p').first().waitFor();
    expect(await queue.locator('confirm-button').count()).toBe(0);
    const spending = await openSpending(page);
    expect(await spending.locator('form.editor').count()).toBe(0);
    const projects = await openView(page, 'projects');
    await projects.locator('table').waitFor();
    expect(await projects.locator('form, button.create, button[data-edit]').count()).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(unexpectedErrors(live.errors, [])).toEqual([]);
  });

  it('the disclosure-duty notice flags the campaigns the report says are overdue, links to the printable report, and is silent without a report', async () => {
    const { page } = live;
    const period = currentQuarter();
    const real = await publicRead<{ campaigns: { id: string; overdue: boolean; lastDisclosedOn: string | null }[] }>(
      live.server,
      `/orgs/${ORG}/disclosure?period=${period}`,
    );
    // The report's rule is the worker's (tested there); here the console shows what the report says.
    const report = {
      ...real,
      campaigns: real.campaigns.map((c) =>
        c.id === CAMPAIGN ? { ...c, overdue: true, lastDisclosedOn: '2026-01-05' } : { ...c, overdue: false },
      ),
    };
    await page.route(`**/api/v1/orgs/${ORG}/disclosure?*`, (route) => route.fulfill({ json: report }));
    await signIn(page, live.server.url, tokens.finance);
    const campaigns = await openView(page, 'campaigns');
    const notice = campaigns.locator('admin-disclosure-notice section.duty');
    await notice.waitFor();
    expect(await notice.locator('li[data-id]').count()).toBe(1);
    const flagged = notice.locator(`li[data-id="${CAMPAIGN}"]`);
    expect(await flagged.innerText()).toContain('最近一次公开：2026-01-05');
    expect(await notice.locator('a.report').getAttribute('href')).toBe(`/disclosure/${ORG}/${period}`);
    await expectNoAxeViolations(page, 'campaigns with the disclosure-duty notice');
    // Its link goes to the campaign's spending, where the duty is met.
    await flagged.getByRole('link').click();
    const spending = shell(page).locator('main admin-spending');
    await spending.locator('form.record').waitFor();
    expect(await spending.locator('select[name="campaignId"]').inputValue()).toBe(CAMPAIGN);

    // No report (an older worker): nothing shown, nothing broken.
    await page.unroute(`**/api/v1/orgs/${ORG}/disclosure?*`);
    await page.route(`**/api/v1/orgs/${ORG}/disclosure?*`, (route) =>
      route.fulfill({ status: 404, json: { code: 'not_found' } }),
    );
    const answered = page.waitForResponse((r) => r.url().includes(`/orgs/${ORG}/disclosure?`));
    const again = await openView(page, 'campaigns');
    await again.locator(`tr[data-id="${CAMPAIGN}"]`).waitFor();
    expect((await answered).status()).toBe(404);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await again.locator('admin-disclosure-notice section, admin-disclosure-notice p').count()).toBe(0);
    expect(unexpectedErrors(live.errors, [/status of 404/])).toEqual([]);
  });

  it('the public: the /embed page and its widget show raised, spent and balance as the API says; the printed report has the same figures', async () => {
    const { page } = live;
    const c = await publicRead<PublicCampaign>(live.server, `/campaigns/${CAMPAIGN}`);
    expect(c.spentAmount).toBeGreaterThan(0);

    // The /embed page as HTML (JavaScript off): three figures, exact in English.
    const bare = await live.browser.newContext({ javaScriptEnabled: false, locale: 'en' });
    try {
      const p = await bare.newPage();
      await p.goto(`${live.server.url}/embed/progress/${CAMPAIGN}?lang=en`);
      expect(parseEnMoney(await p.locator('dd.flow-raised').innerText())).toBe(c.raisedAmount);
      expect(parseEnMoney(await p.locator('dd.spent').innerText())).toBe(c.spentAmount);
      expect(parseEnMoney(await p.locator('dd.balance').innerText())).toBe(c.balance);
      expect(await p.locator('ul.spending').innerText()).toContain('购置适老扶手 3 套');
    } finally {
      await bare.close();
    }

    // The same page with JavaScript: the live <gongyi-progress> shows them too.
    await page.goto(`${live.server.url}/embed/progress/${CAMPAIGN}?lang=en`);
    const widget = page.locator('gongyi-progress');
    await widget.locator('[part="raised"]').waitFor();
    await expect.poll(async () => parseEnMoney(await widget.locator('[part="spent"]').innerText())).toBe(c.spentAmount);
    expect(parseEnMoney(await widget.locator('[part="flow-raised"]').innerText())).toBe(c.raisedAmount);
    expect(parseEnMoney(await widget.locator('[part="balance"]').innerText())).toBe(c.balance);

    // The disclosure report of this quarter: the API's figures, the printable page's, the campaign's.
    const period = currentQuarter();
    const report = await publicRead<{ campaigns: (DisclosureFigures & { id: string })[] }>(
      live.server,
      `/orgs/${ORG}/disclosure?period=${period}`,
    );
    const mine = report.campaigns.find((x) => x.id === CAMPAIGN)!;
    expect(mine).toBeDefined();
    expect(mine.balance).toBe(c.balance);
    expect(mine.moneyOut).toBeGreaterThanOrEqual(12345);
    expect(mine.moneyIn.total).toBeGreaterThanOrEqual(8800);
    const res = await page.goto(`${live.server.url}/disclosure/${ORG}/${period}`);
    expect(res?.status()).toBe(200);
    const printed = page.locator(`tr#c-${CAMPAIGN}`);
    expect(reportFen(await printed.locator('span.in').first().innerText())).toBe(mine.moneyIn.total);
    expect(reportFen(await printed.locator('td.out').innerText())).toBe(mine.moneyOut);
    expect(reportFen(await printed.locator('td.balance').innerText())).toBe(mine.balance);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(live.errors).toEqual([]);
  });
});
