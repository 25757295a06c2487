// End to end: the demo news article (demo/index.html) served by the real worker in wrangler dev
// (fresh local D1 with migrations + demo data), driven in Chromium like a reader would.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, readVar } from '../../scripts/lib.mjs';
import type { LocalServer } from '../../scripts/local-server.mjs';
import { liveServer } from './shared-server.js';
import {
  confirmDonation,
  getCampaign,
  parseEnMoney,
  pendingDonations,
  pledges,
  recordPledges,
  zhMoney,
  useLiveDemo,
} from './browser.js';

/**
 * GONGYI_E2E_URL=http://localhost:8787 runs against an already running service (e.g. `npm start`)
 * with the admin token from GONGYI_ADMIN_TOKEN or .dev.vars; by default a fresh one is started.
 */
async function server_(): Promise<LocalServer> {
  const url = process.env.GONGYI_E2E_URL;
  if (!url) return liveServer();
  const adminToken = process.env.GONGYI_ADMIN_TOKEN ?? readVar(join(ROOT, '.dev.vars'), 'ADMIN_TOKEN');
  if (!adminToken) throw new Error('GONGYI_E2E_URL set but no GONGYI_ADMIN_TOKEN / .dev.vars ADMIN_TOKEN');
  return {
    url: url.replace(/\/+$/, ''),
    port: Number(new URL(url).port),
    adminToken,
    persistTo: '',
    stop: async () => {},
    logs: () => '',
    alive: () => true,
  };
}

const live = useLiveDemo({ server: server_ });

const progress = () => live.page.locator('#gaoping gongyi-progress');
const project = () => live.page.locator('#guanheng gongyi-project');

describe('demo article page (/)', () => {
  it('serves the Hunan report with both widgets live beside their paragraphs', async () => {
    await live.page.goto(live.server.url + '/');
    expect(await live.page.locator('h1').innerText()).toBe('湖南日报：贴近群众需求 一件一件解难');
    expect(await live.page.getAttribute('html', 'lang')).toBe('zh-Hans');

    // The progress widget (open shadow root: CSS locators pierce it) shows the live campaign.
    const campaign = await getCampaign(live.server.url, 'gaoping-lunch');
    const raised = progress().locator('[part="raised"]');
    await raised.waitFor({ state: 'visible' });
    expect((await raised.innerText()).replace(/\s/g, '')).toBe(await zhMoney(live.page, campaign.raisedAmount));
    const bar = progress().locator('[role="progressbar"]');
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBe(
      Math.min(100, Math.round((campaign.raisedAmount / campaign.goalAmount) * 100)),
    );

    // The project card beside the 官亨村 paragraph shows its progress-update timeline.
    await project().locator('[part="title"]').first().waitFor({ state: 'visible' });
    const card = await project().locator('[part="card"]').first().innerText();
    expect(card).toContain('官亨村');
    for (const step of ['旧房租赁', '改造复新', '外墙装饰', '室内布置', '设备采购']) expect(card).toContain(step);

    // Each widget sits next to the paragraph it belongs to.
    expect(await live.page.locator('#gaoping + p').innerText()).toContain('免费午餐');
    expect(await live.page.locator('#guanheng + p').innerText()).toContain('近300名老人');
    expect(live.errors).toEqual([]);
  });

  it('pledge through the widget → staff confirms → the raised total moves by exactly the amount', async () => {
    const before = await getCampaign(live.server.url, 'gaoping-lunch');
    await live.page.goto(live.server.url + '/');
    await recordPledges(live.page);
    await progress().locator('[part="raised"]').waitFor({ state: 'visible' });
    expect((await progress().locator('[part="raised"]').innerText()).replace(/\s/g, '')).toBe(
      await zhMoney(live.page, before.raisedAmount),
    );

    const bookmarked: string[] = [];
    live.page.on('request', (r) => {
      const b = r.headers()['gongyi-bookmark'];
      if (r.method() === 'GET' && r.url().endsWith('/api/v1/campaigns/gaoping-lunch') && b) bookmarked.push(b);
    });

    // Open the form, pick the first suggested tier, submit.
    await progress().locator('[part="give"]').click();
    const tier = progress().locator('[part="tier"]').first();
    await tier.waitFor({ state: 'visible' });
    await tier.click();
    await progress().locator('[part="submit"]').click();

    // The donor sees how to pay and a reference to quote.
    const result = progress().locator('[part="result"]');
    await result.locator('.ref').waitFor({ state: 'visible' });
    const [pledge] = await pledges(live.page);
    expect(pledge).toBeDefined();
    expect(pledge!.campaign).toBe('gaoping-lunch');
    const tierAmount = before.tiers[0]!.amount;
    expect(pledge!.amount).toBe(tierAmount);
    const resultText = await result.innerText();
    if (pledge!.reference) expect(resultText).toContain(pledge!.reference);
    expect(resultText.length).toBeGreaterThan(20); // instructions are shown, not just a bare id

    // Pending, not yet raised.
    const pending = await getCampaign(live.server.url, 'gaoping-lunch');
    expect(pending.raisedAmount).toBe(before.raisedAmount);
    expect(pending.pendingAmount).toBe(before.pendingAmount + tierAmount);

    // Read-your-writes in the widget: without a reload, the donor's own widget refreshes past the
    // read cache (it sends back the pledge's bookmark) and already counts the new pending pledge.
    const shownPending = progress().locator('[part="pending"]');
    const wanted = await zhMoney(live.page, pending.pendingAmount);
    await expect.poll(async () => (await shownPending.innerText()).replace(/\s/g, ''), { timeout: 5000 }).toBe(wanted);
    expect(bookmarked.length, 'the refresh after the pledge carried its bookmark').toBeGreaterThan(0);

    // Staff: find it among the pending donations and confirm it.
    const list = await pendingDonations(live.server.url, live.server.adminToken, 'gaoping-lunch');
    const row = list.find((d) => d.id === pledge!.id);
    expect(row, JSON.stringify(list)).toBeDefined();
    expect(row!.amount).toBe(tierAmount);
    expect((await confirmDonation(live.server.url, live.server.adminToken, pledge!.id)).status).toBe('confirmed');

    // Reload: the widget shows the new confirmed total, exactly `amount` more.
    await live.page.reload();
    await progress().locator('[part="raised"]').waitFor({ state: 'visible' });
    const after = await getCampaign(live.server.url, 'gaoping-lunch');
    expect(after.raisedAmount - before.raisedAmount).toBe(tierAmount);
    expect(after.pendingAmount).toBe(before.pendingAmount);
    expect(after.donorCount).toBe(before.donorCount + 1);
    expect((await progress().locator('[part="raised"]').innerText()).replace(/\s/g, '')).toBe(
      await zhMoney(live.page, after.raisedAmount),
    );
    expect(live.errors).toEqual([]);
  });

  it('an exact custom amount, read off the English widget before and after, moves by exactly that', async () => {
    await live.page.goto(live.server.url + '/embed-examples.html');
    await recordPledges(live.page);
    const en = live.page.locator('#progress-en');
    const raised = en.locator('[part="raised"]');
    await raised.waitFor({ state: 'visible' });
    const shownBefore = parseEnMoney(await raised.innerText());
    expect(shownBefore).toBe((await getCampaign(live.server.url, 'gaoping-lunch')).raisedAmount);

    await en.locator('[part="give"]').click();
    const input = en.locator('input[name="amount"]');
    await input.waitFor({ state: 'visible' });
    await input.fill('12.34');
    await en.locator('input[name="name"]').fill('Li Wei');
    await en.locator('[part="submit"]').click();
    await en.locator('[part="result"] .ref').waitFor({ state: 'visible' });
    const [pledge] = await pledges(live.page);
    expect(pledge!.amount).toBe(1234);

    await confirmDonation(live.server.url, live.server.adminToken, pledge!.id);
    await live.page.reload();
    await raised.waitFor({ state: 'visible' });
    expect(parseEnMoney(await raised.innerText()) - shownBefore).toBe(1234);
    // The public list masks the donor's name (Latin: first letter and three stars).
    const donors = await en.locator('[part="donors"]').innerText();
    expect(donors).toContain('L***');
    expect(donors).not.toContain('Li Wei');
    expect(live.errors).toEqual([]);
  });

  it('works under a strict Content-Security-Policy (no inline script or style needed)', async () => {
    const csp =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'";
    await live.page.route(live.server.url + '/', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
    });
    const violations: string[] = [];
    live.page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    await live.page.goto(live.server.url + '/');
    await progress().locator('[part="raised"]').waitFor({ state: 'visible' });
    await project().locator('[part="title"]').first().waitFor({ state: 'visible' });
    // The bar's width is set through the CSSOM, which a CSP allows.
    const fillWidth = await progress()
      .locator('[part="fill"]')
      .evaluate((el) => (el as HTMLElement).getBoundingClientRect().width);
    const c = await getCampaign(live.server.url, 'gaoping-lunch');
    if (c.raisedAmount > 0) expect(fillWidth).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it('does not shift the article layout when the widgets load (space is reserved)', async () => {
    await live.page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) w.__cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await live.page.goto(live.server.url + '/');
    await progress().locator('[part="raised"]').waitFor({ state: 'visible' });
    await project().locator('[part="title"]').first().waitFor({ state: 'visible' });
    await live.page.waitForTimeout(300);
    const cls = await live.page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    // 0.1 is the "good" Cumulative Layout Shift threshold.
    expect(cls).toBeLessThan(0.1);
  });
});
