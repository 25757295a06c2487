// Authorise before validating: an organisation token aimed at another organisation's objects gets
// 403 forbidden on every admin create and update, whatever else is wrong with the body (missing
// fields, wrong types, not JSON at all), and nothing is written. A 400 listing the fields would
// already answer a question about someone else's data.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminCall, adminOk, call, expectProblem, makeCampaign, pledge, uid } from './helpers';

let token: string;
let other: Awaited<ReturnType<typeof makeCampaign>> & Record<string, string>;

beforeAll(async () => {
  const mine = await makeCampaign();
  token = (await adminOk('POST', '/admin/tokens', { orgId: mine.orgId, label: 'editor' })).token;
  const o = await makeCampaign();
  const school = await adminOk('POST', '/admin/lunch', {
    id: uid('ls'),
    orgId: o.orgId,
    name: '别人的教学点',
    childrenCount: 10,
    mealPrice: 400,
    startsOn: '2026-09-01',
  });
  const closure = await adminOk('POST', `/admin/lunch/${school.id}/closures`, {
    startsOn: '2026-10-01',
    endsOn: '2026-10-07',
    label: '国庆',
  });
  const report = await adminOk('POST', `/admin/lunch/${school.id}/reports`, {
    date: '2026-09-02',
    meals: 9,
    spent: 3600,
  });
  const update = await adminOk('POST', `/admin/projects/${o.projectId}/updates`, {
    title: '进展',
    state: 'done',
    date: '2030-09-01',
  });
  const wish = await adminOk('POST', '/admin/wishes', {
    orgId: o.orgId,
    title: '一台收音机',
    category: 'culture',
    wisherName: '肖红',
    value: 9900,
  });
  const site = (await adminOk('GET', `/admin/sites?orgId=${o.orgId}`)).items[0];
  const otherToken = await adminOk('POST', '/admin/tokens', { orgId: o.orgId, label: 'theirs' });
  const { id: donation } = await (await pledge(o.campaignId, { amount: 100 })).json<{ id: string }>();
  other = {
    ...o,
    school: school.id,
    closure: closure.id,
    report: report.id,
    update: update.id,
    wish: wish.id,
    site: site.id,
    token: otherToken.id,
    donation,
  };
});

/** Every admin create and update, aimed at the other organisation. */
const TARGETS = (): [string, string][] => [
  ['POST', '/admin/projects'],
  ['PATCH', `/admin/projects/${other.projectId}`],
  ['POST', `/admin/projects/${other.projectId}/updates`],
  ['PATCH', `/admin/projects/${other.projectId}/updates/${other.update}`],
  ['POST', '/admin/campaigns'],
  ['PATCH', `/admin/campaigns/${other.campaignId}`],
  ['POST', '/admin/lunch'],
  ['PATCH', `/admin/lunch/${other.school}`],
  ['POST', `/admin/lunch/${other.school}/closures`],
  ['PATCH', `/admin/lunch/${other.school}/closures/${other.closure}`],
  ['DELETE', `/admin/lunch/${other.school}/closures/${other.closure}`],
  ['POST', `/admin/lunch/${other.school}/reports`],
  ['PATCH', `/admin/lunch/${other.school}/reports/${other.report}`],
  ['PATCH', `/admin/orgs/${other.orgId}`],
  ['PUT', `/admin/orgs/${other.orgId}/stats`],
  ['POST', '/admin/sites'],
  ['PATCH', `/admin/sites/${other.site}`],
  ['DELETE', `/admin/sites/${other.site}`],
  ['POST', '/admin/tokens'],
  ['DELETE', `/admin/tokens/${other.token}`],
  ['POST', '/admin/wishes'],
  ['PATCH', `/admin/wishes/${other.wish}`],
  ['POST', `/admin/wishes/${other.wish}/release`],
  ['POST', `/admin/wishes/${other.wish}/fulfil`],
  ['POST', `/admin/donations/${other.donation}/confirm`],
  ['POST', `/admin/donations/${other.donation}/cancel`],
];

/** Bodies that are wrong in every way but one: where a create names its parent, it is the other organisation's. */
const badBodies = (method: string, path: string): unknown[] => {
  const parent = path === '/admin/campaigns' ? { projectId: other.projectId } : { orgId: other.orgId };
  const creates = method === 'POST' && !path.slice('/admin/'.length).includes('/');
  return creates
    ? [parent, { ...parent, title: 42, goalAmount: 'lots' }, { ...parent, status: 'nonsense', id: '!!' }]
    : [{}, { title: 42, status: 'nonsense' }, 'not json'];
};

async function snapshot() {
  const tables = [
    'organisations',
    'projects',
    'project_updates',
    'campaigns',
    'donations',
    'lunch_schools',
    'lunch_closures',
    'lunch_reports',
    'sites',
    'admin_tokens',
    'wishes',
    'org_figures',
  ];
  const rows = await env.DB.batch(tables.map((t) => env.DB.prepare(`SELECT * FROM ${t} ORDER BY 1`)));
  return JSON.stringify(rows.map((r) => r.results));
}

describe('admin: authorise before validating', () => {
  it('another organisation’s object with a broken body: 403 forbidden on every create and update, nothing written', async () => {
    const before = await snapshot();
    const seen: string[] = [];
    for (const [method, path] of TARGETS()) {
      for (const body of badBodies(method, path)) {
        const raw = typeof body === 'string';
        const res = await adminCall(method, path, raw ? undefined : body, token);
        const res2 = raw
          ? await call('/api/v1' + path, {
              method,
              headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
              body,
            })
          : null;
        for (const r of res2 ? [res, res2] : [res]) {
          seen.push(`${method} ${path} → ${r.status}`);
          await expectProblem(r, 403, 'forbidden');
        }
      }
    }
    expect(seen.length).toBeGreaterThan(TARGETS().length * 3);
    expect(await snapshot()).toBe(before);
  });

  it('the same broken bodies on its own organisation still get their 400 (validation is not skipped)', async () => {
    const mine = (await adminOk('GET', '/admin/session', undefined, token)) as { orgId?: string; org?: { id: string } };
    const orgId = mine.orgId ?? mine.org!.id;
    await expectProblem(
      await adminCall('POST', '/admin/projects', { orgId, title: 42 }, token),
      400,
      'validation_failed',
    );
    await expectProblem(await adminCall('POST', '/admin/sites', { orgId }, token), 400, 'validation_failed');
  });

  it('an unknown object is 404 before its body is looked at', async () => {
    await expectProblem(
      await adminCall('PATCH', '/admin/projects/no-such-project', { title: 42 }, token),
      404,
      'not_found',
    );
    await expectProblem(
      await adminCall('POST', '/admin/projects', { orgId: 'no-such-org', title: 42 }, token),
      404,
      'not_found',
    );
  });

  it('only the super-admin creates organisations, whatever the body', async () => {
    await expectProblem(await adminCall('POST', '/admin/orgs', { id: '!!', name: 7 }, token), 403, 'forbidden');
    await expectProblem(await adminCall('POST', '/admin/orgs', {}, token), 403, 'forbidden');
  });
});
