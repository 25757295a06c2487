// Public reads: shapes the widgets rely on, 404 problems (sub-resources too), CORS *, ETag/304,
// Cache-Control, filters and keyset paging, and fall-through of non-API paths to static assets.
import { describe, expect, it } from 'vitest';
import { adminOk, call, expectProblem, uid } from './helpers';

const get = (path: string, headers: Record<string, string> = {}) => call(path, { headers });

describe('GET /orgs/{org}', () => {
  it('answers the organisation (names are never masked)', async () => {
    const res = await get('/api/v1/orgs/yiyang-mzj');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: 'yiyang-mzj',
      name: '益阳市民政局',
      region: '湖南省益阳市',
      brand: '益行益善·益老益小',
      logoUrl: null,
      website: null,
    });
  });

  it.each([
    '/api/v1/orgs/nope',
    '/api/v1/orgs/nope/projects',
    '/api/v1/projects/nope',
    '/api/v1/campaigns/nope',
    '/api/v1/no-such-route',
    '/api/v1/admin-typo',
  ])('%s → 404 not_found problem', async (path) => {
    const res = await get(path);
    const p = await expectProblem(res, 404, 'not_found');
    expect(p.type).toBe('/api/docs#problem-not_found');
  });
});

describe('caching and CORS of public reads', () => {
  it.each([
    '/api/v1/orgs/hunan-mzt',
    '/api/v1/orgs/hunan-mzt/projects',
    '/api/v1/projects/gaoping-lunch',
    '/api/v1/campaigns/gaoping-lunch',
  ])('%s: ACAO *, ETag, Cache-Control, 304 on If-None-Match', async (path) => {
    const first = await get(path, { Origin: 'https://any-news-site.example' });
    expect(first.status).toBe(200);
    expect(first.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(first.headers.get('Cache-Control')).toMatch(/public, max-age=\d+/);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await get(path, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await again.text()).toBe('');
    const weak = await get(path, { 'If-None-Match': `"other", W/${etag}` });
    expect(weak.status).toBe(304);
    const stale = await get(path, { 'If-None-Match': '"stale"' });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('ETag')).toBe(etag);
  });

  it('the ETag changes when the data changes', async () => {
    const orgId = uid('etag');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '旧名' });
    const before = (await get(`/api/v1/orgs/${orgId}`)).headers.get('ETag');
    await adminOk('PATCH', `/admin/orgs/${orgId}`, { name: '新名' });
    const after = await get(`/api/v1/orgs/${orgId}`, { 'If-None-Match': before! });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(before);
  });

  it('answers CORS preflights and keeps CORS on 404 problems, which are not cached', async () => {
    const pre = await call('/api/v1/campaigns/gaoping-lunch', {
      method: 'OPTIONS',
      headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const missing = await get('/api/v1/campaigns/nope');
    expect(missing.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(missing.headers.get('Cache-Control')).toBe('no-store');
  });

  it('HEAD answers headers only', async () => {
    const res = await call('/api/v1/orgs/hunan-mzt', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeTruthy();
  });
});

describe('GET /projects/{id}', () => {
  it('has the widget shape with ordered updates, links and campaignId', async () => {
    const res = await get('/api/v1/projects/guanheng-elder-centre');
    const p = await res.json<any>();
    expect(Object.keys(p).sort()).toEqual(
      [
        'beneficiaries',
        'body',
        'campaignId',
        'category',
        'coverUrl',
        'id',
        'links',
        'location',
        'orgId',
        'orgName',
        'status',
        'summary',
        'title',
        'updates',
      ].sort(),
    );
    expect(p).toMatchObject({
      id: 'guanheng-elder-centre',
      orgId: 'hunan-mzt',
      orgName: '湖南省民政厅',
      category: 'elderly',
      status: 'in_progress',
      beneficiaries: '近300名老人',
      campaignId: 'guanheng-elder-centre',
      location: '湖南省郴州市汝城县延寿瑶族乡官亨瑶族村',
    });
    expect(p.updates.map((u: any) => `${u.title}:${u.state}`)).toEqual([
      '旧房租赁:done',
      '改造复新:done',
      '外墙装饰:done',
      '室内布置:doing',
      '功能配套:doing',
      '设备采购:planned',
    ]);
    expect(Object.keys(p.updates[0]).sort()).toEqual(['body', 'date', 'state', 'title']);
    expect(p.links[0].url).toBe('http://mzt.hunan.gov.cn/mzt/xxgk/mt/202108/t20210802_20045753.html');
  });
});

describe('GET /campaigns/{id}', () => {
  it('has the widget shape, with masked recent confirmed donations newest first', async () => {
    const c = await (await get('/api/v1/campaigns/guanheng-elder-centre')).json<any>();
    expect(Object.keys(c).sort()).toEqual(
      [
        'currency',
        'donorCount',
        'endsAt',
        'goalAmount',
        'id',
        'pendingAmount',
        'projectId',
        'raisedAmount',
        'recentDonations',
        'status',
        'tiers',
        'title',
        'spentAmount',
        'balance',
        'expenditures',
        'recipient',
        'acceptsGifts',
        'giftRefusal',
        'matchedAmount',
        'matchFunds',
        'monthlyAllowed',
        'monthlyDonors',
      ].sort(),
    );
    expect(c).toMatchObject({
      id: 'guanheng-elder-centre',
      projectId: 'guanheng-elder-centre',
      currency: 'CNY',
      status: 'open',
    });
    expect(c.raisedAmount).toBeGreaterThanOrEqual(260000);
    expect(c.tiers[0]).toEqual({ amount: 10000, label: '一位老人一个月助餐' });
    const names = c.recentDonations.map((d: any) => d.name);
    expect(names).toEqual(expect.arrayContaining(['马**', '胡**', '爱心人士']));
    expect(names).not.toContain('马才英');
    const at = c.recentDonations.map((d: any) => d.at);
    expect([...at].sort().reverse()).toEqual(at);
  });
});

describe('GET /orgs/{org}/projects', () => {
  it('filters by category and status', async () => {
    const children = await (await get('/api/v1/orgs/yiyang-mzj/projects?category=children')).json<any>();
    expect(children.items.length).toBeGreaterThan(0);
    expect(children.items.every((p: any) => p.category === 'children')).toBe(true);
    const completed = await (await get('/api/v1/orgs/yiyang-mzj/projects?status=completed')).json<any>();
    expect(completed.items.map((p: any) => p.id)).toEqual(['yiyang-age-friendly']);
    expect(Object.keys(completed.items[0]).sort()).toEqual(
      [
        'beneficiaries',
        'campaignId',
        'category',
        'coverUrl',
        'id',
        'location',
        'orgId',
        'progress',
        'status',
        'summary',
        'title',
      ].sort(),
    );
  });

  it('pages with an opaque cursor and returns every project exactly once', async () => {
    const orgId = uid('paging');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '分页测试' });
    const ids: string[] = [];
    for (let i = 0; i < 29; i++) {
      const p = await adminOk('POST', '/admin/projects', {
        orgId,
        title: `项目 ${i}`,
        summary: '…',
        category: i % 2 ? 'elderly' : 'children',
        status: 'in_progress',
      });
      ids.push(p.id);
    }
    for (const limit of [1, 5, 12, 50]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const q: string = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = await (await get(`/api/v1/orgs/${orgId}/projects?${q}`)).json<any>();
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items.map((p: any) => p.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 100);
      expect(seen.length).toBe(29);
      expect(new Set(seen)).toEqual(new Set(ids));
    }
    const def = await (await get(`/api/v1/orgs/${orgId}/projects`)).json<any>();
    expect(def.items).toHaveLength(12);
    // Filters and paging combine.
    const elderly: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await (
        await get(`/api/v1/orgs/${orgId}/projects?category=elderly&limit=4${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      elderly.push(...page.items.map((p: any) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(elderly).toHaveLength(14);
  });

  it.each(['limit=0', 'limit=51', 'limit=abc', 'category=sports', 'status=done', 'cursor=%%%', 'cursor=bm90LWpzb24'])(
    '?%s → 400 validation_failed with errors[]',
    async (q) => {
      const p = await expectProblem(await get(`/api/v1/orgs/hunan-mzt/projects?${q}`), 400, 'validation_failed');
      expect(p.errors?.length).toBeGreaterThan(0);
      expect(p.errors![0]).toEqual({ path: expect.any(String), message: expect.any(String) });
    },
  );
});

describe('static fall-through', () => {
  it('sends non-API paths to the ASSETS binding', async () => {
    const res = await get('/definitely-not-an-asset.txt');
    expect(res.headers.get('Content-Type') ?? '').not.toMatch(/problem/);
    expect([200, 404]).toContain(res.status);
  });
});

describe('GET /api/health', () => {
  it('answers without touching D1 (the bench baseline)', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
