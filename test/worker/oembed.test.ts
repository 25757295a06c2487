// /oembed (oEmbed 1.0, https://oembed.com): what a CMS or chat app asks to turn a pasted link of
// ours into an embed. A `rich` JSON answer whose html is the /embed iframe, never larger than the
// consumer's maxwidth × maxheight; 404 for URLs that are not ours or objects that do not exist;
// 501 for formats other than json; readable cross-origin.
import { describe, expect, it } from 'vitest';
import { call, expectProblem, makeCampaign } from './helpers';

const ORIGIN = 'http://gongyi.test';
const oembed = (url: string, extra = '') =>
  call(`/oembed?url=${encodeURIComponent(url)}${extra}`, { headers: { Origin: 'https://cms.example.com' } });

type OEmbed = {
  type: string;
  version: string;
  title: string;
  author_name: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
};

describe('GET /oembed', () => {
  it('a share page → rich oEmbed 1.0 with the project iframe, author, provider and cache age; CORS *', async () => {
    const res = await oembed(`${ORIGIN}/p/gaoping-lunch`, '&format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const o = await res.json<OEmbed>();
    expect(o).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: '高坪村教学点免费午餐',
      author_name: '湖南省民政厅',
      provider_name: 'Gongyi',
      provider_url: `${ORIGIN}/`,
      width: 600,
    });
    expect(o.cache_age).toBeGreaterThan(0);
    expect(o.height).toBeGreaterThan(0);
    expect(o.html).toBe(
      `<iframe src="${ORIGIN}/embed/project/gaoping-lunch" title="高坪村教学点免费午餐" width="600" height="${o.height}" loading="lazy" frameborder="0"></iframe>`,
    );
  });

  it.each([
    ['progress', 'gaoping-lunch', '让高坪村的孩子吃上热乎午餐', '湖南省民政厅'],
    ['lunch', 'gaoping', '高坪村教学点', '湖南省民政厅'],
    ['column', 'yiyang-mzj', '益阳市民政局 · 慈善专栏', '益阳市民政局'],
    ['wishes', 'taizhou-hailing', '泰州市海陵区 · 群众微心愿', '泰州市海陵区'],
    ['stats', 'fengxian-mzj', '凤县民政局 · 数据公示', '凤县民政局'],
  ])('an embed page /embed/%s/%s → its iframe', async (kind, id, title, author) => {
    const o = await (await oembed(`${ORIGIN}/embed/${kind}/${id}`)).json<OEmbed>();
    expect(o).toMatchObject({ type: 'rich', title, author_name: author });
    expect(o.html).toContain(`src="${ORIGIN}/embed/${kind}/${id}"`);
  });

  it('keeps the page language: title and iframe follow ?lang of the URL', async () => {
    const o = await (await oembed(`${ORIGIN}/embed/stats/fengxian-mzj?lang=en`)).json<OEmbed>();
    expect(o.title).toBe('凤县民政局 · Key figures');
    expect(o.html).toContain(`src="${ORIGIN}/embed/stats/fengxian-mzj?lang=en"`);
  });

  it('never exceeds maxwidth / maxheight, in the JSON and in the iframe', async () => {
    const o = await (
      await oembed(`${ORIGIN}/p/gaoping-lunch`, '&format=json&maxwidth=320&maxheight=240')
    ).json<OEmbed>();
    expect(o.width).toBe(320);
    expect(o.height).toBe(240);
    expect(o.html).toContain('width="320" height="240"');
    const roomy = await (
      await oembed(`${ORIGIN}/embed/stats/fengxian-mzj`, '&maxwidth=5000&maxheight=5000')
    ).json<OEmbed>();
    expect(roomy.width).toBeLessThanOrEqual(5000);
    expect(roomy.height).toBeLessThanOrEqual(5000);
    expect(roomy.width).toBe(600); // a default size, not stretched to the maximum
  });

  it('escapes the title inside the html', async () => {
    const { campaignId } = await makeCampaign();
    const o = await (await oembed(`${ORIGIN}/embed/progress/${campaignId}`)).json<OEmbed>();
    expect(o.title).toBe('测试募捐');
    expect(o.html).toMatch(/^<iframe src="[^"]+" title="测试募捐" /);
  });

  it('format=xml → 501 Not Implemented (the spec’s answer for an unsupported format)', async () => {
    const res = await oembed(`${ORIGIN}/p/gaoping-lunch`, '&format=xml');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    await expectProblem(res, 501, 'not_implemented');
  });

  it.each([
    ['another site', 'https://example.com/p/gaoping-lunch'],
    ['a page of ours that is not embeddable', `${ORIGIN}/api/v1/projects/gaoping-lunch`],
    ['an unknown kind', `${ORIGIN}/embed/nope/gaoping-lunch`],
    ['an unknown project', `${ORIGIN}/p/nope`],
    ['an unknown campaign', `${ORIGIN}/embed/progress/nope`],
    ['an unknown organisation', `${ORIGIN}/embed/stats/nope`],
    ['not a URL', 'gaoping-lunch'],
  ])('%s → 404', async (_, url) => {
    const res = await oembed(url);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    await expectProblem(res, 404, 'not_found');
  });

  it.each(['', '&maxwidth=0', '&maxwidth=wide'])('a bad query (%s) → 400 validation_failed', async (extra) => {
    const res = extra === '' ? await call('/oembed') : await oembed(`${ORIGIN}/p/gaoping-lunch`, extra);
    await expectProblem(res, 400, 'validation_failed');
  });
});
