// End to end: the free-lunch board on the demo article (demo/index.html), real worker in wrangler
// dev on a fresh D1 with the demo data, driven in Chromium: a reader sponsors school days, staff
// confirm it through the donation admin endpoint, and "funded through" moves by exactly that money.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, analyzeElement, formatReport } from '../../bench/size.mjs';
import { ROOT } from '../../scripts/lib.mjs';
import { adminJson, publicRead } from './api.js';
import { startLocalServer } from '../../scripts/local-server.mjs';
import { confirmDonation, useLiveDemo } from './browser.js';

interface LunchJson {
  fundedThrough: string | null;
  fundedDays: number;
  mealsFunded: number;
  raisedAmount: number;
  pendingAmount: number;
  childrenCount: number;
  mealPrice: number;
  upcoming: { date: string; funded: boolean }[];
  recentSponsors: { name: string; amount: number; meals: number | null; days: number | null }[];
}

// Its own server on fresh demo data, even in a run that shares one: it checks exact dates the demo's
// money reaches (funded through 2 December, then 7 December after 360 元), which other files' gifts move.
const live = useLiveDemo({ server: () => startLocalServer() });

const lunch = () => live.page.locator('#gaoping-lunch gongyi-lunch');

const getLunch = (): Promise<LunchJson> => publicRead<LunchJson>(live.server, '/lunch/gaoping');

describe('free-lunch board on the demo article', () => {
  it('shows the live funded-through date and the coming school days, as the API derives them', async () => {
    const api = await getLunch();
    expect(api.fundedThrough).toBe('2026-12-02'); // the demo data's confirmed money
    await live.page.goto(live.server.url + '/');
    const through = lunch().locator('[part="funded-through"] time');
    await through.waitFor({ state: 'visible' });
    expect(await through.getAttribute('datetime')).toBe(api.fundedThrough);
    expect(await lunch().locator('.day.funded').count()).toBe(api.upcoming.filter((d) => d.funded).length);
    // The reports carry menus and photos served by the service itself.
    const photo = lunch().locator('img[part="photo"]').first();
    await photo.scrollIntoViewIfNeeded(); // loading="lazy"
    await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await lunch().locator('[part="reports"]').innerText()).toContain('米饭');
    // The progress card next to the free-lunch paragraph links down to the board.
    expect(await live.page.locator('#gaoping a[href="#gaoping-lunch"]').count()).toBe(1);
    expect(live.errors).toEqual([]);
  });

  it('sponsor 5 school days → staff confirm → funded-through moves exactly as far as that money reaches', async () => {
    const before = await getLunch();
    await live.page.goto(live.server.url + '/');
    const events: unknown[] = [];
    await live.page.exposeFunction('__sponsored', (d: unknown) => events.push(d));
    await live.page.evaluate(() =>
      document.addEventListener('gongyi-sponsor', (e) =>
        (window as unknown as { __sponsored: (d: unknown) => void }).__sponsored((e as CustomEvent).detail),
      ),
    );
    await lunch().locator('[part="funded-through"] time').waitFor({ state: 'visible' });

    await lunch().locator('[part="sponsor"]').click();
    await lunch().locator('input[value="days"]').check();
    await lunch().locator('[part="quick"]', { hasText: '5 天' }).click();
    const amount = 5 * before.childrenCount * before.mealPrice;
    await expect.poll(() => lunch().locator('[part="amount"]').innerText()).toContain(`${amount / 100}元`);
    await lunch().locator('input[name="name"]').fill('王小明');
    await lunch().locator('input[name="contact"]').fill('13900001111');
    await lunch().locator('[part="submit"]').click();
    const ref = lunch().locator('[part="result"] .ref');
    await ref.waitFor({ state: 'visible' });

    await expect.poll(() => events.length).toBe(1);
    const sponsored = events[0] as { id: string; amount: number; days: number; meals: number; reference: string };
    expect(sponsored).toMatchObject({ amount, days: 5, meals: 5 * before.childrenCount });
    expect(await ref.innerText()).toBe(sponsored.reference);

    // Pending: counted nowhere yet.
    const pending = await getLunch();
    expect(pending.raisedAmount).toBe(before.raisedAmount);
    expect(pending.pendingAmount).toBe(before.pendingAmount + amount);
    expect(pending.fundedThrough).toBe(before.fundedThrough);

    // Staff see it (with the private contact) among the school's pending sponsorships, and confirm
    // it with the same endpoint as any donation.
    const list = await adminJson<{ items: { id: string; contact: string; amount: number }[] }>(
      live.server,
      'GET',
      '/admin/lunch/gaoping/sponsorships?status=pending',
    );
    expect(list.items.find((x) => x.id === sponsored.id)).toMatchObject({ contact: '13900001111', amount });
    expect((await confirmDonation(live.server.url, live.server.adminToken, sponsored.id)).status).toBe('confirmed');

    const after = await getLunch();
    expect(after.raisedAmount - before.raisedAmount).toBe(amount);
    expect(after.pendingAmount).toBe(before.pendingAmount);
    // 36000 fen more; each December school day costs 11548 fen (7200 meals + the cook's 4348).
    expect(after.fundedThrough).toBe('2026-12-07');
    expect(after.fundedDays - before.fundedDays).toBe(3);

    await live.page.reload();
    const through = lunch().locator('[part="funded-through"] time');
    await through.waitFor({ state: 'visible' });
    expect(await through.getAttribute('datetime')).toBe('2026-12-07');
    const sponsors = await lunch().locator('[part="sponsors"]').innerText();
    expect(sponsors).toContain('王**');
    expect(sponsors).not.toContain('王小明');
    expect(await lunch().locator('[part="card"]').first().innerText()).not.toContain('13900001111');
    expect(live.errors).toEqual([]);
  });

  it('keeps its box while loading (skeleton height = loaded height) and works under a strict CSP', async () => {
    const csp =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'";
    await live.page.route(live.server.url + '/', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
    });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await live.page.route('**/api/v1/lunch/gaoping', async (route) => {
      await held;
      await route.continue();
    });
    const violations: string[] = [];
    live.page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    await live.page.goto(live.server.url + '/');
    await lunch().locator('.sk').first().waitFor({ state: 'attached' });
    const box = () => lunch().evaluate((el) => el.getBoundingClientRect().height);
    const skeleton = await box();
    release();
    await lunch().locator('[part="funded-through"] time').waitFor({ state: 'visible' });
    expect(Math.abs((await box()) - skeleton)).toBeLessThan(1);
    expect(violations).toEqual([]);
  });
});

describe('size', () => {
  it('loader + <gongyi-lunch> (worst locale) ≤ 14 KB gzip; the sponsor form loads only on demand', () => {
    const r = analyzeElement('gongyi-lunch', join(ROOT, 'dist'));
    expect(r.showGzip, formatReport(r)).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(
      r.files.some((f) => /gongyi-lunch-sponsor/.test(f.file)),
      formatReport(r),
    ).toBe(false);
  });
});
