// End to end: the Taizhou demo page (demo/taizhou.html) with the live micro-wish board, served by
// the real worker in wrangler dev on a fresh local D1 with the demo data. A reader claims a wish in
// the dialog; the public sees who took it (never the contact); staff see the contact, fulfil it,
// and the board shows the thank-you.
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, analyzeElement, formatReport } from '../../bench/size.mjs';
import { ROOT } from '../../scripts/lib.mjs';
import { adminJson, publicJson, publicPost } from './api.js';
import { useLiveDemo } from './browser.js';
import { join } from 'node:path';

const live = useLiveDemo();

interface PublicWish {
  id: string;
  status: string;
  wisher: string;
  claimedBy: string | null;
  thanks: string | null;
}

async function publicBoard(): Promise<{ items: PublicWish[]; counts: Record<string, number>; text: string }> {
  const { body, text } = await publicJson<{ items: PublicWish[]; counts: Record<string, number> }>(
    live.server,
    '/orgs/taizhou-hailing/wishes?limit=50',
  );
  return { ...body, text };
}

const board = () => live.page.locator('#wishes gongyi-wishes');
const wishCard = (id: string) => board().locator(`[part="wish"][data-id="${id}"]`);

describe('Taizhou demo page (/taizhou.html)', () => {
  it('shows the live wish board with counts, masked wishers and who claimed what; no layout shift', async () => {
    await live.page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) w.__cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await live.page.goto(live.server.url + '/taizhou.html');
    expect(await live.page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await live.page.locator('h1').innerText()).toContain('微心愿');
    await wishCard('hailing-winter-quilt').waitFor({ state: 'visible' });

    const api = await publicBoard();
    const counts = await board().locator('[part="count"]').allInnerTexts();
    expect(counts.map((c) => c.replace(/\s/g, ''))).toEqual([
      `${api.counts.open! + api.counts.claimed! + api.counts.fulfilled!}全部`,
      `${api.counts.open}待认领`,
      `${api.counts.claimed}已认领`,
      `${api.counts.fulfilled}已实现`,
    ]);
    // The newest six wishes fill the first page; the rest come with "more".
    expect(await board().locator('[part="wish"]').count()).toBe(6);
    await board().locator('[part="more"]').click();
    await wishCard('hailing-walking-shoes').waitFor({ state: 'visible' });
    const shoes = await wishCard('hailing-walking-shoes').innerText();
    expect(shoes).toContain('洪**');
    expect(shoes).toContain('兴化广播电视台');
    expect(shoes).toContain('已实现');
    const widgetText = await board().locator('[part="card"]').innerText();
    for (const name of ['洪奶奶', '马才英', '肖萌', '宋慧蓉', '马年红', '0523-'])
      expect(widgetText).not.toContain(name);

    const cls = await live.page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThan(0.1);
    expect(live.errors).toEqual([]);
  });

  it('claim in the dialog → the board shows it claimed, staff see the contact, a second claim is refused, staff fulfil it', async () => {
    const csp =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'";
    await live.page.route(live.server.url + '/taizhou.html', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
    });
    const violations: string[] = [];
    live.page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    await live.page.goto(live.server.url + '/taizhou.html');
    const fan = wishCard('hailing-electric-fan');
    await fan.waitFor({ state: 'visible' });
    expect(await fan.locator('[part="status"]').innerText()).toBe('待认领');

    await fan.locator('[part="claim"]').click();
    const dialog = board().locator('dialog[open]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.innerText()).toContain('认领之后');
    await dialog.locator('input[name="name"]').fill('宋慧蓉');
    await dialog.locator('input[name="organisation"]').fill('兴化广播电视台');
    await dialog.locator('input[name="contact"]').fill('13912345678');
    await dialog.locator('[part="claim-submit"]').click();
    await dialog.locator('[part="claim-result"]').waitFor({ state: 'visible' });
    expect(await dialog.locator('[part="claim-result"]').innerText()).toContain('认领成功');

    // The board refreshed itself: the fan is claimed by the organisation.
    await live.page.waitForFunction(() => {
      const root = document.querySelector('gongyi-wishes')!.shadowRoot!;
      return root.querySelector('[data-id="hailing-electric-fan"]')?.getAttribute('data-status') === 'claimed';
    });
    expect(await fan.locator('[part="claimed-by"]').innerText()).toContain('兴化广播电视台 已认领');
    await dialog.locator('.actions .btn').click();
    await board().locator('dialog[open]').waitFor({ state: 'detached' });

    // Public: claimed, by the organisation; no contact, no unmasked name anywhere.
    const pub = await publicBoard();
    expect(pub.items.find((w) => w.id === 'hailing-electric-fan')).toMatchObject({
      status: 'claimed',
      claimedBy: '兴化广播电视台',
      wisher: '张**',
    });
    expect(pub.text).not.toContain('13912345678');
    expect(pub.text).not.toContain('宋慧蓉');

    // Staff: the contact, to arrange the visit.
    const list = await adminJson(live.server, 'GET', '/admin/wishes?orgId=taizhou-hailing&status=claimed');
    const row = list.items.find((w: { id: string }) => w.id === 'hailing-electric-fan');
    expect(row.claim).toMatchObject({ name: '宋慧蓉', organisation: '兴化广播电视台', contact: '13912345678' });

    // Someone else, a moment later, from the same page's origin: 409 already_claimed.
    const late = await publicPost(live.server, '/wishes/hailing-electric-fan/claims', {
      name: '马年红',
      contact: '13800000000',
    });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { code: string }).code).toBe('already_claimed');

    // Staff fulfil it with a thank-you; the board shows it.
    await adminJson(live.server, 'POST', '/admin/wishes/hailing-electric-fan/fulfil', {
      note: '电风扇已送到张奶奶家中，帮她装好试了风。',
    });
    await live.page.reload();
    await fan.waitFor({ state: 'visible' });
    expect(await fan.locator('[part="status"]').innerText()).toBe('已实现');
    expect(await fan.locator('[part="thanks"]').innerText()).toContain('电风扇已送到');
    expect(violations).toEqual([]);
    expect(live.errors).toEqual([]);
  });
});

describe('wishes size budget', () => {
  it('loader + <gongyi-wishes> (worst locale) ≤ 14 KB gzip; the dialog loads only on demand', () => {
    const r = analyzeElement('gongyi-wishes', join(ROOT, 'dist'));
    console.log(formatReport(r));
    expect(r.showGzip, formatReport(r)).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(r.files.some((f) => /gongyi-claim/.test(f.file))).toBe(false);
  });
});
