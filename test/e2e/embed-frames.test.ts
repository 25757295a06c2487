// End to end: the /embed/{kind}/{id} pages for CMSs that strip <script> (or readers without it).
// - JavaScript off: each of the six pages shows its object's content as server-rendered HTML.
// - JavaScript on, in a news page of another origin (strict CSP) that pasted the iframe snippet
//   from GET /admin/embed-code and includes embed.js: the frame upgrades to the live element and
//   the iframe is resized to the frame document's height (the resize protocol in embed.js).
// - Framing: /embed pages may be framed by any site, the staff console /admin by none.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminJson, publicRead } from './api.js';
import { useLiveDemo } from './browser.js';

// Local network access: the service runs on 127.0.0.1 and Chromium lets a page of a public origin
// load or frame loopback only with this permission; in production both are public.
const live = useLiveDemo({ context: { reducedMotion: 'reduce', permissions: ['local-network-access'] } });

const HOST = 'https://news.example.test'; // answered by playwright, no TLS involved

/** A public read of the object a page shows (must answer 200). */
const api = <T>(path: string): Promise<T> => publicRead<T>(live.server, path);

/** Each kind, a seeded object, its element, and text of that object the page must show (from the API). */
const kinds: { kind: string; ready: string; id: string; tag: string; keyText: () => Promise<string[]> }[] = [
  {
    kind: 'project',
    ready: '[part="title"]',
    id: 'guanheng-elder-centre',
    tag: 'gongyi-project',
    keyText: async () => [(await api<{ title: string }>('/projects/guanheng-elder-centre')).title],
  },
  {
    kind: 'progress',
    ready: '[role="progressbar"]',
    id: 'gaoping-lunch',
    tag: 'gongyi-progress',
    keyText: async () => [(await api<{ title: string }>('/campaigns/gaoping-lunch')).title],
  },
  {
    kind: 'lunch',
    ready: '[part="funded-through"] time',
    id: 'gaoping',
    tag: 'gongyi-lunch',
    keyText: async () => [(await api<{ name: string }>('/lunch/gaoping')).name],
  },
  {
    kind: 'column',
    ready: 'li[data-id]',
    id: 'yiyang-mzj',
    tag: 'gongyi-column',
    keyText: async () => [
      (await api<{ name: string }>('/orgs/yiyang-mzj')).name,
      ...(await api<{ items: { title: string }[] }>('/orgs/yiyang-mzj/projects?limit=6')).items.map((p) => p.title),
    ],
  },
  {
    kind: 'wishes',
    ready: '[part="wish"]',
    id: 'taizhou-hailing',
    tag: 'gongyi-wishes',
    keyText: async () =>
      (await api<{ items: { title: string }[] }>('/orgs/taizhou-hailing/wishes?limit=6')).items.map((w) => w.title),
  },
  {
    kind: 'stats',
    ready: 'li[data-key]',
    id: 'yiyang-mzj',
    tag: 'gongyi-stats',
    keyText: async () => [(await api<{ name: string }>('/orgs/yiyang-mzj')).name, '2637', '户'],
  },
];

/** Serves `body` as https://news.example.test/article.html with a strict CSP that allows the service's scripts and frames. */
async function hostPage(page: Page, body: string): Promise<void> {
  const svc = live.server.url;
  const csp = `default-src 'none'; script-src ${svc}; connect-src ${svc}; frame-src ${svc}; img-src ${svc} https: data:; style-src 'self'`;
  await page.route(`${HOST}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp },
      body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>新闻</title>
<script type="module" src="${svc}/embed.js"></script></head>
<body><h1>县里的公益</h1><p>编辑贴入的嵌入代码:</p>${body}<p>正文继续。</p></body></html>`,
    }),
  );
  await page.goto(`${HOST}/article.html`);
}

/** Waits until the frame's element has upgraded and shows live data (`ready`) in its shadow root (its light DOM is the no-JS copy). */
async function upgraded(frame: Frame, tag: string, ready: string): Promise<void> {
  // Polled on a timer, not per animation frame: Chromium runs no frames in an iframe scrolled out of
  // view, and the cards above a lazy iframe may still grow and push it out after it was scrolled to.
  await frame.waitForFunction(([t, r]) => document.querySelector(t!)?.shadowRoot?.querySelector(r!), [tag, ready], {
    polling: 100,
  });
}

describe('/embed/{kind}/{id} pages', () => {
  it('show their content with JavaScript disabled, for all six kinds', async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      for (const k of kinds) {
        const res = await page.goto(`${live.server.url}/embed/${k.kind}/${k.id}`);
        expect(res!.status(), k.kind).toBe(200);
        const el = page.locator(k.tag);
        expect(await el.evaluate((e) => e.shadowRoot), `${k.kind}: not upgraded without JS`).toBeNull();
        expect(await el.isVisible(), k.kind).toBe(true);
        const text = await el.innerText();
        for (const t of await k.keyText()) expect(text, `${k.kind} shows ${t}`).toContain(t);
      }
    } finally {
      await context.close();
    }
  });

  it('pasted as the admin iframe snippet into a page of another origin with embed.js: upgrade to the live element, iframe sized to the frame (±2 px)', async () => {
    const heights: Record<string, number> = {};
    for (const k of kinds) {
      const code = await adminJson<{ iframe: string; previewUrl: string }>(
        live.server,
        'GET',
        `/admin/embed-code?kind=${k.kind}&id=${k.id}`,
      );
      expect(code.iframe).toMatch(new RegExp(`^<iframe src="${live.server.url}/embed/${k.kind}/${k.id}"`));
      await hostPage(live.page, code.iframe);
      const iframe = live.page.locator('iframe');
      const declared = Number(await iframe.getAttribute('height'));

      const handle = (await (await iframe.elementHandle())!.contentFrame())!;
      await upgraded(handle, k.tag, k.ready);
      // Poll until the iframe's height matches the frame's document height (both settle as data arrives).
      await expect
        .poll(
          async () => {
            const doc = await handle.evaluate(() => document.documentElement.getBoundingClientRect().height);
            const box = (await iframe.boundingBox())!.height;
            return Math.abs(doc - box) <= 2 && box !== declared ? 'sized' : `frame document ${doc}, iframe ${box}`;
          },
          { timeout: 15_000 },
        )
        .toBe('sized');
      heights[k.kind] = Math.round((await iframe.boundingBox())!.height);
      await live.page.unrouteAll();
    }
    console.log('live iframe heights (iframe 1264 px wide)', heights);
    expect(live.errors).toEqual([]);
  });

  it('may be framed by any site; the staff console /admin may not', async () => {
    const embed = await fetch(`${live.server.url}/embed/progress/gaoping-lunch`);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    const admin = await fetch(`${live.server.url}/admin`);
    expect(admin.headers.get('x-frame-options')).toBe('DENY');
    expect(admin.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);

    await hostPage(
      live.page,
      `<iframe id="embed" src="${live.server.url}/embed/progress/gaoping-lunch" title="embed"></iframe>
       <iframe id="admin" src="${live.server.url}/admin" title="admin"></iframe>`,
    );
    const embedFrame = (await (await live.page.locator('#embed').elementHandle())!.contentFrame())!;
    await upgraded(embedFrame, 'gongyi-progress', '[role="progressbar"]');
    expect(embedFrame.url()).toBe(`${live.server.url}/embed/progress/gaoping-lunch`);
    // Chromium replaces a refused frame with its error page: nothing of /admin rendered.
    const adminFrame = (await (await live.page.locator('#admin').elementHandle())!.contentFrame())!;
    await expect.poll(() => adminFrame.url()).toMatch(/^chrome-error:/);
    expect(live.errors.some((e) => /frame-ancestors|X-Frame-Options/.test(e))).toBe(true);
  });

  it('the embed examples page shows every kind of embed: elements, an iframe sized to its frame, a share link', async () => {
    await live.page.goto(`${live.server.url}/embed-examples.html`);
    for (const [id, sel] of <[string, string][]>[
      ['lunch', '[part="funded-through"] time'],
      ['wishes', '[part="wish"]'],
      ['column', 'li[data-id]'],
      ['stats', '[data-key]'],
    ]) {
      await live.page.locator(`#${id}`).locator(sel).first().waitFor({ state: 'attached' });
    }
    const iframe = live.page.locator('#iframe-progress');
    await iframe.scrollIntoViewIfNeeded(); // loading="lazy"
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await upgraded(frame, 'gongyi-progress', '[role="progressbar"]');
    await expect
      .poll(async () =>
        Math.abs(
          (await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)) -
            (await iframe.boundingBox())!.height,
        ),
      )
      .toBeLessThanOrEqual(2);
    expect(await live.page.locator('#share-link').getAttribute('href')).toBe('/p/gaoping-lunch');
    expect(live.errors).toEqual([]);
  });
});
