// End to end: each of the six elements on a news page of ANOTHER origin (https://news.example.test,
// served through playwright routing) that runs a strict Content-Security-Policy (scripts and API
// only from the service, no unsafe-inline, no unsafe-eval, styles only from its own stylesheet) and
// the hostile global CSS real CMS templates carry. The widget must render its live data, look the
// same inside its shadow root as on a plain page, keep its buttons usable, trigger no CSP violation
// and no console error, and shift nothing on the page (CLS < 0.01) while it loads its data.
import type { Locator, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publicRead } from './api.js';
import { useLiveDemo, zhMoney } from './browser.js';

// Reduced motion: figures show their final values at once (the count-up has its own widget tests).
// Local network access: here the service runs on 127.0.0.1, and Chromium lets a page of a public
// origin load from loopback only with this permission; in production both are public.
const live = useLiveDemo({ context: { reducedMotion: 'reduce', permissions: ['local-network-access'] } });

const HOST = 'https://news.example.test'; // HTTPS like real CMSs; playwright answers it, no TLS involved

/** Global CSS of the kind CMS themes ship; none of it may reach inside a widget. */
const HOSTILE_CSS = `
* { box-sizing: content-box; font-size: 13px; font-family: SimSun, serif; line-height: 3; letter-spacing: .2em; word-spacing: .5em; }
html { font-size: 10px; }
body { font: 28px serif; color: #f0f; background: #ffe; text-align: justify; white-space: pre-wrap; text-indent: 2em; text-transform: uppercase; }
div, p, section, article, ul, li { margin: 3em; padding: 2em; }
h1, h2, h3, h4, dl, dt, dd { font-size: 60px; margin: 1em 0; }
ul, ol { list-style: square inside; }
a { color: lime; text-decoration: underline wavy; }
button, input, select, textarea { all: unset; }
img { width: 100% !important; height: 300px !important; }
[hidden] { display: block !important; }
svg { width: 100%; height: auto; }
`;

function hostPage(markup: string, hostile: boolean): string {
  const svc = live.server.url;
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<title>本地新闻</title>
${hostile ? '<link rel="stylesheet" href="/cms.css">' : ''}
<script type="module" src="${svc}/embed.js"></script>
</head>
<body>
<header><h1>县民政局:公益项目进展</h1></header>
<div class="article">
<p>记者从县民政局获悉,今年以来全县公益项目稳步推进。以下为项目实时数据。</p>
<section class="embed">${markup}</section>
<p>文章下方的段落:如果小组件加载数据时改变了高度,这一段就会被推动。</p>
<ul><li>相关新闻一</li><li>相关新闻二</li></ul>
</div>
</body>
</html>`;
}

/**
 * Serves the host page from https://news.example.test with a strict CSP: /article.html plain,
 * /article.html?hostile with the CMS stylesheet (same origin, as style-src 'self' demands).
 */
async function serveHost(page: Page, markup: string): Promise<void> {
  const svc = live.server.url;
  const csp = `default-src 'none'; script-src ${svc}; connect-src ${svc}; img-src ${svc} https: data:; style-src 'self'`;
  await page.route(`${HOST}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/cms.css') return route.fulfill({ contentType: 'text/css', body: HOSTILE_CSS });
    const hostile = new URL(route.request().url()).searchParams.has('hostile');
    if (path === '/article.html')
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': csp },
        body: hostPage(markup, hostile),
      });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __cls: number };
    w.__csp = [];
    w.__cls = 0;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Two animation frames: layout (and any layout-shift entry) of the last change has happened. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Computed text and box styles of the host element and of every element inside its shadow root
 * (and nested widgets' roots), in document order: what the host page's CSS could leak into.
 */
function shadowStyles(el: Locator): Promise<{ name: string; style: Record<string, string> }[]> {
  return el.evaluate((host) => {
    const props = [
      'font-size',
      'font-family',
      'font-style',
      'font-weight',
      'line-height',
      'letter-spacing',
      'word-spacing',
      'white-space',
      'text-align',
      'text-indent',
      'text-transform',
      'box-sizing',
      'color',
    ];
    const read = (e: Element, name: string) => {
      const s = getComputedStyle(e);
      return { name, style: Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)])) };
    };
    const out = [read(host, ':host')];
    const walk = (root: ShadowRoot) => {
      for (const e of root.querySelectorAll('*')) {
        out.push(read(e, `${e.localName}${[...e.classList].map((c) => '.' + c).join('')}`));
        if (e.shadowRoot) walk(e.shadowRoot);
      }
    };
    walk(host.shadowRoot!);
    return out;
  });
}

/** "element prop: plain → hostile" for every style that differs between the two pages. */
function styleDiff(
  plain: Awaited<ReturnType<typeof shadowStyles>>,
  hostile: Awaited<ReturnType<typeof shadowStyles>>,
): string[] {
  expect(hostile.map((e) => e.name)).toEqual(plain.map((e) => e.name));
  return plain.flatMap((p, i) =>
    Object.entries(p.style)
      .filter(([k, v]) => hostile[i]!.style[k] !== v)
      .map(([k, v]) => `${p.name} ${k}: ${v} → ${hostile[i]!.style[k]}`),
  );
}

/** The innermost focused element, through shadow roots. */
const deepActive = (page: Page) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a ? `${a.localName}[part=${a.getAttribute('part')}]` : null;
  });

const api = <T>(path: string): Promise<T> => publicRead<T>(live.server, path);

interface Case {
  markup: string;
  tag: string;
  /** Waits for the live data and asserts the element's key content. */
  loaded(el: Locator, page: Page): Promise<void>;
  /** A button the reader needs (part name). */
  button: string;
}

const cases: Record<string, Case> = {
  progress: {
    tag: 'gongyi-progress',
    markup: '<gongyi-progress campaign="gaoping-lunch"></gongyi-progress>',
    button: 'give',
    async loaded(el, page) {
      const c = await api<{ raisedAmount: number; goalAmount: number }>('/campaigns/gaoping-lunch');
      const bar = el.locator('[role="progressbar"]');
      await bar.waitFor();
      expect(await bar.getAttribute('aria-valuenow')).toBe(
        String(Math.min(100, Math.round((c.raisedAmount / c.goalAmount) * 100))),
      );
      expect(await el.locator('[part="raised"]').textContent()).toBe(await zhMoney(page, c.raisedAmount));
    },
  },
  project: {
    tag: 'gongyi-project',
    markup: '<gongyi-project project="guanheng-elder-centre"></gongyi-project>',
    button: 'give',
    async loaded(el) {
      const p = await api<{ title: string }>('/projects/guanheng-elder-centre');
      await expect.poll(() => el.locator('[part="title"]').first().textContent()).toBe(p.title);
      await el.locator('gongyi-progress [role="progressbar"]').waitFor();
    },
  },
  lunch: {
    tag: 'gongyi-lunch',
    markup: '<gongyi-lunch school="gaoping"></gongyi-lunch>',
    button: 'sponsor',
    async loaded(el) {
      const s = await api<{ fundedThrough: string }>('/lunch/gaoping');
      const through = el.locator('[part="funded-through"] time');
      await through.waitFor();
      expect(await through.getAttribute('datetime')).toBe(s.fundedThrough);
    },
  },
  wishes: {
    tag: 'gongyi-wishes',
    markup: '<gongyi-wishes org="taizhou-hailing"></gongyi-wishes>',
    button: 'claim',
    async loaded(el) {
      const w = await api<{ items: { id: string }[] }>('/orgs/taizhou-hailing/wishes?limit=6');
      await el.locator('[part="wish"]').first().waitFor();
      expect(
        await el.locator('[part="wish"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id)),
      ).toEqual(w.items.map((i) => i.id));
    },
  },
  column: {
    tag: 'gongyi-column',
    markup: '<gongyi-column org="yiyang-mzj"></gongyi-column>',
    button: 'open',
    async loaded(el) {
      const p = await api<{ items: { id: string }[] }>('/orgs/yiyang-mzj/projects?limit=6');
      await expect.poll(() => el.locator('[part="brand"]').textContent()).toBe('益行益善·益老益小');
      await expect
        .poll(() => el.locator('li[data-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id)))
        .toEqual(p.items.map((i) => i.id));
      await el.locator('gongyi-stats [data-key="age-friendly-homes"] .value .sr').waitFor({ state: 'attached' });
    },
  },
  stats: {
    tag: 'gongyi-stats',
    markup: '<gongyi-stats org="yiyang-mzj"></gongyi-stats>',
    button: '',
    async loaded(el) {
      const figure = (key: string) => el.locator(`[data-key="${key}"] .value .sr`);
      await figure('age-friendly-homes').waitFor({ state: 'attached' });
      expect(await figure('age-friendly-homes').textContent()).toBe('2637户');
      // A count staff may edit (the console's figures test does, on a shared server): as the API says.
      const stats = await api<{ items: { key: string; value: number; unit: string | null }[] }>(
        '/orgs/yiyang-mzj/stats',
      );
      const mealPoints = stats.items.find((s) => s.key === 'meal-points')!;
      expect(await figure('meal-points').textContent()).toBe(`${mealPoints.value}${mealPoints.unit}`);
    },
  },
};

describe('widgets on a hostile host page (other origin, strict CSP, global CMS CSS)', () => {
  for (const [kind, c] of Object.entries(cases)) {
    it(`<${c.tag}>: renders its live data as on a plain page, no CSP violation, no error, no layout shift`, async () => {
      const { page } = live;
      const el = page.locator(c.tag);

      // The same widget on a plain page of the same origin and CSP: the reference look.
      await serveHost(page, c.markup);
      await page.goto(`${HOST}/article.html`);
      await c.loaded(el, page);
      await settle(page);
      const plain = await shadowStyles(el);
      const plainButtonHeight = c.button
        ? (await el.locator(`button[part="${c.button}"]`).first().boundingBox())?.height
        : undefined;

      // The hostile page, with the API held back until the loading state has been painted: the
      // layout-shift count then covers the switch from reserved space to live data.
      const held: Route[] = [];
      let release = false;
      await page.route(`${live.server.url}/api/v1/**`, (route) => (release ? route.continue() : void held.push(route)));
      await page.goto(`${HOST}/article.html?hostile`);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe('serif'); // the CMS CSS is live
      await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount, c.tag);
      await expect.poll(() => held.length).toBeGreaterThan(0);
      await settle(page);
      release = true;
      await Promise.all(held.map((r) => r.continue()));
      await c.loaded(el, page);
      await settle(page);

      expect(styleDiff(plain, await shadowStyles(el)).join('\n'), `${kind}: styles inside the shadow root`).toBe('');
      if (c.button) {
        // Still a button of the same height as on the plain page (not `all: unset`), and it takes focus.
        const button = el.locator(`button[part="${c.button}"]`).first();
        expect(await button.isVisible()).toBe(true);
        expect((await button.boundingBox())!.height).toBeCloseTo(plainButtonHeight!, 1);
        await button.focus();
        expect(await deepActive(page)).toBe(`button[part=${c.button}]`);
      }
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(live.errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
    });
  }
});
