// End to end: a news page on a site the organisation never registered (https://portal.unregistered.test,
// served through playwright routing) embeds <gongyi-progress> and a reader pledges. The service
// refuses (403 origin_not_allowed) and nothing is written; the refusal is readable in Chromium, so
// the reader sees the plain message (not "network error") with the way to the official page, and the
// page's owner gets a console warning and a `gongyi-error` event naming the site and the fix.
import { describe, expect, it } from 'vitest';
import { getCampaign, useLiveDemo } from './browser.js';

// Local network access: the service runs on 127.0.0.1, and Chromium lets a page of a public origin
// load from loopback only with this permission (as in hostile-host.test.ts).
const live = useLiveDemo({ context: { permissions: ['local-network-access'] } });

const SITE = 'https://portal.unregistered.test';

describe('a pledge from a site that is not registered', () => {
  it('shows the plain refusal, warns the page owner in the console and fires gongyi-error with the code and the fix; nothing is written', async () => {
    const svc = live.server.url;
    const before = await getCampaign(svc, 'gaoping-lunch');
    await live.page.route(`${SITE}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>门户新闻</title>
<script type="module" src="${svc}/embed.js"></script></head>
<body><h1>高坪村的孩子吃上了热乎午餐</h1><gongyi-progress campaign="gaoping-lunch"></gongyi-progress></body></html>`,
      }),
    );
    const warnings: string[] = [];
    live.page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await live.page.goto(`${SITE}/news.html`);
    await live.page.evaluate(() => {
      const w = window as unknown as { __errors: unknown[] };
      w.__errors = [];
      document.addEventListener('gongyi-error', (e) =>
        w.__errors.push({ target: (e.target as Element).localName, ...(e as CustomEvent).detail }),
      );
    });

    const progress = live.page.locator('gongyi-progress');
    await progress.locator('[part="give"]').click();
    await progress.locator('[part="tier"]').first().click();
    await progress.locator('[part="submit"]').click();

    const alert = progress.locator('[part="pledge-error"]');
    await expect
      .poll(() => alert.innerText(), { timeout: 10_000 })
      .toContain('此网站未获公益平台授权，不能在这里提交。');
    const text = await alert.innerText();
    expect(text).not.toContain('网络连接失败');
    const official = alert.locator('a');
    expect(await official.innerText()).toBe('到官方页面参与');
    expect(await official.getAttribute('href')).toBe(`${svc}/p/gaoping-lunch`);

    const events = await live.page.evaluate(
      () => (window as unknown as { __errors: Record<string, unknown>[] }).__errors,
    );
    expect(events).toEqual([
      expect.objectContaining({ target: 'gongyi-progress', status: 403, code: 'origin_not_allowed' }),
    ]);
    const fix = events[0]!.fix as string;
    expect(fix).toContain(SITE);
    expect(fix).toContain('嵌入网站');
    expect(fix).toContain(`${svc}/admin`);
    // The console says the same to whoever opens the developer tools. Besides Chromium's own line
    // for the 403, nothing else complains: no CORS error, the refusal was readable.
    expect(
      warnings.filter((w) => !w.startsWith('Failed to load resource: the server responded with a status of 403')),
    ).toEqual([fix]);

    const after = await getCampaign(svc, 'gaoping-lunch');
    expect(after.pendingAmount).toBe(before.pendingAmount);
  });
});
