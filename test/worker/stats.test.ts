// Figures (GET /orgs/{org}/stats, PUT|GET /admin/orgs/{org}/stats) and the column's project cards:
// live figures equal what the data says, staff figures are stored exactly and replaced atomically,
// admin rules (401/403/404, org scoping), and keyset paging returns every card exactly once.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { adminCall, adminOk, call, count, expectProblem, makeCampaign, pledge, uid, filing } from './helpers';

type Stat = {
  key: string;
  label: string;
  value: number;
  unit: string | null;
  period: string | null;
  currency: string | null;
  approximate: boolean;
  source: string;
};

const stats = async (org: string): Promise<Stat[]> => {
  const res = await call(`/api/v1/orgs/${org}/stats`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json<{ items: Stat[] }>()).items;
};
const live = async (org: string) =>
  Object.fromEntries((await stats(org)).filter((s) => s.source === 'live').map((s) => [s.key, s]));

/** What the donations table itself says (not the trigger-kept campaign totals). */
const confirmedOf = (orgId: string) =>
  env.DB.prepare(
    `SELECT COALESCE(SUM(d.amount), 0) AS amount, COUNT(*) AS n FROM donations d JOIN campaigns c ON c.id = d.campaign_id
                  JOIN projects p ON p.id = c.project_id WHERE p.org_id = ? AND d.status = 'confirmed'`,
  )
    .bind(orgId)
    .first<{ amount: number; n: number }>();

async function pledgeId(campaignId: string, amount: number) {
  const res = await pledge(campaignId, { amount, name: '张三', contact: '13800138000' });
  expect(res.status).toBe(201);
  return (await res.json<{ id: string }>()).id;
}

async function orgToken(orgId: string) {
  return (await adminOk('POST', '/admin/tokens', { orgId, label: 'figures' })).token as string;
}

describe('live figures', () => {
  it('equal what the data says: confirmed money and donations only, projects completed, wishes fulfilled', async () => {
    const { recipientId, orgId, projectId, campaignId } = await makeCampaign();
    // A second project with its own campaign: the organisation's figures add both up.
    const p2 = uid('pj');
    await adminOk('POST', '/admin/projects', {
      id: p2,
      orgId,
      title: '第二个项目',
      summary: '…',
      category: 'elderly',
      status: 'in_progress',
    });
    const c2 = uid('cp');
    await adminOk('POST', '/admin/campaigns', {
      id: c2,
      projectId: p2,
      title: '第二个募捐',
      goalAmount: 500_000,
      ...filing(recipientId),
    });

    // Nothing confirmed yet: no "0元" headline for a new organisation.
    expect(await live(orgId)).toEqual({});

    const a = await pledgeId(campaignId, 12_345);
    const b = await pledgeId(campaignId, 2000);
    const c = await pledgeId(c2, 88_800);
    const d = await pledgeId(c2, 100);
    const e = await pledgeId(c2, 777);
    expect(await live(orgId)).toEqual({}); // pledges are pending, not raised

    for (const id of [a, c, d, e]) await adminOk('POST', `/admin/donations/${id}/confirm`);
    await adminOk('POST', `/admin/donations/${b}/cancel`);
    await adminOk('POST', `/admin/donations/${d}/refund`);

    const truth = (await confirmedOf(orgId))!;
    expect(truth).toEqual({ amount: 12_345 + 88_800 + 777, n: 3 });
    const figures = await live(orgId);
    expect(figures.raised).toEqual({
      key: 'raised',
      label: '累计筹款',
      value: truth.amount,
      unit: null,
      period: null,
      currency: 'CNY',
      approximate: false,
      source: 'live',
    });
    expect(figures.donors).toMatchObject({ value: truth.n, unit: '人次', currency: null });
    expect(figures.projectsCompleted).toBeUndefined();

    await adminOk('PATCH', `/admin/projects/${projectId}`, { status: 'completed' });
    expect((await live(orgId)).projectsCompleted).toMatchObject({ value: 1, unit: '个' });
  });

  it('count wishes fulfilled (and only fulfilled ones)', async () => {
    const orgId = uid('wish-org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '街道办' });
    const insert = (id: string, status: string) =>
      env.DB.prepare(
        `INSERT INTO wishes (id, org_id, title, category, wisher_name, status) VALUES (?, ?, '一双健步鞋', 'necessities', '马才英', ?)`,
      )
        .bind(id, orgId, status)
        .run();
    await insert(uid('w'), 'fulfilled');
    await insert(uid('w'), 'fulfilled');
    await insert(uid('w'), 'open');
    const figures = await live(orgId);
    expect(figures.wishesFulfilled).toMatchObject({ value: 2, unit: '个', source: 'live' });
    expect(JSON.stringify(figures)).not.toContain('马才英');
  });

  it("count meals served from the org's schools' daily reports", async () => {
    const { orgId, campaignId } = await makeCampaign();
    const other = await makeCampaign();
    const school = (id: string, org: string, campaign: string) =>
      env.DB.prepare(
        `INSERT INTO lunch_schools (id, org_id, campaign_id, name, children_count, meal_price, starts_on) VALUES (?, ?, ?, '教学点', 20, 400, '2026-09-01')`,
      )
        .bind(id, org, campaign)
        .run();
    const report = (schoolId: string, date: string, meals: number) =>
      env.DB.prepare(`INSERT INTO lunch_reports (id, school_id, date, meals, spent) VALUES (?, ?, ?, ?, ?)`)
        .bind(uid('r'), schoolId, date, meals, meals * 400)
        .run();
    const mine = uid('school');
    const theirs = uid('school');
    await school(mine, orgId, campaignId);
    await school(theirs, other.orgId, other.campaignId);
    await report(mine, '2026-09-01', 20);
    await report(mine, '2026-09-02', 19);
    await report(theirs, '2026-09-01', 7);
    expect((await live(orgId)).mealsServed).toMatchObject({ value: 39, unit: '餐', source: 'live' });
    expect((await live(other.orgId)).mealsServed?.value).toBe(7);
  });

  it('never mix organisations', async () => {
    const one = await makeCampaign();
    const other = await makeCampaign();
    const id = await pledgeId(one.campaignId, 5000);
    await adminOk('POST', `/admin/donations/${id}/confirm`);
    expect((await live(one.orgId)).raised?.value).toBe(5000);
    expect(await live(other.orgId)).toEqual({});
  });
});

describe('GET /orgs/{org}/stats (demo data)', () => {
  it("Feng County: the report's figures, in order, money in fen", async () => {
    const items = await stats('fengxian-mzj');
    expect(items.map((s) => [s.key, s.value, s.unit ?? s.currency])).toEqual([
      ['cadres', 2234, '人次'],
      ['visits', 12368, '人次'],
      ['inspections', 26, '次'],
      ['funds', 104_575_000, 'CNY'],
      ['heating', 164_090_000, 'CNY'],
      ['relief', 554_320_000, 'CNY'],
      ['relief-people', 5257, '人次'],
    ]);
    expect(items[1]).toEqual({
      key: 'visits',
      label: '走访服务对象',
      value: 12368,
      unit: '人次',
      period: '截至2024年2月28日',
      currency: null,
      approximate: false,
      source: 'staff',
    });
  });

  it('Yiyang: staff figures first (900万余元 is approximate), then live ones from its campaign', async () => {
    const items = await stats('yiyang-mzj');
    const staff = items.filter((s) => s.source === 'staff');
    expect(staff.map((s) => s.key)).toEqual([
      'aid-distributed',
      'age-friendly-homes',
      'meal-points',
      'children-served',
    ]);
    expect(staff[0]).toMatchObject({ value: 900_000_000, currency: 'CNY', approximate: true });
    expect(items.findIndex((s) => s.source === 'live')).toBe(staff.length);
    const truth = (await confirmedOf('yiyang-mzj'))!;
    const l = Object.fromEntries(items.filter((s) => s.source === 'live').map((s) => [s.key, s.value]));
    expect(l.raised).toBe(truth.amount);
    expect(l.donors).toBe(truth.n);
    expect(l.projectsCompleted).toBe(await count(`projects WHERE org_id = 'yiyang-mzj' AND status = 'completed'`));
  });

  it('is a cacheable public read (CORS *, ETag, 304) whose ETag changes when a gift is confirmed', async () => {
    const { orgId, campaignId } = await makeCampaign();
    const first = await call(`/api/v1/orgs/${orgId}/stats`, { headers: { Origin: 'https://news.example.cn' } });
    expect(first.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(first.headers.get('Cache-Control')).toMatch(/public, max-age=\d+/);
    const etag = first.headers.get('ETag')!;
    expect((await call(`/api/v1/orgs/${orgId}/stats`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    await adminOk('POST', `/admin/donations/${await pledgeId(campaignId, 100)}/confirm`);
    expect((await call(`/api/v1/orgs/${orgId}/stats`, { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });

  it('unknown organisation → 404 not_found', async () => {
    await expectProblem(await call('/api/v1/orgs/nope/stats'), 404, 'not_found');
  });
});

describe('PUT /admin/orgs/{org}/stats', () => {
  const feng = [
    { key: 'visits', label: '走访服务对象', value: 12368, unit: '人次', period: '截至2024年2月28日' },
    { key: 'funds', label: '投入资金', value: 104_575_000, currency: 'CNY', unit: null, period: null },
    { key: 'children', label: '服务孤残儿童', value: 200, unit: '人次', approximate: true, period: '2024年' },
  ];

  it('replaces the staff figures; the list order is the display order unless `order` says otherwise', async () => {
    const orgId = uid('fig');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '凤县民政局（测试）' });
    const put = await adminOk('PUT', `/admin/orgs/${orgId}/stats`, { items: feng });
    expect(put.items.map((s: any) => [s.key, s.order])).toEqual([
      ['visits', 0],
      ['funds', 1],
      ['children', 2],
    ]);
    expect(put.items[0]).toMatchObject({
      label: '走访服务对象',
      value: 12368,
      unit: '人次',
      period: '截至2024年2月28日',
      currency: null,
      approximate: false,
    });
    expect(typeof put.items[0].updatedAt).toBe('string');
    expect(await stats(orgId)).toEqual([
      {
        key: 'visits',
        label: '走访服务对象',
        value: 12368,
        unit: '人次',
        period: '截至2024年2月28日',
        currency: null,
        approximate: false,
        source: 'staff',
      },
      {
        key: 'funds',
        label: '投入资金',
        value: 104_575_000,
        unit: null,
        period: null,
        currency: 'CNY',
        approximate: false,
        source: 'staff',
      },
      {
        key: 'children',
        label: '服务孤残儿童',
        value: 200,
        unit: '人次',
        period: '2024年',
        currency: null,
        approximate: true,
        source: 'staff',
      },
    ]);

    // A second PUT is the whole new list: missing keys are gone, `order` reorders.
    await adminOk('PUT', `/admin/orgs/${orgId}/stats`, {
      items: [
        { key: 'funds', label: '投入资金', value: 104_575_000, currency: 'CNY', order: 2 },
        { key: 'visits', label: '走访服务对象', value: 12400, unit: '人次', order: 1 },
      ],
    });
    expect((await stats(orgId)).map((s) => [s.key, s.value])).toEqual([
      ['visits', 12400],
      ['funds', 104_575_000],
    ]);
    expect((await adminOk('GET', `/admin/orgs/${orgId}/stats`)).items.map((s: any) => s.key)).toEqual([
      'visits',
      'funds',
    ]);

    await adminOk('PUT', `/admin/orgs/${orgId}/stats`, { items: [] });
    expect(await stats(orgId)).toEqual([]);
  });

  it.each([
    ['a duplicate key', { items: [feng[0], { ...feng[1], key: 'visits' }] }, 'items.1.key'],
    ['a live key', { items: [{ ...feng[0], key: 'raised' }] }, 'items.0.key'],
    ['money that is not whole fen', { items: [{ ...feng[1], value: 104.5 }] }, 'items.0.value'],
    ['a negative value', { items: [{ ...feng[0], value: -1 }] }, 'items.0.value'],
    ['an empty label', { items: [{ ...feng[0], label: ' ' }] }, 'items.0.label'],
    ['a bad currency', { items: [{ ...feng[1], currency: 'yuan' }] }, 'items.0.currency'],
    ['no items', {}, 'items'],
  ])('%s → 400 validation_failed naming the field, and nothing changes', async (_, body, path) => {
    const orgId = uid('fig-bad');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '校验' });
    await adminOk('PUT', `/admin/orgs/${orgId}/stats`, { items: feng });
    const p = await expectProblem(await adminCall('PUT', `/admin/orgs/${orgId}/stats`, body), 400, 'validation_failed');
    expect(p.errors?.map((e) => e.path)).toContain(path);
    expect((await stats(orgId)).map((s) => s.key)).toEqual(['visits', 'funds', 'children']);
  });

  it('needs a bearer token, respects organisation scoping, 404 for an unknown organisation', async () => {
    const mine = uid('fig-mine');
    const theirs = uid('fig-theirs');
    await adminOk('POST', '/admin/orgs', { id: mine, name: '我的机构' });
    await adminOk('POST', '/admin/orgs', { id: theirs, name: '别的机构' });
    const token = await orgToken(mine);
    await expectProblem(
      await adminCall('PUT', `/admin/orgs/${mine}/stats`, { items: feng }, null),
      401,
      'unauthorized',
    );
    await expectProblem(
      await adminCall('PUT', `/admin/orgs/${theirs}/stats`, { items: feng }, token),
      403,
      'forbidden',
    );
    await expectProblem(await adminCall('GET', `/admin/orgs/${theirs}/stats`, undefined, token), 403, 'forbidden');
    expect(await count('org_figures WHERE org_id = ?', theirs)).toBe(0);
    await adminOk('PUT', `/admin/orgs/${mine}/stats`, { items: feng }, token);
    expect(await count('org_figures WHERE org_id = ?', mine)).toBe(3);
    await expectProblem(await adminCall('PUT', '/admin/orgs/nope/stats', { items: feng }), 404, 'not_found');
  });
});

describe('project cards (GET /orgs/{org}/projects) for the column', () => {
  it('carry the campaign progress (confirmed amount against the goal), null without a campaign', async () => {
    const { orgId, projectId, campaignId } = await makeCampaign({ goalAmount: 1_000_000 });
    const bare = uid('pj');
    await adminOk('POST', '/admin/projects', {
      id: bare,
      orgId,
      title: '无募捐项目',
      summary: '…',
      category: 'children',
      status: 'planned',
    });
    await adminOk('POST', `/admin/donations/${await pledgeId(campaignId, 40_000)}/confirm`);
    await pledgeId(campaignId, 99); // pending: not progress
    const page = await (await call(`/api/v1/orgs/${orgId}/projects`)).json<any>();
    const byId = Object.fromEntries(page.items.map((p: any) => [p.id, p]));
    expect(byId[projectId]).toMatchObject({
      campaignId,
      progress: { currency: 'CNY', goalAmount: 1_000_000, raisedAmount: 40_000, donorCount: 1 },
    });
    expect(byId[bare]).toMatchObject({ campaignId: null, progress: null });
  });

  it('paging returns every project exactly once, also when projects share a creation time and with filters', async () => {
    const orgId = uid('cards');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '分页' });
    const same = '2024-10-01T08:00:00.000Z';
    const rows = Array.from({ length: 17 }, (_, i) => ({
      id: `${orgId}-p${String(i).padStart(2, '0')}`,
      category: i % 3 ? 'elderly' : 'children',
      at: i < 9 ? same : `2024-10-0${(i % 8) + 2}T08:00:00.000Z`,
    }));
    await env.DB.batch(
      rows.map((r) =>
        env.DB.prepare(
          `INSERT INTO projects (id, org_id, title, summary, category, status, created_at) VALUES (?, ?, ?, '…', ?, 'in_progress', ?)`,
        ).bind(r.id, orgId, r.id, r.category, r.at),
      ),
    );
    for (const [filter, expected] of [
      ['', rows],
      ['category=elderly&', rows.filter((r) => r.category === 'elderly')],
    ] as const) {
      for (const limit of [1, 4, 6]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: any = await (
            await call(`/api/v1/orgs/${orgId}/projects?${filter}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
          ).json();
          seen.push(...page.items.map((p: any) => p.id));
          cursor = page.nextCursor;
        } while (cursor && seen.length < 100);
        expect(seen.length).toBe(expected.length);
        expect(new Set(seen)).toEqual(new Set(expected.map((r) => r.id)));
      }
    }
  });
});
