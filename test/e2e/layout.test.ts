// The layout check (./layout-check.ts) over everything a person sees, in one Chromium with several
// tabs against one wrangler dev, at real glyph widths (Debian's fonts-noto-cjk, which .ci/run
// installs): every widget, normal and elder, in zh-Hans, zh-Hant and en, at 320 and 390 px (its
// /embed page, the live element); every service page and every console view at 390 and 1280 px.
// It fails on text clipped or overflowing its box, text drawn over text, a page wider than the
// viewport, an empty band taller than a line inside a card, a figure not fully visible.
//
// The widgets have no exceptions. Service pages and console views that fail only because of work
// under way elsewhere are listed in LAYOUT_EXCEPTIONS below, each with the defects expected; an
// exception that no longer happens fails too, so the list only shrinks.
//
// Screenshots of the named views (SCREENS) and of every view with a defect are saved to
// test-results/screens/ (git-ignored): the artefact to look at after a run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib.mjs';
import { startLocalServer, type LocalServer } from '../../scripts/local-server.mjs';
import { publicPost } from './api.js';
import { launchChromium } from './browser.js';
import { EMBED_ELEMENTS, type EmbedKind } from '../../worker/embedding/embed-code.js';
import { PUBLIC_ELEMENTS } from './element-surface.js';
import { checkLayout, formatDefects, settle, type LayoutDefect } from './layout-check.js';
import { CONSOLE_VIEWS } from './console-helpers.js';

export const SCREENS_DIR = join(ROOT, 'test-results', 'screens');

/** Tabs walking at once: enough to overlap network waits, few enough for a 2-core CI machine. */
const TABS = 4;

type View = { name: string; path: string; width: number; console?: boolean };

/** Views whose screenshots are always saved (the before/after set). */
const SCREENS = new Set(['demo-article', 'elder-progress', 'console-campaigns', 'console-pledges']);

/** Each widget's /embed page and object (the demo data). */
const WIDGETS: Record<string, { kind: string; id: string }> = {
  'gongyi-progress': { kind: 'progress', id: 'gaoping-lunch' },
  'gongyi-project': { kind: 'project', id: 'guanheng-elder-centre' },
  'gongyi-lunch': { kind: 'lunch', id: 'gaoping' },
  'gongyi-wishes': { kind: 'wishes', id: 'taizhou-hailing' },
  'gongyi-stats': { kind: 'stats', id: 'yiyang-mzj' },
  'gongyi-column': { kind: 'column', id: 'yiyang-mzj' },
};

/**
 * Defects allowed on a view while work on it is under way in another branch, keyed by view name
 * and width: each entry the defect's kind and a pattern its path must match. Empty since issue 25
 * landed; an entry that no longer happens fails the test, so the list only shrinks.
 */
type Expected = { kind: LayoutDefect['kind']; path: RegExp; owner: string };
const LAYOUT_EXCEPTIONS: Record<string, Expected[]> = {};

function widgetViews(): View[] {
  const out: View[] = [];
  for (const tag of PUBLIC_ELEMENTS) {
    const w = WIDGETS[tag];
    if (!w) throw new Error(`no /embed object for ${tag}: add it to WIDGETS`);
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
      for (const elder of [false, true]) {
        for (const width of [320, 390]) {
          const q = `?lang=${lang}${elder ? '&elder=1' : ''}`;
          const name =
            elder && lang === 'zh-Hans' && tag === 'gongyi-progress'
              ? 'elder-progress'
              : `${w.kind}${elder ? '-elder' : ''}-${lang}`;
          out.push({ name, path: `/embed/${w.kind}/${w.id}${q}`, width });
        }
      }
    }
  }
  return out;
}

function pageViews(donorPath: string): View[] {
  const pages: [string, string][] = [
    ['demo-article', '/'],
    ['demo-yiyang', '/yiyang.html'],
    ['demo-fengxian', '/fengxian.html'],
    ['demo-taizhou', '/taizhou.html'],
    ['examples', '/embed-examples.html'],
    ['elder-progress', '/embed/progress/gaoping-lunch?elder=1'],
    ['share-page', '/p/gaoping-lunch'],
    ['share-page-elder-centre', '/p/guanheng-elder-centre'],
    ['disclosure', '/disclosure/hunan-mzt/2026-Q4'],
    ['donor', donorPath],
    ['docs', '/docs/'],
    ['docs-en', '/docs/en/'],
    ...PUBLIC_ELEMENTS.map((t): [string, string] => [`docs-${t}`, `/docs/${t}`]),
    ['api-docs', '/api/docs'],
    // The frames at desktop width (their phone widths are walked with the widgets).
    ...Object.values(WIDGETS).map((w): [string, string] => [`embed-${w.kind}`, `/embed/${w.kind}/${w.id}`]),
  ];
  return pages.flatMap(([name, path]) => [390, 1280].map((width) => ({ name, path, width })));
}

const consoleViews = (): View[] =>
  CONSOLE_VIEWS.flatMap((v) =>
    [390, 1280].map((width) => ({ name: `console-${v}`, path: `/admin#/${v}`, width, console: true })),
  );

const key = (v: View) => `${v.name} @${v.width} ${v.path}`;

let server: LocalServer;
let browser: Browser;
const contexts = new Map<number, BrowserContext>();

beforeAll(async () => {
  [server, browser] = await Promise.all([startLocalServer(), launchChromium()]);
  mkdirSync(SCREENS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** One context per width (tabs of a width share its HTTP cache), a phone's height under 1280. */
async function contextFor(width: number): Promise<BrowserContext> {
  let c = contexts.get(width);
  if (!c) {
    c = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width, height: width < 1000 ? 844 : 900 },
      reducedMotion: 'reduce',
    });
    // The console keeps its token in sessionStorage: put it there before the console's script runs.
    // The organisation with the demo campaigns, so the lists have rows to lay out.
    await c.addInitScript((t) => {
      if (location.pathname !== '/admin') return;
      sessionStorage.setItem('gongyi.admin.token', t);
      sessionStorage.setItem('gongyi.admin.org', 'hunan-mzt');
    }, server.adminToken);
    contexts.set(width, c);
  }
  return c;
}

/** The document height of each walked view (key(view)): what an iframe of that page must hold. */
const pageHeights = new Map<string, number>();

/** Loads a view, waits until it is final, and runs the check; screenshots the named views and any with a defect. */
async function inspect(page: Page, v: View): Promise<LayoutDefect[]> {
  // From a blank page: a console route is a hash, and a hash change alone would not reload the console.
  await page.goto('about:blank');
  const res = await page.goto(server.url + v.path);
  if (!res || res.status() >= 400) throw new Error(`${key(v)}: HTTP ${res?.status()}`);
  if (v.console) await page.locator('gongyi-admin nav').waitFor({ state: 'visible' });
  // The console's lists arrive after its shell: let the network go quiet first (widgets say
  // aria-busy while they load, which settle() waits out).
  if (v.console) await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  await settle(page, 60_000);
  const defects = await checkLayout(page);
  pageHeights.set(key(v), await page.evaluate(() => document.documentElement.getBoundingClientRect().height));
  if (SCREENS.has(v.name) || defects.length) {
    // An artefact to look at, not a verdict: a slow screenshot of a long page does not fail the view.
    await page
      .screenshot({ path: join(SCREENS_DIR, `${v.name}-${v.width}.png`), fullPage: true, timeout: 60_000 })
      .catch((e: unknown) => console.warn(`screenshot of ${key(v)}: ${e}`));
  }
  return defects;
}

/** Walks the views with TABS tabs at a time; the defects of each view (or why it could not be checked) by key(view). */
async function walk(views: View[]): Promise<Map<string, LayoutDefect[] | string>> {
  const out = new Map<string, LayoutDefect[] | string>();
  const queue = [...views];
  const started = Date.now();
  await Promise.all(
    Array.from({ length: TABS }, async () => {
      const pages = new Map<number, Page>();
      for (let v = queue.shift(); v; v = queue.shift()) {
        let page = pages.get(v.width);
        if (!page) pages.set(v.width, (page = await (await contextFor(v.width)).newPage()));
        // A view that cannot be loaded or never settles is a failure of its own, not the end of the walk.
        out.set(key(v), await inspect(page, v).catch((e: unknown) => String(e).split('\n')[0]!));
      }
      await Promise.all([...pages.values()].map((p) => p.close()));
    }),
  );
  console.log(`layout walk: ${views.length} views in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Everything found, exceptions included, beside the screenshots.
  const all = Object.fromEntries([...out].map(([k, d]) => [k, typeof d === 'string' ? d : formatDefects(d)]));
  writeFileSync(
    join(
      SCREENS_DIR,
      `defects-${views[0]!.console ? 'console' : views[0]!.path.startsWith('/embed') ? 'widgets' : 'pages'}.json`,
    ),
    JSON.stringify(all, null, 1),
  );
  return out;
}

/** The defects not listed as exceptions, and the exceptions that did not happen, per view. */
function unexpected(found: Map<string, LayoutDefect[] | string>, views: View[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of views) {
    const defects = found.get(key(v)) ?? 'not walked';
    if (typeof defects === 'string') {
      out[key(v)] = [`could not be checked: ${defects}`];
      continue;
    }
    const expected = LAYOUT_EXCEPTIONS[`${v.name} @${v.width}`] ?? [];
    const lines = formatDefects(defects.filter((d) => !expected.some((e) => e.kind === d.kind && e.path.test(d.path))));
    for (const e of expected) {
      if (!defects.some((d) => d.kind === e.kind && e.path.test(d.path)))
        lines.push(`listed exception no longer happens (remove it): ${e.kind} ${e.path}`);
    }
    if (lines.length) out[key(v)] = lines;
  }
  return out;
}

// The walks take tens of seconds on a busy 2-core machine.
describe('layout check at real glyph widths', { timeout: 600_000 }, () => {
  it('Chromium draws Chinese with a real CJK font (Debian fonts-noto-cjk, as .ci/run installs), not empty boxes', async () => {
    const page = await (await contextFor(390)).newPage();
    await page.setContent('<p lang="zh-CN" style="font-family: sans-serif">让高坪村的孩子吃上热乎午餐</p>');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'p' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    await page.close();
    expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/Noto Sans CJK/);
  });

  it('every widget, normal and elder, zh-Hans / zh-Hant / en, at 320 and 390 px: nothing clipped, no holes, no overflow', async () => {
    const views = widgetViews();
    expect(views.length).toBe(PUBLIC_ELEMENTS.length * 12);
    expect(unexpected(await walk(views), views)).toEqual({});
  });

  it('the iframe snippets (worker/embedding/embed-code.ts, the README) are as tall as each live card at 320–600 px', async () => {
    // Without embed.js on the host page nothing resizes the frame: its height attribute is all the
    // card gets. The widget walk (above) measured 320 and 390 px in each language; add 480 and 600.
    const views = Object.values(WIDGETS).flatMap((w) =>
      [480, 600].map((width) => ({ name: `frame-${w.kind}`, path: `/embed/${w.kind}/${w.id}?lang=zh-Hans`, width })),
    );
    expect(unexpected(await walk(views), views)).toEqual({});
    const tallest: Record<string, number> = {};
    for (const [k, h] of pageHeights) {
      const m = /^\S+ @\d+ \/embed\/(\w+)\/[^?]+\?lang=[\w-]+$/.exec(k); // normal mode only: the snippets carry no elder
      if (m) tallest[m[1]!] = Math.max(tallest[m[1]!] ?? 0, h);
    }
    const short = Object.entries(tallest)
      .filter(([kind, h]) => EMBED_ELEMENTS[kind as EmbedKind].height < h)
      .map(([kind, h]) => `${kind}: snippet ${EMBED_ELEMENTS[kind as EmbedKind].height} px < card ${h} px`);
    console.log('tallest live cards, 320–600 px:', tallest);
    expect(Object.keys(tallest).sort()).toEqual(
      Object.keys(WIDGETS)
        .map((t) => WIDGETS[t]!.kind)
        .sort(),
    );
    expect(short).toEqual([]);
    // The README's iframe snippet is the progress card's.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const snippet = /<iframe src="[^"]*\/embed\/progress\/[^"]*"[\s\S]*?height="(\d+)"/.exec(readme);
    expect(Number(snippet?.[1])).toBe(EMBED_ELEMENTS.progress.height);
  });

  it("the demo pages reserve each widget's real height before its code arrives (±5 %), on a phone and wide", async () => {
    // The host page's :not(:defined) rules (demo/demo.css, demo/bureau.css) hold the space while
    // embed.js loads: with JavaScript off they are all there is, with it the live card replaces them.
    const heights = (tags: string) =>
      [...document.querySelectorAll(tags)].map((e) => [e.localName, e.getBoundingClientRect().height] as const);
    const off: string[] = [];
    for (const width of [390, 1280]) {
      const noJs = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      const plain = await noJs.newPage();
      const live = await (await contextFor(width)).newPage();
      for (const path of ['/', '/yiyang.html', '/fengxian.html', '/taizhou.html']) {
        await plain.goto(server.url + path);
        const reserved = await plain.evaluate(heights, PUBLIC_ELEMENTS.join(', '));
        await live.goto(server.url + path);
        await settle(live, 60_000);
        const real = await live.evaluate(heights, PUBLIC_ELEMENTS.join(', '));
        reserved.forEach(([tag, h], i) => {
          const r = real[i]![1];
          if (Math.abs(h - r) > r * 0.05)
            off.push(`${path} @${width}: <${tag}> reserved ${Math.round(h)} px, real ${Math.round(r)} px`);
        });
      }
      await Promise.all([noJs.close(), live.close()]);
    }
    expect(off).toEqual([]);
  });

  it('every service page at 390 and 1280 px: no defect beyond LAYOUT_EXCEPTIONS', async () => {
    // A pledge gives a donor link (/donor/{token}): the donor's own page is walked too.
    const res = await publicPost(server, '/campaigns/guanheng-elder-centre/donations', { amount: 1000, name: '测试' });
    const { donorUrl } = (await res.json()) as { donorUrl: string };
    const views = pageViews(new URL(donorUrl).pathname);
    expect(unexpected(await walk(views), views)).toEqual({});
  });

  it('every staff console view at 390 and 1280 px: no defect beyond LAYOUT_EXCEPTIONS', async () => {
    const views = consoleViews();
    expect(unexpected(await walk(views), views)).toEqual({});
  });
});
