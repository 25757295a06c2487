// Mainland China: with ICP_NUMBER set, the filing number shows (linked to the MIIT filing site) in
// the footer of the service's own pages, and nowhere inside a widget: not in an element's shadow
// root, not in an /embed frame. Under each page's CSP, without errors.
import { describe, expect, it } from 'vitest';
import { startLocalServer } from '../../scripts/local-server.mjs';
import { useLiveDemo } from './browser.js';

const ICP = '湘ICP备00000000号';
const live = useLiveDemo({ server: () => startLocalServer({ vars: { ICP_NUMBER: ICP } }) });

async function footer() {
  const link = live.page.locator('footer.gongyi-icp a');
  await link.waitFor({ state: 'attached' });
  return { text: await link.innerText(), href: await link.getAttribute('href'), visible: await link.isVisible() };
}

/** Every gongyi-* element's shadow root, and the text of every frame on the page. */
async function widgetTexts(): Promise<string[]> {
  const shadows = await live.page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          out.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return out;
  });
  const frames = await Promise.all(
    live.page
      .frames()
      .filter((f) => f !== live.page.mainFrame())
      .map((f) => f.content()),
  );
  return [...shadows, ...frames];
}

describe('ICP filing number (ICP_NUMBER)', () => {
  it('/p/gaoping-lunch shows it in the footer, linked to the MIIT filing site', async () => {
    await live.page.goto(live.server.url + '/p/gaoping-lunch');
    expect(await footer()).toEqual({ text: ICP, href: 'https://beian.miit.gov.cn/', visible: true });
    await live.page.locator('gongyi-progress [part="raised"]').first().waitFor({ state: 'visible' }); // the share page's live card
    const inside = await widgetTexts();
    expect(inside.length).toBeGreaterThan(0);
    for (const t of inside) expect(t).not.toContain(ICP);
    expect(live.errors).toEqual([]);
  });

  it('the demo article and /docs/ show it below the page; no widget or embed frame on the demo pages does', async () => {
    for (const path of ['/', '/embed-examples', '/docs/']) {
      await live.page.goto(live.server.url + path);
      expect((await footer()).text, path).toBe(ICP);
      // The footer is the page's own, after everything else.
      expect(
        await live.page.evaluate(() => document.body.lastElementChild?.matches('footer.gongyi-icp') ?? false),
      ).toBe(true);
    }
    await live.page.goto(live.server.url + '/');
    await live.page.locator('#gaoping gongyi-progress [part="raised"]').waitFor({ state: 'visible' });
    for (const t of await widgetTexts()) expect(t).not.toContain(ICP);
    // (/docs/ pages name no icon, so Chromium asks for /favicon.ico: not this test's business.)
    const errors = live.errors.filter((e) => !e.includes('/favicon.ico'));
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('the /embed frames and the disclosure and donor pages: none in a frame, there on the printable report', async () => {
    for (const kind of [
      'progress/gaoping-lunch',
      'project/gaoping-lunch',
      'lunch/gaoping',
      'wishes/taizhou-hailing',
      'stats/fengxian-mzj',
    ]) {
      const html = await (await fetch(`${live.server.url}/embed/${kind}`)).text();
      expect(html, kind).not.toContain(ICP);
    }
    const report = await (await fetch(`${live.server.url}/disclosure/hunan-mzt/2026`)).text();
    expect(report).toContain(ICP);
    expect(report).toContain('https://beian.miit.gov.cn/');
  });
});
