// Elder mode (适老化) to the national numbers, measured in Chromium on every widget, its form and
// its /embed page (elder=1): every visible text at least 24 px with line spacing at least 1.3,
// every control at least 60 × 60 px, contrast at least 4.5:1 (axe color-contrast), nothing moving,
// and the claim form in the page rather than a pop-up. Without JavaScript too (the page's own HTML).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLiveDemo } from './browser.js';
import { expectNoAxeViolations } from './console-helpers.js';
import { elderAudit, MIIT_ELDER } from './elder-audit.js';
import { settle } from './layout-check.js';

const live = useLiveDemo();

const kinds = [
  {
    kind: 'progress',
    id: 'gaoping-lunch',
    tag: 'gongyi-progress',
    ready: '[role="progressbar"]',
    open: 'give',
    form: 'gongyi-pledge',
  },
  {
    kind: 'project',
    id: 'guanheng-elder-centre',
    tag: 'gongyi-project',
    ready: '[part="title"]',
    open: 'give',
    form: 'gongyi-pledge',
  },
  {
    kind: 'lunch',
    id: 'gaoping',
    tag: 'gongyi-lunch',
    ready: '[part="funded-through"] time',
    open: 'sponsor',
    form: 'gongyi-lunch-sponsor',
  },
  {
    kind: 'wishes',
    id: 'taizhou-hailing',
    tag: 'gongyi-wishes',
    ready: '[part="wish"]',
    open: 'claim',
    form: 'gongyi-claim',
  },
  { kind: 'column', id: 'yiyang-mzj', tag: 'gongyi-column', ready: 'li[data-id]', open: '', form: '' },
  { kind: 'stats', id: 'yiyang-mzj', tag: 'gongyi-stats', ready: 'li[data-key]', open: '', form: '' },
];

/** axe's WCAG A/AA rules (colour contrast ≥ 4.5:1 among them); an /embed page is a fragment, so page-level best practices (one h1) do not apply. */
const WCAG = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } };

const audit = (page: Page) => page.evaluate(elderAudit, MIIT_ELDER);

describe('elder mode meets the MIIT elder-friendly numbers', () => {
  for (const k of kinds) {
    it(`<${k.tag}> and /embed/${k.kind}/${k.id}?elder=1${k.form ? `, with its form open` : ''}`, async () => {
      const { page } = live;
      await page.goto(`${live.server.url}/embed/${k.kind}/${k.id}?elder=1`);
      await page.waitForFunction(
        ([t, r]) => document.querySelector(t!)?.shadowRoot?.querySelector(r!),
        [k.tag, k.ready],
      );
      // A project's campaign card and a column's figures load after the card itself: audit the final card.
      await settle(page, 30_000);
      expect(await audit(page), `${k.kind}: live element`).toEqual([]);
      await expectNoAxeViolations(page, `${k.kind} elder`, WCAG);
      if (k.open) {
        await page.locator(`${k.tag} [part="${k.open}"]`).first().click();
        await page.waitForFunction(
          ([t, f]) => {
            const host = document.querySelector(t!)?.shadowRoot;
            const form =
              host?.querySelector(f!) ?? host?.querySelector('gongyi-progress')?.shadowRoot?.querySelector(f!);
            return form?.shadowRoot?.querySelector('form');
          },
          [k.tag, k.form],
        );
        await page.waitForTimeout(300);
        expect(await audit(page), `${k.kind}: form open`).toEqual([]);
        await expectNoAxeViolations(page, `${k.kind} elder form`, WCAG);
        // No pop-up in elder mode: nothing is in the top layer (a modal dialog would be).
        expect(
          await page.evaluate(
            () =>
              document.querySelectorAll(':modal').length +
              [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector(':modal')).length,
          ),
        ).toBe(0);
      }
    });
  }

  it('the /embed pages without JavaScript (their own HTML and CSS) meet the same numbers', async () => {
    const context = await live.browser.newContext({
      javaScriptEnabled: false,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    try {
      for (const k of kinds) {
        await page.goto(`${live.server.url}/embed/${k.kind}/${k.id}?elder=1`);
        expect(await audit(page), `${k.kind}: no-JS page`).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
