// Shared e2e helpers: Chromium via playwright-core, campaign and donation API calls (over ./api.js),
// amount parsing.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { LocalServer } from '../../scripts/local-server.mjs';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { adminJson, publicRead } from './api.js';
import { liveServer } from './shared-server.js';

export { CHROME_PATH };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The page keeps the HTTP cache out of the way: public reads are cacheable for a few seconds
 * (Cache-Control: max-age), so a reload right after a staff confirmation would legitimately show
 * the cached figure. The tests want the fresh one.
 */
export async function disableCache(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
}

/** Collects page errors and console errors, so a test can assert that none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  return errors;
}

/** Records every `gongyi-pledge` event (detail {campaign, id, amount, currency, reference}). */
export async function recordPledges(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pledges: unknown[] };
    w.__pledges = [];
    document.addEventListener('gongyi-pledge', (e) => w.__pledges.push((e as CustomEvent).detail));
  });
}

export interface PledgeDetail {
  campaign: string;
  id: string;
  amount: number;
  currency: string;
  reference?: string;
}

export async function pledges(page: Page): Promise<PledgeDetail[]> {
  return page.evaluate(() => (window as unknown as { __pledges: PledgeDetail[] }).__pledges);
}

export interface CampaignJson {
  id: string;
  currency: string;
  goalAmount: number;
  raisedAmount: number;
  pendingAmount: number;
  donorCount: number;
  status: string;
  tiers: { amount: number; label?: string }[];
  recentDonations: { name: string; amount: number; message?: string; at: string }[];
}

export function getCampaign(base: string, id: string): Promise<CampaignJson> {
  return publicRead<CampaignJson>({ url: base }, `/campaigns/${id}`);
}

interface AdminDonation {
  id: string;
  amount: number;
  status: string;
  campaignId?: string;
  reference?: string;
}

/** Staff view: pending donations of a campaign (GET /admin/donations?campaignId=…&status=pending). */
export async function pendingDonations(base: string, token: string, campaignId: string): Promise<AdminDonation[]> {
  const path = `/admin/donations?campaignId=${encodeURIComponent(campaignId)}&status=pending`;
  const body = await adminJson<AdminDonation[] | { items: AdminDonation[] }>(
    { url: base, adminToken: token },
    'GET',
    path,
  );
  return Array.isArray(body) ? body : body.items;
}

/** Staff confirms an offline payment: POST /admin/donations/{id}/confirm. */
export function confirmDonation(base: string, token: string, id: string): Promise<{ status: string }> {
  return adminJson({ url: base, adminToken: token }, 'POST', `/admin/donations/${encodeURIComponent(id)}/confirm`);
}

/** "¥1,234.50" / "¥1,234" (English widget text) → minor units (fen). */
export function parseEnMoney(text: string): number {
  const m = /([\d,]+)(?:\.(\d{1,2}))?/.exec(text.replace(/\s/g, ''));
  if (!m) throw new Error(`no amount in ${JSON.stringify(text)}`);
  return Number(m[1]!.replace(/,/g, '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/**
 * The Chinese display of an amount, computed in the page (same ICU as the widget): below 1万元
 * "1234.5元"-style exact yuan, from 1万元 up compact ("104.58万元").
 */
export async function zhMoney(page: Page, fen: number): Promise<string> {
  return page.evaluate((minor) => {
    const major = minor / 100;
    const fraction = Number.isInteger(major) ? 0 : 2;
    const f =
      major >= 10000
        ? new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 })
        : new Intl.NumberFormat('zh-CN', {
            maximumFractionDigits: fraction,
            minimumFractionDigits: fraction,
            useGrouping: false,
          });
    return f.format(major) + '元';
  }, fen);
}

/** What every end-to-end test file shares: one worker and one Chromium, and a fresh page per test. */
export interface LiveDemo {
  server: LocalServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors of the current page. */
  errors: string[];
}

/**
 * Registers the hooks that give each test file its own worker (by default a fresh `wrangler dev`
 * on a fresh local D1 with the demo data, or the run's shared server: shared-server.ts) and
 * Chromium, and each test a fresh page: zh-CN,
 * 1280×900, HTTP cache off (public reads are cacheable), errors collected.
 */
export function useLiveDemo(
  o: { server?: () => Promise<LocalServer>; context?: BrowserContextOptions } = {},
): LiveDemo {
  const live = {} as LiveDemo;
  beforeAll(async () => {
    [live.server, live.browser] = await Promise.all([(o.server ?? liveServer)(), launchChromium()]);
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  beforeEach(async () => {
    live.context = await live.browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
      ...o.context,
    });
    live.page = await live.context.newPage();
    live.errors = watchErrors(live.page);
    await disableCache(live.page);
  });
  afterEach(async () => {
    await live.context?.close();
  });
  return live;
}
