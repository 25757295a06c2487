// The live image /img/{kind}/{id}.svg, for places where no script or iframe runs: valid XML, no
// script or event attribute, the same figures as the API, a QR code that a QR reader (jsQR)
// decodes to the share page, cached like the other reads, and offered as the fourth snippet.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { adminOk, BASE, call, makeCampaign, pledge } from './helpers';

const svg = async (path: string) => {
  const res = await call(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
  return { text: await res.text(), res };
};

/** Every text of the image, in order. */
function texts(doc: string): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      for (const [k, v] of Object.entries(n)) {
        if (k === '#text') out.push(String(v));
        else walk(v);
      }
    }
  };
  walk(new XMLParser({ preserveOrder: true, ignoreAttributes: true }).parse(doc));
  return out;
}

/**
 * Decodes the image's QR code with jsQR: the QR path is rasterised here (even-odd fill of its
 * polygons, sampled at each module's centre), independently of the encoder that drew it.
 */
function decodeQr(doc: string): string | null {
  const d = /fill-rule="evenodd" d="([^"]+)"/.exec(doc)?.[1];
  if (!d) return null;
  const polys = d
    .split('Z')
    .filter(Boolean)
    .map((p) =>
      [...p.matchAll(/([ML])(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[2]), Number(m[3])] as const),
    );
  const size = Math.max(...polys.flat().map(([x, y]) => Math.max(x, y)));
  const dark = (x: number, y: number) => {
    let inside = false;
    for (const poly of polys) {
      for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
        const [xi, yi] = poly[i]!;
        const [xj, yj] = poly[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  };
  const px = 6;
  const quiet = 4;
  const n = (size + 2 * quiet) * px;
  const rgba = new Uint8ClampedArray(n * n * 4).fill(255);
  for (let my = 0; my < size; my++) {
    for (let mx = 0; mx < size; mx++) {
      if (!dark(mx + 0.5, my + 0.5)) continue;
      for (let dy = 0; dy < px; dy++) {
        for (let dx = 0; dx < px; dx++) {
          const i = (((my + quiet) * px + dy) * n + (mx + quiet) * px + dx) * 4;
          rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
        }
      }
    }
  }
  return jsQR(rgba, n, n)?.data ?? null;
}

const safe = (doc: string) => {
  expect(XMLValidator.validate(doc)).toBe(true);
  expect(doc).not.toMatch(/<script|<foreignObject|\son[a-z]+\s*=|javascript:|xlink:href|<image|<style|@import/i);
};

describe('the live image', () => {
  it('progress: valid XML, nothing that runs, the API’s figures, a QR code of the share page', async () => {
    const { campaignId, projectId } = await makeCampaign({ goalAmount: 260_000 });
    for (const amount of [8800, 2000]) {
      const { id } = await (await pledge(campaignId, { amount, name: '陈伟' })).json<{ id: string }>();
      await adminOk('POST', `/admin/donations/${id}/confirm`);
    }
    const api = await (await call(`/api/v1/campaigns/${campaignId}`)).json<any>();
    expect(api.raisedAmount).toBe(10_800);
    const { text, res } = await svg(`/img/progress/${campaignId}.svg`);
    safe(text);
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const words = texts(text).join(' | ');
    expect(words).toContain('测试募捐');
    expect(words).toContain('已筹 108元');
    expect(words).toContain('目标 2600元');
    expect(words).toContain('4.2%');
    expect(words).toContain('2 人次捐赠');
    expect(words).not.toContain('陈伟'); // no personal data on an image
    expect(decodeQr(text)).toBe(`${BASE}/p/${projectId}`);
    // English, dark, narrower: the figures in English and the QR code with the language.
    const en = (await svg(`/img/progress/${campaignId}.svg?lang=en&theme=dark&width=360`)).text;
    safe(en);
    expect(en).toMatch(/width="360"/);
    expect(texts(en).join(' | ')).toContain('raised');
    expect(decodeQr(en)).toBe(`${BASE}/p/${projectId}?lang=en`);
  });

  it('is cached like the reads and shows a new gift at once after its confirmation', async () => {
    const { campaignId } = await makeCampaign();
    const path = `/img/progress/${campaignId}.svg`;
    expect(texts((await svg(path)).text).join(' ')).toContain('已筹 0元');
    const second = await call(path);
    expect(second.headers.get('Cache-Control')).toMatch(/max-age/);
    const { id } = await (await pledge(campaignId, { amount: 5000 })).json<{ id: string }>();
    await adminOk('POST', `/admin/donations/${id}/confirm`);
    expect(texts((await svg(path)).text).join(' ')).toContain('已筹 50元');
  });

  it('lunch and stats: the funded-through date and the organisation’s figures, each with its QR code', async () => {
    const school = await (await call('/api/v1/lunch/gaoping')).json<any>();
    const lunch = (await svg('/img/lunch/gaoping.svg')).text;
    safe(lunch);
    const words = texts(lunch).join(' | ');
    expect(words).toContain(school.name);
    expect(words).toContain(`已资助 ${school.mealsFunded.toLocaleString('zh-CN')} 餐`);
    expect(words).toMatch(/已资助至 \d{4}年\d{1,2}月\d{1,2}日/);
    expect(decodeQr(lunch)).toBe(`${BASE}/p/gaoping-lunch`);

    const stats = (await svg('/img/stats/fengxian-mzj.svg')).text;
    safe(stats);
    const figures = (await (await call('/api/v1/orgs/fengxian-mzj/stats')).json<any>()).items;
    expect(texts(stats).join(' | ')).toContain(figures[0].label);
    expect(decodeQr(stats)).toBe(`${BASE}/embed/stats/fengxian-mzj`);
  });

  it('unknown objects and kinds are 404; staff text is escaped, never markup', async () => {
    expect((await call('/img/progress/nope.svg')).status).toBe(404);
    expect((await call('/img/wishes/taizhou-hailing.svg')).status).toBe(404);
    expect((await call('/img/progress/gaoping-lunch.png')).status).toBe(404);
    const { campaignId } = await makeCampaign();
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { title: '<script>alert(1)</script> & "午餐" \u0007' });
    const { text } = await svg(`/img/progress/${campaignId}.svg`);
    safe(text);
    expect(texts(text).join(' ')).toContain('<script>alert(1)</script> & "午餐"');
  });

  it('is the fourth embed snippet: a link to the share page around the image, its alt the figures', async () => {
    const code = await adminOk('GET', '/admin/embed-code?kind=progress&id=gaoping-lunch');
    expect(code.image).toMatch(
      new RegExp(
        `^<a href="${BASE}/p/gaoping-lunch"><img src="${BASE}/img/progress/gaoping-lunch\\.svg" alt="让高坪村的孩子吃上热乎午餐：已筹 [^"]+，目标 [^"]+" width="600"></a>$`,
      ),
    );
    const lunch = (await adminOk('GET', '/admin/embed-code?kind=lunch&id=gaoping')).image;
    expect(lunch).toContain(`<a href="${BASE}/p/gaoping-lunch"><img src="${BASE}/img/lunch/gaoping.svg"`); // where its QR code leads
    expect((await adminOk('GET', '/admin/embed-code?kind=wishes&id=taizhou-hailing')).image).toBeUndefined();
  });
});
