// End to end: the documentation site the worker serves at /docs/ (zh-Hans) and /docs/en/, built
// from custom-elements.json. Each element has its page in both languages listing the manifest's
// attributes (with defaults), parts, custom properties and events, the embed snippets (and the live
// image where there is one), and a live example that renders under the page's strict CSP; axe
// finds nothing; the index links every page, /api/docs and the manifest; the demo pages link the docs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESCRIPTIONS_ZH } from '../../scripts/docs-site.zh-Hans.mjs';
import { ROOT } from '../../scripts/lib.mjs';
import { EMBED_ELEMENTS, IMAGE_KINDS } from '../../worker/embedding/embed-code.js';
import { useLiveDemo } from './browser.js';
import { cspViolations, expectNoAxeViolations, recordCspViolations } from './console-helpers.js';

const live = useLiveDemo({ context: { reducedMotion: 'reduce' } });

type Named = { name: string; default?: string; description?: string };
type Decl = {
  tagName: string;
  attributes: Named[];
  cssParts: Named[];
  cssProperties: Named[];
  events: (Named & { type?: { text: string } })[];
};
const decls = (
  JSON.parse(readFileSync(join(ROOT, 'dist/custom-elements.json'), 'utf8')) as { modules: { declarations: Decl[] }[] }
).modules.flatMap((m) => m.declarations);
const IMAGE = IMAGE_KINDS.map((kind) => EMBED_ELEMENTS[kind].tag);
const LANGS = [
  { lang: 'zh-Hans', prefix: '/docs/', live: '实时示例' },
  { lang: 'en', prefix: '/docs/en/', live: 'Live example' },
];

/** The rows' first cells (names) of the table under the section with this id. */
const column = (page: import('playwright-core').Page, id: string) =>
  page.locator(`section[aria-labelledby="${id}"] tbody th`).allTextContents();

describe('/docs/', () => {
  it('every description in the manifest has its 简体中文 text (scripts/docs-site.zh-Hans.mjs), and no stale one is left', () => {
    const all = new Set(
      decls.flatMap((d) =>
        [...d.attributes, ...d.cssParts, ...d.cssProperties, ...d.events].map((n) => n.description!),
      ),
    );
    expect([...all].filter((s) => !DESCRIPTIONS_ZH[s])).toEqual([]);
    expect(Object.keys(DESCRIPTIONS_ZH).filter((s) => !all.has(s))).toEqual([]);
  });

  it('the manifest is served as JSON', async () => {
    const r = await fetch(live.server.url + '/custom-elements.json');
    expect(r.status).toBe(200);
    expect(((await r.json()) as { schemaVersion: string }).schemaVersion).toBe('1.0.0');
  });

  it('every demo page links to both languages of the docs', async () => {
    for (const f of ['index.html', 'embed-examples.html', 'fengxian.html', 'taizhou.html', 'yiyang.html']) {
      const html = await (await fetch(`${live.server.url}/${f}`)).text();
      expect(html, f).toContain('href="/docs/"');
      expect(html, f).toContain('href="/docs/en/"');
    }
  });

  it('/docs redirects to /docs/ and the CSP allows no inline script or style', async () => {
    const r = await fetch(live.server.url + '/docs/gongyi-progress');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    const bare = await fetch(live.server.url + '/docs', { redirect: 'manual' });
    expect([301, 307, 308]).toContain(bare.status);
    expect(new URL(bare.headers.get('location')!, live.server.url).pathname).toBe('/docs/');
  });

  for (const { lang, prefix } of LANGS) {
    it(`${prefix}: the index links each element's page, the API reference and the other language`, async () => {
      const { page } = live;
      const r = await page.goto(live.server.url + prefix);
      expect(r?.status()).toBe(200);
      expect(r?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const d of decls) expect(hrefs).toContain(prefix + d.tagName);
      expect(hrefs).toContain('/api/docs');
      expect(hrefs).toContain(lang === 'en' ? '/docs/' : '/docs/en/');
      await expectNoAxeViolations(page, prefix);
    });
  }

  for (const d of decls) {
    for (const { lang, prefix, live: liveHeading } of LANGS) {
      it(`${prefix}${d.tagName}: the manifest's tables, the snippets, a live example, axe clean`, async () => {
        const { page } = live;
        await recordCspViolations(page);
        const r = await page.goto(live.server.url + prefix + d.tagName);
        expect(r?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await expect(page.getByRole('heading', { name: liveHeading }).count()).resolves.toBe(1);

        expect((await column(page, 'attributes')).sort()).toEqual(d.attributes.map((a) => a.name).sort());
        expect((await column(page, 'parts')).sort()).toEqual(d.cssParts.map((a) => a.name).sort());
        expect((await column(page, 'css-properties')).sort()).toEqual(d.cssProperties.map((a) => a.name).sort());
        expect((await column(page, 'events')).sort()).toEqual(d.events.map((a) => a.name).sort());
        // Defaults are in the attribute table (the elder row says false).
        const elder = await page
          .locator('section[aria-labelledby="attributes"] tr', { hasText: 'elder' })
          .first()
          .textContent();
        expect(elder).toContain('false');

        const snippets = Object.fromEntries(
          await page
            .locator('[data-snippet]')
            .evaluateAll((fs) => fs.map((f) => [f.getAttribute('data-snippet'), f.querySelector('code')!.textContent])),
        ) as Record<string, string>;
        expect(snippets.script).toContain('/embed.js"></script>');
        expect(snippets.script).toContain(`<${d.tagName} `);
        expect(snippets.iframe).toMatch(/<iframe src="[^"]+\/embed\/[a-z]+\/[a-z-]+/);
        expect(snippets.link).toMatch(/^https:\/\/\S+\/(p|embed)\//);
        if (IMAGE.includes(d.tagName)) expect(snippets.image).toMatch(/<img src="[^"]+\/img\/[a-z]+\/[a-z-]+\.svg/);
        else expect(snippets.image).toBeUndefined();
        if (lang === 'en') expect(snippets.iframe).toContain('lang=en');
        expect(snippets.npm).toContain('npm install @gongyi/widgets');
        expect(snippets.npm).toContain(`import '@gongyi/widgets/${d.tagName}.js';`);
        // The events table gives each event's detail type, as the manifest (and the package's typings) do.
        const types = await page
          .locator('table.events tbody tr')
          .evaluateAll((rs) => rs.map((r) => [r.querySelector('th')!.textContent, r.querySelector('td')!.textContent]));
        expect(Object.fromEntries(types)).toEqual(Object.fromEntries(d.events.map((e) => [e.name, e.type!.text])));
        // Descriptions in the page's language: the JSDoc's English on /docs/en/, its translation on /docs/.
        const said = await page.locator('section[aria-labelledby="parts"] tbody tr td:last-child').allTextContents();
        expect(said).toEqual(d.cssParts.map((p) => (lang === 'en' ? p.description! : DESCRIPTIONS_ZH[p.description!])));

        // The live example: the element itself on the demo data, loaded by /embed.js under the CSP.
        const el = page.locator(`.live > ${d.tagName}`);
        await expect
          .poll(() => el.evaluate((e) => (e as HTMLElement & { _state?: string })._state), { timeout: 15_000 })
          .toBe('ready');
        expect(
          await el.evaluate(
            (e) => !!e.shadowRoot?.querySelector('[part~="title"], [part~="figures"], [part~="header"]'),
          ),
        ).toBe(true);
        expect(await el.evaluate((e) => !!e.shadowRoot?.querySelector('[part="error"]'))).toBe(false);
        expect(await cspViolations(page)).toEqual([]);
        await expectNoAxeViolations(page, prefix + d.tagName);
      });
    }
  }
});
