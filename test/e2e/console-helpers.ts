// Helpers for the staff-console e2e files: CSP-violation recording, axe-core in the page, sign-in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Records `securitypolicyviolation` events from the first script on; read them with cspViolations(). */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/**
 * Runs axe-core over the whole page (it walks open shadow roots) and fails on any violation.
 * The source goes in through the DevTools protocol (page.evaluate), not a <script>, which the
 * console's strict CSP would rightly refuse.
 */
export async function expectNoAxeViolations(page: Page, what: string, options: object = {}): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (extra) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: Document,
            o: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'], ...extra });
    return r.violations.map((v) => `${v.id}: ${v.help} @ ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, options);
  expect(violations, `axe on ${what}`).toEqual([]);
}

/** The console shell element (its shadow root is open: CSS and role locators pierce it). */
/** Every view of the console's navigation, by its route key (/admin#/{key}): the walks over all of them. */
export const CONSOLE_VIEWS = [
  'projects',
  'campaigns',
  'spending',
  'recipients',
  'pledges',
  'matching',
  'monthly',
  'lunch',
  'wishes',
  'figures',
  'audit',
  'sites',
  'tokens',
  'embed',
];

export const shell = (page: Page): Locator => page.locator('gongyi-admin');

/** Opens /admin and signs in with the keyboard: type the token, press Enter. */
export async function signIn(page: Page, base: string, token: string): Promise<void> {
  await page.goto(base + '/admin');
  const input = shell(page).getByLabel(/访问令牌|Access token/);
  await input.fill(token);
  await input.press('Enter');
  await shell(page).locator('nav').waitFor({ state: 'visible' });
}

/** Super-admin: choose the organisation in the header switcher. */
export async function pickOrg(page: Page, orgId: string): Promise<void> {
  await shell(page).locator('header select[name="org"]').selectOption(orgId);
}

/**
 * Console and page errors other than the HTTP failures a test provoked on purpose (Chromium logs
 * every non-2xx response of fetch() as a console error, e.g. the 400 of a rejected form).
 */
export function unexpectedErrors(errors: string[], provoked: RegExp[]): string[] {
  return errors.filter((e) => !provoked.some((re) => re.test(e)));
}

/**
 * What a member of staff would see wrong in the console's tables on this screen, measured in the
 * page (open shadow roots included): the page scrolling sideways; a text of three or more
 * characters stood one character a line (a squeezed CJK column); a button whose label wraps; in the
 * card layout (a phone), a cell without its column's label. Empty: nothing.
 */
export function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw + 1)
      out.push(`page ${document.documentElement.scrollWidth} px wide in a ${vw} px window`);
    const lineTops = (n: Node) => {
      const r = document.createRange();
      r.selectNodeContents(n);
      return new Set([...r.getClientRects()].filter((x) => x.width > 0 && x.height > 0).map((x) => Math.round(x.top)));
    };
    const visible = (el: Element) =>
      (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (!visible(el)) continue;
        for (const n of el.childNodes) {
          const text = n.nodeType === Node.TEXT_NODE ? n.textContent!.replace(/\s/g, '') : '';
          if (text.length < 3) continue;
          const lines = lineTops(n).size;
          if (lines >= 3 && text.length / lines < 1.6)
            out.push(`${el.localName}: "${text.slice(0, 20)}" stands ${text.length} characters in ${lines} lines`);
        }
        if (el.localName === 'button' && el.textContent!.trim() && lineTops(el).size > 1)
          out.push(`button "${el.textContent!.trim()}" wraps`);
        // A cell of buttons says what it does itself.
        if (
          el.localName === 'td' &&
          getComputedStyle(el).display === 'block' &&
          !el.querySelector('.actions, confirm-button, button, form')
        ) {
          const label = getComputedStyle(el, '::before').content;
          if (!label || label === 'none' || label === 'normal' || label === '""')
            out.push(`card cell "${el.textContent!.trim().slice(0, 20)}" has no label`);
        }
      }
    };
    walk(document);
    return out;
  });
}
