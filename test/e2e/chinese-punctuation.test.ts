// End to end: Chinese copy uses full-width punctuation (，：；！？（）), as a reader of Chinese expects.
// Every page the service serves in 简体中文, with its widgets upgraded, is read in Chromium as the
// reader sees it (the document and every open shadow root; code samples excepted) and searched for
// a half-width , : ; ! ? ( ) touching a Chinese character.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLiveDemo } from './browser.js';
import { okJson, publicPost } from './api.js';
import { settle } from './layout-check.js';

const live = useLiveDemo({ context: { reducedMotion: 'reduce' } });

const HAN = '[\\u3400-\\u9fff“”]';
/** A half-width mark with a Chinese character (or Chinese quote) right before or after it. */
const HALF_WIDTH = new RegExp(`${HAN}[,:;!?()]|[,:;!?(]${HAN}|\\)${HAN}`, 'g');

/** The visible text of the page, shadow roots included, without code samples, hidden or screen-reader-only text. */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const skip = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEMPLATE', 'NOSCRIPT']);
    const walk = (root: Node) => {
      for (const n of root.childNodes) {
        if (n.nodeType === Node.TEXT_NODE) {
          const el = n.parentElement;
          const r = el?.getBoundingClientRect();
          if (el && r && r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden')
            out.push(n.textContent ?? '');
        } else if (n instanceof Element && !skip.has(n.tagName)) {
          walk(n);
          if (n.shadowRoot) walk(n.shadowRoot);
        }
      }
    };
    walk(document.body);
    out.push(document.title);
    return out.join('\n');
  });

describe('half-width punctuation in Chinese copy', () => {
  it('none on the service’s pages: docs, API docs, share, embed, donor, examples and demo pages', async () => {
    const { donorUrl } = await okJson<{ donorUrl: string }>(
      publicPost(live.server, '/campaigns/gaoping-lunch/donations', { amount: 2000 }),
      201,
    );
    const pages = [
      '/',
      '/embed-examples.html',
      '/yiyang.html',
      '/fengxian.html',
      '/taizhou.html',
      '/docs/',
      ...['project', 'progress', 'lunch', 'column', 'wishes', 'stats'].map((k) => `/docs/gongyi-${k}.html`),
      '/p/gaoping-lunch',
      '/p/guanheng-elder-centre',
      '/embed/progress/gaoping-lunch',
      '/embed/lunch/gaoping',
      '/embed/wishes/taizhou-hailing',
      '/embed/stats/fengxian-mzj',
      '/disclosure/hunan-mzt/2026-Q4',
      new URL(donorUrl).pathname,
    ];
    const found: string[] = [];
    for (const path of pages) {
      await live.page.goto(live.server.url + path);
      await settle(live.page); // fonts loaded, the widgets' data in (no aria-busy left)
      const text = await visibleText(live.page);
      for (const m of text.matchAll(HALF_WIDTH))
        found.push(`${path}: …${text.slice(Math.max(0, m.index - 12), m.index + 12).replace(/\n/g, ' ')}…`);
    }
    expect(found).toEqual([]);
  });
});
