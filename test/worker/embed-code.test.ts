// GET /admin/embed-code?kind&id: the snippets staff copy into a CMS — script + element (live),
// iframe (for CMSs that strip scripts) and link (for editors who can only paste a URL). Each must
// work as pasted: the right element and attribute, the right /embed page, no inline style for the
// host's CSP to block, and the share page as the link of projects and campaigns. Admin-only, scoped.
import { describe, expect, it } from 'vitest';
import { adminCall, adminOk, call, expectProblem, makeCampaign } from './helpers';

const ORIGIN = 'http://gongyi.test';
type Code = {
  kind: string;
  id: string;
  title: string;
  script: string;
  iframe: string;
  link: string;
  previewUrl: string;
};

const get = (q: string, token?: string | null) => adminCall('GET', `/admin/embed-code?${q}`, undefined, token);

describe('GET /admin/embed-code', () => {
  it('progress: script + <gongyi-progress campaign>, an iframe of its embed page, the share page as link', async () => {
    const code = await adminOk<Code>('GET', '/admin/embed-code?kind=progress&id=gaoping-lunch');
    expect(code).toEqual({
      kind: 'progress',
      id: 'gaoping-lunch',
      title: '让高坪村的孩子吃上热乎午餐',
      script: `<script type="module" src="${ORIGIN}/embed.js"></script>\n<gongyi-progress campaign="gaoping-lunch"></gongyi-progress>`,
      iframe: expect.stringMatching(
        new RegExp(
          `^<iframe src="${ORIGIN}/embed/progress/gaoping-lunch" title="让高坪村的孩子吃上热乎午餐" width="100%" height="\\d+" loading="lazy" frameborder="0"></iframe>$`,
        ),
      ),
      link: `${ORIGIN}/p/gaoping-lunch`,
      previewUrl: `${ORIGIN}/embed/progress/gaoping-lunch`,
      image: expect.stringContaining(`<img src="${ORIGIN}/img/progress/gaoping-lunch.svg"`),
    });
  });

  it.each([
    ['project', 'gaoping-lunch', 'gongyi-project project="gaoping-lunch"', `${ORIGIN}/p/gaoping-lunch`],
    ['lunch', 'gaoping', 'gongyi-lunch school="gaoping"', `${ORIGIN}/embed/lunch/gaoping`],
    ['column', 'yiyang-mzj', 'gongyi-column org="yiyang-mzj"', `${ORIGIN}/embed/column/yiyang-mzj`],
    ['wishes', 'taizhou-hailing', 'gongyi-wishes org="taizhou-hailing"', `${ORIGIN}/embed/wishes/taizhou-hailing`],
    ['stats', 'fengxian-mzj', 'gongyi-stats org="fengxian-mzj"', `${ORIGIN}/embed/stats/fengxian-mzj`],
  ])('%s %s: element, iframe and link', async (kind, id, element, link) => {
    const code = await adminOk<Code>('GET', `/admin/embed-code?kind=${kind}&id=${id}`);
    expect(code.script).toContain(`<${element}></`);
    expect(code.iframe).toContain(`src="${ORIGIN}/embed/${kind}/${id}"`);
    expect(code.link).toBe(link);
    expect(code.previewUrl).toBe(`${ORIGIN}/embed/${kind}/${id}`);
  });

  it('the iframe has an accessible title and no style attribute (host CSPs block inline styles)', async () => {
    const code = await adminOk<Code>('GET', '/admin/embed-code?kind=stats&id=fengxian-mzj');
    expect(code.iframe).toContain('title="凤县民政局 · 数据公示"');
    expect(code.iframe).not.toMatch(/style=/);
    expect(code.script).not.toMatch(/style=/);
  });

  it('lang fixes the language in every snippet', async () => {
    const code = await adminOk<Code>('GET', '/admin/embed-code?kind=stats&id=fengxian-mzj&lang=en');
    expect(code.title).toBe('凤县民政局 · Key figures');
    expect(code.script).toContain('<gongyi-stats org="fengxian-mzj" lang="en"></gongyi-stats>');
    expect(code.iframe).toContain(`src="${ORIGIN}/embed/stats/fengxian-mzj?lang=en"`);
    expect(code.link).toBe(`${ORIGIN}/embed/stats/fengxian-mzj?lang=en`);
  });

  it('titles are escaped inside the snippets', async () => {
    const { projectId } = await makeCampaign();
    await adminOk('PATCH', `/admin/projects/${projectId}`, { title: '"引号" & <标签>' });
    const code = await adminOk<Code>('GET', `/admin/embed-code?kind=project&id=${projectId}`);
    expect(code.title).toBe('"引号" & <标签>');
    expect(code.iframe).toContain('title="&quot;引号&quot; &amp; &lt;标签&gt;"');
  });

  it('the iframe page it points to exists and is frameable', async () => {
    const { campaignId } = await makeCampaign();
    const code = await adminOk<Code>('GET', `/admin/embed-code?kind=progress&id=${campaignId}`);
    const src = /src="([^"]+)"/.exec(code.iframe)![1]!;
    const res = await call(src.replace(ORIGIN, ''));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
  });

  it('a bad or missing kind → 400 validation_failed', async () => {
    await expectProblem(await get('kind=banner&id=gaoping-lunch'), 400, 'validation_failed');
    await expectProblem(await get('id=gaoping-lunch'), 400, 'validation_failed');
    await expectProblem(await get('kind=project'), 400, 'validation_failed');
  });

  it.each(['project', 'progress', 'lunch', 'column', 'wishes', 'stats'])('unknown %s → 404 not_found', async (kind) => {
    await expectProblem(await get(`kind=${kind}&id=nope`), 404, 'not_found');
  });

  it('no token → 401; a wrong token → 401', async () => {
    await expectProblem(await get('kind=progress&id=gaoping-lunch', null), 401, 'unauthorized');
    await expectProblem(await get('kind=progress&id=gaoping-lunch', 'wrong'), 401, 'unauthorized');
  });

  it("an organisation token: its own objects yes, another organisation's → 403", async () => {
    const { orgId, campaignId, projectId } = await makeCampaign();
    const { token } = await adminOk<{ token: string }>('POST', '/admin/tokens', { orgId });
    expect((await get(`kind=progress&id=${campaignId}`, token)).status).toBe(200);
    expect((await get(`kind=project&id=${projectId}`, token)).status).toBe(200);
    expect((await get(`kind=column&id=${orgId}`, token)).status).toBe(200);
    for (const q of [
      'kind=progress&id=gaoping-lunch',
      'kind=project&id=gaoping-lunch',
      'kind=lunch&id=gaoping',
      'kind=stats&id=fengxian-mzj',
    ]) {
      await expectProblem(await get(q, token), 403, 'forbidden');
    }
  });
});
