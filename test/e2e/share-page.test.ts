// End to end: the share page /p/{projectId} is the page a WeChat reader lands on. In Chromium with
// real CJK glyphs, on a phone (390 px) and a desktop (1280 px): whose page it is and what it is, the
// demo's picture instead of a grey box, the story in full (nothing clamped), the live progress card
// with its pledge button and the recipient line, no heading leaving one character alone on a line,
// nothing wider than the screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLiveDemo } from './browser.js';

const live = useLiveDemo({ context: { reducedMotion: 'reduce' } });

/** Characters per rendered line of an element's text (one Range per character, grouped by line top). */
const charsPerLine = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (!text[i]!.trim()) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const top = Math.round(r.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
    }
    return [...lines.values()];
  });

describe.each([390, 1280])('/p/{project} at %i px', (width) => {
  it.each([
    ['gaoping-lunch', '高坪村教学点免费午餐', '地处武陵山腹地的高坪村'],
    ['guanheng-elder-centre', '官亨村“友邻互助”居家养老服务中心', '今年5月，省民政厅机关党员'],
  ])('%s: masthead, what it is, the picture, the story in full, the live card', async (id, title, storyStart) => {
    const page = live.page;
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${live.server.url}/p/${id}`);
    await page.evaluate(() => document.fonts.ready);

    expect(await page.locator('header.masthead .org-name').innerText()).toBe('湖南省民政厅');
    expect(await page.locator('h1').innerText()).toBe(title);
    expect(await page.locator('.about').innerText()).toBe(
      '这是湖南省民政厅发布的公益项目。项目进展、募捐进度和善款去向都在本页公开，数字实时更新。',
    );
    expect(await page.locator('.story .recipient').innerText()).toContain('募捐主体：湖南省慈善总会');

    // The demo's picture, loaded; not a grey category box.
    const cover = page.locator('img.hero');
    await expect
      .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 })
      .toBeGreaterThan(0);

    // The story in full: every word of the body is on the page, and no box cuts it.
    const project = (await (await fetch(`${live.server.url}/api/v1/projects/${id}`)).json()) as {
      body: string;
      campaignId: string;
    };
    const body = project.body;
    const story = page.locator('.story p.lede');
    expect(await story.innerText()).toBe(body.trim());
    expect(body.startsWith(storyStart)).toBe(true);
    expect(
      await story.evaluate(
        (p) => p.scrollHeight <= p.clientHeight + 1 && getComputedStyle(p).webkitLineClamp === 'none',
      ),
    ).toBe(true);

    // The live card took over (its shadow root), with its recipient line and the give button.
    // The project's current campaign (on a shared server another file may have opened a newer one).
    const card = page.locator(`gongyi-progress[campaign="${project.campaignId}"]`);
    await card.locator('[part="bar"]').waitFor(); // the shadow root's (the server's copy has no parts)
    expect(await card.locator('[part="recipient"]').innerText()).toContain('湖南省慈善总会');
    expect(await card.locator('[part="give"]').isVisible()).toBe(true);

    // No heading leaves one character alone on a line.
    for (const h of ['h1', '#give-h', '#updates-h']) {
      const lines = await charsPerLine(page, h);
      expect(
        lines.every((n) => n > 1),
        `${h} at ${width}px: ${JSON.stringify(lines)}`,
      ).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(live.errors).toEqual([]);
  });
});
