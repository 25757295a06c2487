// The read cache (worker/middleware/read-cache.ts, worker/cache/): D1 is asked once per key however
// many readers arrive, writes purge what they change, random parameters make no entries, nothing
// personal or admin is stored, a stale entry is refreshed once. D1 load is counted by the worker's
// own wrapped D1 binding (GET /admin/metrics: statements since the isolate started).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { READ_POLICIES } from '../../worker/cache/policy';
import { signBookmark } from '../../worker/lib/bookmark';
import { adminCall, adminOk, BASE, call, callDirect, makeCampaign, pledge, settleDirect, SITE, uid } from './helpers';

type Metrics = { d1: { statements: number; roundTrips: number }; cache: Record<string, number> };
const metrics = () => adminOk<Metrics>('GET', '/admin/metrics');

/** D1 statements the worker ran while `work` ran. */
async function d1During(work: () => Promise<unknown>): Promise<number> {
  const before = (await metrics()).d1.statements;
  await work();
  return (await metrics()).d1.statements - before;
}

const read = (path: string, init?: RequestInit) => call(path, init);
const campaignOf = async (id: string, init?: RequestInit) => {
  const res = await read(`/api/v1/campaigns/${id}`, init);
  expect(res.status).toBe(200);
  return { res, body: await res.json<any>() };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the background refreshes have landed (waitUntil work finishes after the answer). */
async function settled(predicate: () => Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await predicate()) return;
    await sleep(50);
  }
  throw new Error('timed out waiting for the cache');
}

describe('one D1 read per key, however many readers', () => {
  it('200 concurrent reads of a campaign nobody read yet cost one load: its 4 D1 statements (campaign, gifts, spending, match funds) once', async () => {
    const { campaignId } = await makeCampaign();
    let answers: Response[] = [];
    const statements = await d1During(async () => {
      answers = await Promise.all(Array.from({ length: 200 }, () => read(`/api/v1/campaigns/${campaignId}`)));
    });
    expect(answers.every((r) => r.status === 200)).toBe(true);
    const bodies = new Set(await Promise.all(answers.map((r) => r.text())));
    expect(bodies.size).toBe(1);
    expect(statements).toBeLessThanOrEqual(4);
    const outcomes = answers.map((r) => r.headers.get('Gongyi-Cache'));
    expect(outcomes.filter((o) => o === 'miss')).toHaveLength(1);
  });

  it('a fresh entry answers without D1, with the same ETag, and 304 to If-None-Match', async () => {
    const { campaignId } = await makeCampaign();
    const first = await read(`/api/v1/campaigns/${campaignId}`);
    const etag = first.headers.get('ETag')!;
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=5, stale-while-revalidate=30');
    await settled(async () => (await read(`/api/v1/campaigns/${campaignId}`)).headers.get('Gongyi-Cache') === 'hit');
    const statements = await d1During(async () => {
      const again = await read(`/api/v1/campaigns/${campaignId}`);
      expect(again.headers.get('ETag')).toBe(etag);
      const not = await read(`/api/v1/campaigns/${campaignId}`, { headers: { 'If-None-Match': etag } });
      expect(not.status).toBe(304);
      expect(not.headers.get('Access-Control-Allow-Origin')).toBe('*');
    });
    expect(statements).toBe(0);
  });

  it('random query parameters create no new entries and cost no D1 read', async () => {
    const { campaignId } = await makeCampaign();
    await read(`/api/v1/campaigns/${campaignId}`);
    await settled(async () => !!(await caches.default.match(`${BASE}/api/v1/campaigns/${campaignId}`)));
    const statements = await d1During(async () => {
      for (const q of ['?utm_source=wechat', `?_=${Math.random()}`, '?callback=x&lang=en']) {
        const res = await read(`/api/v1/campaigns/${campaignId}${q}`);
        expect(res.headers.get('Gongyi-Cache')).toBe('hit');
      }
    });
    expect(statements).toBe(0);
    expect(await caches.default.match(`${BASE}/api/v1/campaigns/${campaignId}?utm_source=wechat`)).toBeUndefined();
  });

  it('pages keep only lang, elder and theme, in one canonical form', async () => {
    const { campaignId } = await makeCampaign();
    const a = await read(`/embed/progress/${campaignId}?theme=dark&lang=en&elder&utm=1`);
    expect(a.status).toBe(200);
    await settled(
      async () => !!(await caches.default.match(`${BASE}/embed/progress/${campaignId}?lang=en&elder=1&theme=dark`)),
    );
    const b = await read(`/embed/progress/${campaignId}?elder=true&lang=en&theme=dark&x=${Math.random()}`);
    expect(b.headers.get('Gongyi-Cache')).toBe('hit');
    expect(await b.text()).toBe(await a.text());
    // Security headers are the page's, on a cached answer too.
    expect(b.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
  });

  it('lists key on their parsed filters; an invalid filter is answered 400 and not cached', async () => {
    const a = await read('/api/v1/orgs/taizhou-hailing/wishes?status=open&limit=05&junk=1');
    expect(a.status).toBe(200);
    await settled(
      async () => !!(await caches.default.match(`${BASE}/api/v1/orgs/taizhou-hailing/wishes?limit=5&status=open`)),
    );
    const bad = await read('/api/v1/orgs/taizhou-hailing/wishes?status=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('a write is seen by the next read', () => {
  it('a pledge shows in pendingAmount, and after a confirm the next read shows the new total', async () => {
    const { campaignId } = await makeCampaign();
    expect((await campaignOf(campaignId)).body).toMatchObject({ raisedAmount: 0, pendingAmount: 0 });
    await settled(async () => (await read(`/api/v1/campaigns/${campaignId}`)).headers.get('Gongyi-Cache') === 'hit');

    const res = await pledge(campaignId, { amount: 5000, name: '王小明' });
    expect(res.status).toBe(201);
    const { id } = await res.json<{ id: string }>();
    const afterPledge = await campaignOf(campaignId);
    expect(afterPledge.body).toMatchObject({ pendingAmount: 5000, raisedAmount: 0 });
    expect(afterPledge.res.headers.get('Gongyi-Cache')).toBe('miss');

    await adminOk('POST', `/admin/donations/${id}/confirm`);
    expect((await campaignOf(campaignId)).body).toMatchObject({ raisedAmount: 5000, pendingAmount: 0, donorCount: 1 });
    // …and so do its page, its project's page and the organisation's figures.
    expect(await (await read(`/embed/progress/${campaignId}`)).text()).toContain('50');
  });

  it("a confirm purges the organisation's figures and column, not only the campaign", async () => {
    const { orgId, campaignId } = await makeCampaign();
    const raised = async () =>
      ((await (await read(`/api/v1/orgs/${orgId}/stats`)).json<any>()).items as any[]).find((i) => i.key === 'raised')
        ?.value ?? 0;
    expect(await raised()).toBe(0);
    const { id } = await (await pledge(campaignId, { amount: 12300 })).json<{ id: string }>();
    await adminOk('POST', `/admin/donations/${id}/confirm`);
    expect(await raised()).toBe(12300);
  });

  it('a claim shows on the wish board at once', async () => {
    const orgId = uid('org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: `测试街道 ${orgId}` });
    await adminOk('POST', '/admin/sites', { orgId, origin: SITE });
    const wish = await adminOk('POST', '/admin/wishes', {
      orgId,
      title: '一台收音机',
      category: 'culture',
      wisherName: '肖红',
      value: 9900,
    });
    const board = async () => (await read(`/api/v1/orgs/${orgId}/wishes`)).json<any>();
    expect((await board()).counts).toMatchObject({ open: 1, claimed: 0 });
    const claim = await call(`/api/v1/wishes/${wish.id}/claims`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: SITE,
        'Idempotency-Key': crypto.randomUUID(),
        'CF-Connecting-IP': '203.0.113.9',
      },
      body: JSON.stringify({ name: '宋慧蓉', contact: '13912345678' }),
    });
    expect(claim.status).toBe(201);
    expect((await board()).counts).toMatchObject({ open: 0, claimed: 1 });
  });

  it('a staff edit purges every page that shows it', async () => {
    const { projectId } = await makeCampaign();
    expect(await (await read(`/p/${projectId}`)).text()).toContain('测试项目');
    await adminOk('PATCH', `/admin/projects/${projectId}`, { title: '改名后的项目' });
    expect(await (await read(`/p/${projectId}`)).text()).toContain('改名后的项目');
    expect((await (await read(`/api/v1/projects/${projectId}`)).json<any>()).title).toBe('改名后的项目');
  });

  it('a write answers with its D1 bookmark; a read that brings it back reads D1 at least at that write', async () => {
    const { campaignId } = await makeCampaign();
    const res = await pledge(campaignId, { amount: 700 });
    const bookmark = res.headers.get('Gongyi-Bookmark');
    expect(bookmark).toBeTruthy();
    // A widget on another origin may read it.
    expect(res.headers.get('Access-Control-Expose-Headers')).toMatch(/Gongyi-Bookmark/);
    const after = await campaignOf(campaignId, { headers: { 'Gongyi-Bookmark': bookmark! } });
    expect(after.res.headers.get('Gongyi-Cache')).toBe('bypass');
    expect(after.body.pendingAmount).toBe(700);
    // The preflight a cross-origin widget sends for it is allowed.
    const pre = await call(`/api/v1/campaigns/${campaignId}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://news.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'gongyi-bookmark',
      },
    });
    expect(pre.headers.get('Access-Control-Allow-Headers')).toMatch(/Gongyi-Bookmark/i);
  });

  it('a bookmark for a subject nobody wrote lately is answered from the cache: it cannot force D1 reads', async () => {
    const { campaignId } = await makeCampaign();
    const { res: first } = await campaignOf(campaignId);
    expect(first.headers.get('Gongyi-Cache')).toBe('miss');
    const bookmark = (await pledge(campaignId, { amount: 100 })).headers.get('Gongyi-Bookmark')!;
    const { campaignId: other } = await makeCampaign();
    await campaignOf(other);
    const outcomes: (string | null)[] = [];
    const statements = await d1During(async () => {
      for (let i = 0; i < 20; i++) {
        const { res } = await campaignOf(other, { headers: { 'Gongyi-Bookmark': bookmark } });
        outcomes.push(res.headers.get('Gongyi-Cache'));
      }
    });
    expect(outcomes.filter((o) => o !== 'hit' && o !== 'stale')).toEqual([]);
    // 0, or one background refresh (4) when a slow machine let the entry go stale meanwhile.
    expect(statements).toBeLessThanOrEqual(outcomes.includes('stale') ? 4 : 0);
  });
});

describe('a bookmark skips the cache only when this service issued it, and never costs more than one read', () => {
  /** A campaign with a fresh cache entry read after a 1-fen pledge; the pledge's bookmark. */
  async function pledgedAndCached() {
    const { campaignId } = await makeCampaign();
    await campaignOf(campaignId);
    const res = await pledge(campaignId, { amount: 1 });
    expect(res.status).toBe(201);
    const bookmark = res.headers.get('Gongyi-Bookmark')!;
    expect(bookmark).toBeTruthy();
    await campaignOf(campaignId); // the pledge purged the entry: this read fills it again
    return { campaignId, bookmark };
  }
  /** 50 concurrent reads straight into the worker's handler (callDirect: hundreds of calls stay fast). */
  async function fiftyReads(campaignId: string, bookmark: string) {
    const answers = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const res = await callDirect(`/api/v1/campaigns/${campaignId}`, { headers: { 'Gongyi-Bookmark': bookmark } });
        expect(res.status).toBe(200);
        return { res, body: await res.json<any>() };
      }),
    );
    await settleDirect();
    return answers;
  }

  it('after one 1-fen pledge, 50 reads with a made-up bookmark are answered from the cache: 0 D1 statements', async () => {
    const { campaignId } = await pledgedAndCached();
    let answers: Awaited<ReturnType<typeof fiftyReads>> = [];
    const statements = await d1During(async () => (answers = await fiftyReads(campaignId, 'x')));
    const outcomes = answers.map((a) => a.res.headers.get('Gongyi-Cache'));
    expect(outcomes.filter((o) => o !== 'hit' && o !== 'stale')).toEqual([]);
    // 0, or one background refresh (4) when a slow machine let the entry go stale meanwhile.
    expect(statements).toBeLessThanOrEqual(outcomes.includes('stale') ? 4 : 0);
  });

  it('an altered, expired or unsigned bookmark is ignored', async () => {
    const { campaignId, bookmark } = await pledgedAndCached();
    const dot = bookmark.lastIndexOf('.');
    const d1Bookmark = bookmark.slice(0, bookmark.lastIndexOf('.', dot - 1));
    const forged = [
      bookmark.slice(0, -1) + (bookmark.endsWith('A') ? 'B' : 'A'), // another signature
      `0${bookmark}`,
      d1Bookmark, // what the service handed out before bookmarks were signed
      await signBookmark(env, d1Bookmark, Date.now() - 31_000),
    ];
    const statements = await d1During(async () => {
      for (const b of forged) {
        const { res } = await campaignOf(campaignId, { headers: { 'Gongyi-Bookmark': b } });
        expect(res.headers.get('Gongyi-Cache'), b).toBe('hit');
      }
    });
    expect(statements).toBe(0);
  });

  it('50 concurrent reads with a genuine bookmark cost one D1 load, later ones none; each sees the pledge', async () => {
    const { campaignId, bookmark } = await pledgedAndCached();
    let answers: Awaited<ReturnType<typeof fiftyReads>> = [];
    const statements = await d1During(async () => (answers = await fiftyReads(campaignId, bookmark)));
    expect(statements).toBeLessThanOrEqual(4); // one load of the campaign
    expect(answers.every((a) => a.body.pendingAmount === 1)).toBe(true);
    const outcomes = answers.map((a) => a.res.headers.get('Gongyi-Cache'));
    expect(outcomes.filter((o) => o === 'bypass')).toHaveLength(1);
    // The entry that read was itself read at the bookmark: it answers the next ones.
    const again = await d1During(() => fiftyReads(campaignId, bookmark));
    expect(again).toBe(0);
  });
});

describe('only public, masked views enter the cache', () => {
  it('admin answers are no-store and never cached; cached entries carry no contact or full name', async () => {
    const { campaignId } = await makeCampaign();
    const { id } = await (
      await pledge(campaignId, { amount: 2000, name: '王小明', contact: '13800138000', message: '加油' })
    ).json<any>();
    await adminOk('POST', `/admin/donations/${id}/confirm`);
    const admin = await adminCall('GET', `/admin/donations?campaignId=${campaignId}`);
    expect(admin.status).toBe(200);
    expect(admin.headers.get('Cache-Control')).toBe('no-store');
    expect(await admin.text()).toContain('13800138000');
    expect(await caches.default.match(`${BASE}/api/v1/admin/donations?campaignId=${campaignId}`)).toBeUndefined();

    const paths = [`/api/v1/campaigns/${campaignId}`, `/embed/progress/${campaignId}`];
    for (const p of paths) expect((await read(p)).status).toBe(200);
    for (const p of paths) {
      await settled(async () => !!(await caches.default.match(BASE + p)));
      const stored = await (await caches.default.match(BASE + p))!.text();
      expect(stored).toContain('王*');
      expect(stored).not.toContain('王小明');
      expect(stored).not.toContain('13800138000');
    }
  });

  it('errors are never cached: an unknown id stays 404 until it exists, then shows at once', async () => {
    const id = uid('cp-later');
    expect((await read(`/api/v1/campaigns/${id}`)).status).toBe(404);
    const { projectId } = await makeCampaign();
    await adminOk('POST', '/admin/campaigns', {
      id,
      projectId,
      title: '后来的募捐',
      goalAmount: 100000,
      status: 'open',
    });
    expect((await read(`/api/v1/campaigns/${id}`)).status).toBe(200);
  });
});

describe('stale while revalidate', () => {
  it('a stale entry is served at once and refreshed by one request, not by every reader', async () => {
    const { campaignId } = await makeCampaign();
    const path = `/api/v1/campaigns/${campaignId}`;
    await read(path);
    await settled(async () => (await read(path)).headers.get('Gongyi-Cache') === 'hit');
    await sleep((READ_POLICIES.campaign.fresh + 0.3) * 1000);

    const before = await metrics();
    const answers = await Promise.all(Array.from({ length: 50 }, () => read(path)));
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(answers.filter((r) => r.headers.get('Gongyi-Cache') === 'stale').length).toBeGreaterThan(0);
    await settled(async () => (await read(path)).headers.get('Gongyi-Cache') === 'hit');
    const after = await metrics();
    expect(after.cache.refresh! - before.cache.refresh!).toBe(1);
    expect(after.d1.statements - before.d1.statements).toBeLessThanOrEqual(4); // one load of the campaign
  });
});
