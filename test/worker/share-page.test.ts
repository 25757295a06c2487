// /p/{projectId}: the page people share. Link previews read its title, description and Open Graph /
// Twitter tags; oEmbed consumers follow its discovery link; readers see the project with
// JavaScript off and the live element (with the pledge form) with it on. Not frameable.
import { describe, expect, it } from 'vitest';
import { adminOk, call, makeCampaign, pledge, uid } from './helpers';

type Head = {
  title: string;
  meta: Record<string, string>;
  links: { rel: string; type: string | null; href: string; title: string | null }[];
};

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
/** HTMLRewriter hands over attribute values and text as written; a crawler decodes the entities. */
const decode = (s: string) => s.replace(/&(quot|#39|lt|gt|amp);/g, (e) => ENTITIES[e]!);

/** Reads <title>, <meta name|property content> and <link> the way a link-preview crawler does. */
async function readHead(res: Response): Promise<Head> {
  const head: Head = { title: '', meta: {}, links: [] };
  const attr = (e: Element, name: string) => {
    const v = e.getAttribute(name);
    return v === null ? null : decode(v);
  };
  await new HTMLRewriter()
    .on('title', { text: (t) => void (head.title += decode(t.text)) })
    .on('meta', {
      element: (e) => {
        const key = attr(e, 'property') ?? attr(e, 'name');
        if (key) head.meta[key] = attr(e, 'content') ?? '';
      },
    })
    .on('link', {
      element: (e) =>
        void head.links.push({
          rel: attr(e, 'rel') ?? '',
          type: attr(e, 'type'),
          href: attr(e, 'href') ?? '',
          title: attr(e, 'title'),
        }),
    })
    .transform(res)
    .arrayBuffer();
  return head;
}

async function sharedProject() {
  const { orgId, projectId, campaignId } = await makeCampaign();
  await adminOk('PATCH', `/admin/projects/${projectId}`, {
    title: '社区助餐点 "银发食堂"',
    summary: '为 80 岁以上老人提供每天一顿热饭。',
    coverUrl: 'https://img.example.org/canteen.jpg',
  });
  return { orgId, projectId, campaignId };
}

describe('GET /p/{projectId}', () => {
  it('has the title, description, Open Graph and Twitter tags a link preview needs', async () => {
    const { projectId, orgId } = await sharedProject();
    const res = await call(`/p/${projectId}`);
    expect(res.status).toBe(200);
    const head = await readHead(res);
    const url = `http://gongyi.test/p/${projectId}`;
    expect(head.title).toBe(`社区助餐点 "银发食堂" · 测试机构 ${orgId}`);
    expect(head.meta).toMatchObject({
      description: '为 80 岁以上老人提供每天一顿热饭。',
      'og:type': 'website',
      'og:title': '社区助餐点 "银发食堂"',
      'og:description': '为 80 岁以上老人提供每天一顿热饭。',
      'og:url': url,
      'og:image': 'https://img.example.org/canteen.jpg',
      'twitter:card': 'summary_large_image',
    });
    expect(head.links).toContainEqual(expect.objectContaining({ rel: 'canonical', href: url }));
  });

  it('advertises oEmbed with a discovery link that answers for this page', async () => {
    const { projectId } = await sharedProject();
    const head = await readHead(await call(`/p/${projectId}`));
    const discovery = head.links.find((l) => l.rel === 'alternate' && l.type === 'application/json+oembed');
    expect(discovery).toBeDefined();
    const href = discovery!.href;
    expect(href).toBe(
      `http://gongyi.test/oembed?url=${encodeURIComponent(`http://gongyi.test/p/${projectId}`)}&format=json`,
    );
    expect(discovery!.title).toBe('社区助餐点 "银发食堂"');
    const oembed = await call(href.replace('http://gongyi.test', ''));
    expect(oembed.status).toBe(200);
    expect(await oembed.json()).toMatchObject({ type: 'rich', version: '1.0', title: '社区助餐点 "银发食堂"' });
  });

  it('without a cover, or with an SVG one (WeChat reads no SVG): the square PNG share card, and a summary card', async () => {
    const { projectId } = await makeCampaign();
    const card = {
      'og:image': 'http://gongyi.test/share-card.png',
      'og:image:type': 'image/png',
      'og:image:width': '600',
      'og:image:height': '600',
      'twitter:card': 'summary',
      'twitter:image': 'http://gongyi.test/share-card.png',
    };
    expect((await readHead(await call(`/p/${projectId}`))).meta).toMatchObject(card);
    await adminOk('PATCH', `/admin/projects/${projectId}`, { coverUrl: 'https://img.example.org/cover.SVG' });
    expect((await readHead(await call(`/p/${projectId}`))).meta).toMatchObject(card);
    // A raster cover (any name but .svg: image services often have none) is the image.
    await adminOk('PATCH', `/admin/projects/${projectId}`, { coverUrl: 'https://img.example.org/i/8f3a?w=1200' });
    const head = await readHead(await call(`/p/${projectId}`));
    expect(head.meta).toMatchObject({
      'og:image': 'https://img.example.org/i/8f3a?w=1200',
      'twitter:card': 'summary_large_image',
    });
    expect(head.meta['og:image:width']).toBeUndefined();
  });

  it('is a page of its own: the organisation’s masthead, what the page is, the story in full, the live progress card, readable without JavaScript', async () => {
    const { projectId, orgId, campaignId } = await sharedProject();
    const story = '第一段：老人们在社区食堂吃上了热饭。\n\n第二段：每份午餐 8 元，老人只付 3 元，其余由慈善资金补贴。';
    await adminOk('PATCH', `/admin/projects/${projectId}`, { body: story });
    await adminOk('PATCH', `/admin/orgs/${orgId}`, {
      brand: '幸福食堂·暖心助老',
      website: 'https://mzj.example.gov.cn/',
    });
    const text = await (await call(`/p/${projectId}?lang=en`)).text();
    // The masthead (outside <main>): whose page this is.
    expect(text).toMatch(
      new RegExp(
        `<header class="masthead">[\\s\\S]*<strong class="org-name">测试机构 ${orgId}</strong><span class="brand-line">幸福食堂·暖心助老</span>[\\s\\S]*</header><main>`,
      ),
    );
    // What it is, in one sentence, and who receives the money.
    expect(text).toContain(`<p class="about">A charity project published by 测试机构 ${orgId}.`);
    expect(text).toMatch(/<article class="story">[\s\S]*<p class="recipient">Recipient: 测试慈善总会/);
    // The story in full, each paragraph, not a two-line summary.
    expect(text).toContain('<h1>社区助餐点 &quot;银发食堂&quot;</h1>');
    expect(text).toContain('<p class="lede">第一段：老人们在社区食堂吃上了热饭。</p>');
    expect(text).toContain('<p>第二段：每份午餐 8 元，老人只付 3 元，其余由慈善资金补贴。</p>');
    expect(text).toContain('<img class="cover hero" src="https://img.example.org/canteen.jpg"');
    // The card: the live <gongyi-progress> with the server-rendered progress inside, upgraded by embed.js.
    expect(text).toMatch(
      new RegExp(
        `<gongyi-progress campaign="${campaignId}" lang="en" theme="light">[\\s\\S]*role="progressbar"[\\s\\S]*</gongyi-progress>`,
      ),
    );
    expect(text).toContain('<script type="module" src="/embed.js"></script>');
    // Without JavaScript the pledge form cannot work: the page says so (and links nowhere else).
    expect(text).toContain('Giving, sponsoring and claiming online need JavaScript.');
    expect(text).not.toContain('Open the page to give');
    // The footer: who published it, and their site.
    expect(text).toMatch(
      new RegExp(
        `<footer class="site-footer"><p>Published by 测试机构 ${orgId} · Made with Gongyi · <a href="https://mzj.example.gov.cn/" rel="noopener">mzj.example.gov.cn</a></p></footer>`,
      ),
    );
    expect(text.match(/<main[\s>]/g)).toHaveLength(1);
    // A full page, not a frame: embed.js must not post its height to a parent.
    expect(text).not.toContain('data-gongyi-frame');
  });

  it('the demo projects show their illustration, not a grey category box', async () => {
    for (const id of ['gaoping-lunch', 'guanheng-elder-centre']) {
      const text = await (await call(`/p/${id}`)).text();
      expect(text).toContain(`<img class="cover hero" src="/photos/${id}.svg"`);
      const img = await call(`/photos/${id}.svg`);
      // The picture is an asset of the built demo (dist/); the worker tests run without a build.
      if (img.status === 200) expect(img.headers.get('Content-Type')).toMatch(/svg/);
    }
  });

  it('is not frameable and keeps the strict CSP', async () => {
    const res = await call('/p/gaoping-lunch');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    const text = await res.text();
    expect(text).not.toMatch(/\sstyle=/i);
  });

  it.each(['/p/nope', `/p/${'x'.repeat(10)}-${Date.now()}`, '/p/gaoping-lunch/more'])(
    '%s → 404 HTML page',
    async (path) => {
      const res = await call(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      expect(await res.text()).toContain('<h1>没有找到</h1>');
    },
  );

  it('a project id of another kind (a campaign-only id, an org id) is not a project', async () => {
    const orgId = uid('org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '机构' });
    expect((await call(`/p/${orgId}`)).status).toBe(404);
  });
});

describe('/p/{projectId}: who receives the money and where it went', () => {
  async function spentProject() {
    const ids = await makeCampaign();
    const gift = await (
      await pledge(ids.campaignId, { amount: 50_000, name: '马才英', contact: '13800138000' })
    ).json<{ id: string }>();
    await adminOk('POST', `/admin/donations/${gift.id}/confirm`);
    await adminOk('POST', `/admin/campaigns/${ids.campaignId}/expenditures`, {
      date: '2026-11-03',
      amount: 12_000,
      purpose: '老人午餐食材',
      payee: '某某农贸市场',
      receiptUrl: 'https://img.example.org/r-2.jpg',
    });
    return ids;
  }

  it.each([
    [
      'zh-Hans',
      '募捐主体：测试慈善总会 · 备案编号：',
      ['已筹', '500元'],
      ['已支出', '120元'],
      ['结余', '380元'],
      '<h3>资金去向</h3>',
      '2026年11月3日',
    ],
    [
      'zh-Hant',
      '募捐主體：测试慈善总会 · 備案編號：',
      ['已籌', '500元'],
      ['已支出', '120元'],
      ['結餘', '380元'],
      '<h3>資金去向</h3>',
      '2026年11月3日',
    ],
    [
      'en',
      'Recipient: 测试慈善总会 · Filing no. ',
      ['Raised', '¥500'],
      ['Spent', '¥120'],
      ['Balance', '¥380'],
      '<h3>Where the money went</h3>',
      'Nov 3, 2026',
    ],
  ])(
    '%s: the recipient line and its filing link, raised / spent / balance, where the money went',
    async (lang, line, raised, spent, balance, heading, day) => {
      const { projectId } = await spentProject();
      const text = await (await call(`/p/${projectId}?lang=${lang}`)).text();
      expect(text).toContain(
        `<p class="recipient">${line}<a href="https://cszg.mca.gov.cn/" target="_blank" rel="noopener">53430000MJJ000000X26001</a></p>`,
      );
      expect(text).toContain(`<div><dt>${raised[0]}</dt><dd class="flow-raised">${raised[1]}</dd></div>`);
      expect(text).toContain(`<div><dt>${spent[0]}</dt><dd class="spent">${spent[1]}</dd></div>`);
      expect(text).toContain(`<div><dt>${balance[0]}</dt><dd class="balance">${balance[1]}</dd></div>`);
      expect(text).toContain(
        `${heading}<ul class="list spending"><li><div class="row"><span><time datetime="2026-11-03">${day}</time> 老人午餐食材</span>`,
      );
      expect(text).toContain('某某农贸市场');
      expect(text).not.toContain('马才英');
      expect(text).not.toContain('13800138000');
    },
  );

  it.each([
    ['zh-Hans', '本项目暂未开放捐赠', '在线捐赠'],
    ['en', 'Not accepting gifts yet', 'Giving, sponsoring'],
  ])(
    '%s: a campaign without a qualified recipient shows its progress and a note, no give form or its JavaScript hint',
    async (lang, note, hint) => {
      const { projectId, campaignId } = await makeCampaign();
      await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { recipientId: null });
      const text = await (await call(`/p/${projectId}?lang=${lang}`)).text();
      expect(text).toContain(`<p class="no-gifts">${note}</p>`);
      expect(text).toContain('role="progressbar"');
      expect(text).not.toContain('class="recipient"');
      expect(text).not.toContain(hint);
      expect(text).not.toMatch(/<form|<button|class="action"/);
    },
  );
});
