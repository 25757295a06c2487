// End to end: the service's own pages read on a phone (390 px) and on a desktop (1280 px) in
// Chromium with real CJK glyphs: no page scrolls sideways, the docs' navigation wraps between links
// and never inside one, no Markdown backtick shows, and nothing the page asks for is missing (the
// favicon included).
import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { okJson, publicPost } from './api.js';
import { useLiveDemo } from './browser.js';

const live = useLiveDemo({ context: { reducedMotion: 'reduce' } });

const DOCS = [
  '/docs/',
  '/docs/gongyi-progress.html',
  '/docs/gongyi-lunch.html',
  '/docs/en/',
  '/docs/en/gongyi-wishes.html',
];
const PAGES = [...DOCS, '/api/docs', '/embed-examples.html', '/', '/p/gaoping-lunch', '/p/guanheng-elder-centre'];

/** Loads `path` at `width`, every <details> opened (the API docs' operations), and returns what went missing. */
async function open(path: string, width: number): Promise<string[]> {
  const missing: string[] = [];
  const page = live.page;
  const onResponse = (r: Response) => void (r.status() === 404 && missing.push(r.url()));
  page.on('response', onResponse);
  await page.setViewportSize({ width, height: 900 });
  await page.goto(live.server.url + path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  page.off('response', onResponse);
  return missing;
}

/** What one load of each page at a width found: each page is loaded once and all three checks read it. */
interface Findings {
  wide: string[];
  missing: string[];
  brokenNav: string[];
  ticks: string[];
}

async function walk(width: number): Promise<Findings> {
  const { donorUrl } = await okJson<{ donorUrl: string }>(
    publicPost(live.server, '/campaigns/gaoping-lunch/donations', { amount: 2000 }),
    201,
  );
  const found: Findings = { wide: [], missing: [], brokenNav: [], ticks: [] };
  for (const path of [...PAGES, new URL(donorUrl).pathname]) {
    found.missing.push(...(await open(path, width)));
    const w = await live.page.evaluate(() => document.documentElement.scrollWidth);
    if (w > width) found.wide.push(`${path}: ${w} px`);
    if (DOCS.includes(path)) {
      const broken = await live.page
        .locator('header.top a')
        .evaluateAll((as) => as.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent));
      found.brokenNav.push(...broken.map((b) => `${path}: ${b}`));
    }
    if (DOCS.includes(path) || path === '/api/docs') {
      // The prose: code samples and the JSON of the schemas are data, shown as they are.
      const text = await live.page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        body.querySelectorAll('pre, code, script, style').forEach((e) => e.remove());
        return body.textContent ?? '';
      });
      found.ticks.push(...[...text.matchAll(/.{0,20}`.{0,20}/g)].map((m) => `${path}: ${m[0]}`));
    }
  }
  return found;
}

describe.each([390, 1280])('at %i px', (width) => {
  let found: Findings;
  // The page of the first test holds the walk; each test below reads its part of the findings.
  const findings = async () => (found ??= await walk(width));

  it('no page is wider than the screen, and nothing it loads is missing (favicon included)', async () => {
    const { wide, missing } = await findings();
    expect(wide).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('the docs’ navigation wraps between links, never inside one (演示页面 stays whole)', async () => {
    expect((await findings()).brokenNav).toEqual([]);
  });

  it('no Markdown backtick shows in the docs’ or the API docs’ prose', async () => {
    expect((await findings()).ticks).toEqual([]);
  });
});
