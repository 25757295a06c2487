// The whole admin API × every staff role, and the audit trail of every admin write.
// For each route in the access table (worker/routes/admin/access.ts) and each role: a role the
// route allows gets 2xx (and, for a write, one audit row of its object naming the token and the
// action, with the request id the answer carries, and every other row the write created, changed
// or deleted, in any table, in the trail too); any other role gets 403 forbidden and the
// database is left exactly as it was. The table itself must list every route the API has. And
// the body fields only an owner sets (a campaign's money) × every role, the same way.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../worker/app';
import { ADMIN_RULES, allows } from '../../worker/routes/admin/access';
import type { TokenRole } from '../../worker/env';
import { AUDIT_OBJECTS } from '../../worker/audit/objects';
import { allTables, changedRows, tablesText, type RowChange } from './table-diff';
import { adminOk, callDirect, makeCampaign, pledge, SITE, SUPER, uid, freshIp, settleDirect } from './helpers';

const ROLES: TokenRole[] = ['viewer', 'editor', 'finance', 'owner'];

function admin(method: string, path: string, body: unknown, token: string) {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return callDirect(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

let A: Awaited<ReturnType<typeof makeCampaign>> & {
  second: string;
  school: string;
  update: string;
  wish: string;
  expenditure: string;
  matcher: string;
  fund: string;
};
const tokens = {} as Record<TokenRole, { token: string; id: string; label: string }>;
let day = 0;
/** A past day no report of school A has used yet. */
const freshDay = () => new Date(Date.UTC(2026, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);

const sup = <T = any>(method: string, path: string, body?: unknown) => adminOk<T>(method, path, body, SUPER);
const newPledge = async () =>
  (
    await (
      await pledge(A.campaignId, { amount: 1000, name: '张三', contact: '13800138000' }, { direct: true })
    ).json<{ id: string }>()
  ).id;
const newWish = async () =>
  (await sup('POST', '/admin/wishes', { orgId: A.orgId, title: '一台收音机', category: 'culture', wisherName: '肖红' }))
    .id as string;
async function claimedWish() {
  const id = await newWish();
  const res = await callDirect(`/api/v1/wishes/${id}/claims`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: SITE,
      'Idempotency-Key': crypto.randomUUID(),
      'CF-Connecting-IP': freshIp(),
    },
    body: JSON.stringify({ name: '宋慧蓉', contact: '13912345678' }),
  });
  expect(res.status).toBe(201);
  return id;
}

/** A request each rule accepts from a role it allows: fresh objects where a call can only succeed once. */
const REQUESTS: Record<string, () => Promise<[string, unknown?]>> = {
  'GET /admin/session': async () => ['/admin/session'],
  'GET /admin/metrics': async () => ['/admin/metrics'],
  'GET /admin/orgs': async () => ['/admin/orgs'],
  'POST /admin/orgs': async () => ['/admin/orgs', { id: uid('org'), name: '新机构' }],
  'PATCH /admin/orgs/:org': async () => [`/admin/orgs/${A.orgId}`, { region: `湖南 ${uid('r')}` }],
  'GET /admin/orgs/:org/stats': async () => [`/admin/orgs/${A.orgId}/stats`],
  'PUT /admin/orgs/:org/stats': async () => [
    `/admin/orgs/${A.orgId}/stats`,
    { items: [{ key: 'volunteers', label: '志愿者', value: day++, unit: '人' }] },
  ],
  'GET /admin/sites': async () => ['/admin/sites'],
  'POST /admin/sites': async () => ['/admin/sites', { orgId: A.orgId, origin: `https://${uid('s')}.example.cn` }],
  'PATCH /admin/sites/:id': async () => [
    `/admin/sites/${(await sup('POST', '/admin/sites', { orgId: A.orgId, origin: `https://${uid('s')}.example.cn` })).id}`,
    { origin: `https://${uid('t')}.example.cn` },
  ],
  'DELETE /admin/sites/:id': async () => [
    `/admin/sites/${(await sup('POST', '/admin/sites', { orgId: A.orgId, origin: `https://${uid('s')}.example.cn` })).id}`,
  ],
  'GET /admin/tokens': async () => ['/admin/tokens'],
  'POST /admin/tokens': async () => ['/admin/tokens', { orgId: A.orgId, label: '新同事', role: 'viewer' }],
  // A token that minted another: revoking it revokes that one too.
  'DELETE /admin/tokens/:id': async () => {
    const t = await sup('POST', '/admin/tokens', { orgId: A.orgId, label: '临时', role: 'owner' });
    await adminOk('POST', '/admin/tokens', { orgId: A.orgId, label: '临时的同事', role: 'viewer' }, t.token);
    return [`/admin/tokens/${t.id}`];
  },
  'GET /admin/recipients': async () => ['/admin/recipients'],
  'POST /admin/recipients': async () => [
    '/admin/recipients',
    { orgId: A.orgId, name: '另一慈善会', creditCode: '53430000MJJ00000X1' },
  ],
  'PATCH /admin/recipients/:id': async () => [
    `/admin/recipients/${A.recipientId}`,
    { website: `https://${uid('w')}.example.cn` },
  ],
  'GET /admin/audit': async () => ['/admin/audit'],
  'GET /admin/embed-code': async () => [`/admin/embed-code?kind=progress&id=${A.campaignId}`],
  'GET /admin/projects': async () => ['/admin/projects'],
  'POST /admin/projects': async () => [
    '/admin/projects',
    { id: uid('pj'), orgId: A.orgId, title: '项目', summary: '摘要', category: 'meals', status: 'planned' },
  ],
  'PATCH /admin/projects/:id': async () => [`/admin/projects/${A.projectId}`, { summary: `摘要 ${uid('s')}` }],
  'GET /admin/projects/:id/updates': async () => [`/admin/projects/${A.projectId}/updates`],
  'POST /admin/projects/:id/updates': async () => [
    `/admin/projects/${A.projectId}/updates`,
    { title: '进展', state: 'done', date: '2026-11-01' },
  ],
  'PATCH /admin/projects/:id/updates/:updateId': async () => [
    `/admin/projects/${A.projectId}/updates/${A.update}`,
    { body: uid('b') },
  ],
  'GET /admin/campaigns': async () => ['/admin/campaigns'],
  'POST /admin/campaigns': async () => [
    '/admin/campaigns',
    { id: uid('cp'), projectId: A.projectId, title: '募捐', goalAmount: 100000 },
  ],
  'PATCH /admin/campaigns/:id': async () => [`/admin/campaigns/${A.campaignId}`, { title: `募捐 ${uid('t')}` }],
  'GET /admin/campaigns/:id/expenditures': async () => [`/admin/campaigns/${A.campaignId}/expenditures`],
  'POST /admin/campaigns/:id/expenditures': async () => [
    `/admin/campaigns/${A.campaignId}/expenditures`,
    { date: '2026-11-02', amount: 100, purpose: '米面油' },
  ],
  'PATCH /admin/campaigns/:id/expenditures/:expenditureId': async () => [
    `/admin/campaigns/${A.campaignId}/expenditures/${A.expenditure}`,
    { purpose: `米面 ${uid('p')}` },
  ],
  'DELETE /admin/campaigns/:id/expenditures/:expenditureId': async () => {
    const e = await sup('POST', `/admin/campaigns/${A.campaignId}/expenditures`, {
      date: '2026-11-03',
      amount: 100,
      purpose: '录错',
    });
    return [`/admin/campaigns/${A.campaignId}/expenditures/${e.id}`];
  },
  'GET /admin/donations': async () => ['/admin/donations'],
  'GET /admin/donations.csv': async () => ['/admin/donations.csv'],
  'POST /admin/donations/:id/confirm': async () => [`/admin/donations/${await newPledge()}/confirm`],
  'POST /admin/donations/:id/cancel': async () => [`/admin/donations/${await newPledge()}/cancel`],
  'POST /admin/donations/:id/refund': async () => {
    const id = await newPledge();
    await sup('POST', `/admin/donations/${id}/confirm`);
    return [`/admin/donations/${id}/refund`];
  },
  'GET /admin/monthly-plans': async () => ['/admin/monthly-plans'],
  'POST /admin/monthly-plans/:id/end': async () => {
    const p = await (
      await pledge(A.campaignId, { amount: 1000, frequency: 'monthly' }, { direct: true })
    ).json<{ planId: string }>();
    return [`/admin/monthly-plans/${p.planId}/end`];
  },
  'GET /admin/matchers': async () => ['/admin/matchers'],
  'POST /admin/matchers': async () => ['/admin/matchers', { orgId: A.orgId, name: '爱心企业' }],
  'PATCH /admin/matchers/:id': async () => [
    `/admin/matchers/${A.matcher}`,
    { website: `https://${uid('w')}.example.cn` },
  ],
  'GET /admin/match-funds': async () => ['/admin/match-funds'],
  'POST /admin/match-funds': async () => [
    '/admin/match-funds',
    {
      matcherId: A.matcher,
      ratioPercent: 100,
      totalCap: 100000,
      startsAt: '2026-01-01T00:00:00Z',
      endsAt: '2030-01-01T00:00:00Z',
      campaignIds: [A.campaignId],
    },
  ],
  // Moving the fund between campaigns too: the links are part of the fund.
  'PATCH /admin/match-funds/:id': async () => [
    `/admin/match-funds/${A.fund}`,
    { totalCap: 200000 + day, campaignIds: day++ % 2 ? [A.campaignId] : [A.campaignId, A.second] },
  ],
  'GET /admin/payment-events': async () => ['/admin/payment-events'],
  'GET /admin/reconciliation': async () => ['/admin/reconciliation'],
  'GET /admin/lunch': async () => ['/admin/lunch'],
  'POST /admin/lunch': async () => [
    '/admin/lunch',
    { id: uid('ls'), orgId: A.orgId, name: '教学点', childrenCount: 5, mealPrice: 400, startsOn: '2026-09-01' },
  ],
  'GET /admin/lunch/:id': async () => [`/admin/lunch/${A.school}`],
  'PATCH /admin/lunch/:id': async () => [`/admin/lunch/${A.school}`, { note: uid('n') }],
  'GET /admin/lunch/:id/sponsorships': async () => [`/admin/lunch/${A.school}/sponsorships`],
  'GET /admin/lunch/:id/closures': async () => [`/admin/lunch/${A.school}/closures`],
  'POST /admin/lunch/:id/closures': async () => [
    `/admin/lunch/${A.school}/closures`,
    { startsOn: '2026-10-01', endsOn: '2026-10-07', label: '国庆' },
  ],
  'PATCH /admin/lunch/:id/closures/:closureId': async () => {
    const x = await sup('POST', `/admin/lunch/${A.school}/closures`, {
      startsOn: '2026-10-01',
      endsOn: '2026-10-07',
      label: '国庆',
    });
    return [`/admin/lunch/${A.school}/closures/${x.id}`, { label: '国庆节' }];
  },
  'DELETE /admin/lunch/:id/closures/:closureId': async () => {
    const x = await sup('POST', `/admin/lunch/${A.school}/closures`, {
      startsOn: '2026-10-01',
      endsOn: '2026-10-07',
      label: '国庆',
    });
    return [`/admin/lunch/${A.school}/closures/${x.id}`];
  },
  'GET /admin/lunch/:id/reports': async () => [`/admin/lunch/${A.school}/reports`],
  'POST /admin/lunch/:id/reports': async () => [
    `/admin/lunch/${A.school}/reports`,
    { date: freshDay(), meals: 5, spent: 2000 },
  ],
  'PATCH /admin/lunch/:id/reports/:reportId': async () => {
    const r = await sup('POST', `/admin/lunch/${A.school}/reports`, { date: freshDay(), meals: 5, spent: 2000 });
    return [`/admin/lunch/${A.school}/reports/${r.id}`, { menu: '米饭、青菜' }];
  },
  'GET /admin/wishes': async () => ['/admin/wishes'],
  'POST /admin/wishes': async () => [
    '/admin/wishes',
    { orgId: A.orgId, title: '一双鞋', category: 'necessities', wisherName: '马才英' },
  ],
  'GET /admin/wishes/:id': async () => [`/admin/wishes/${A.wish}`],
  'PATCH /admin/wishes/:id': async () => [`/admin/wishes/${A.wish}`, { story: uid('s') }],
  'POST /admin/wishes/:id/release': async () => [
    `/admin/wishes/${await claimedWish()}/release`,
    { reason: '联系不上' },
  ],
  'POST /admin/wishes/:id/fulfil': async () => [`/admin/wishes/${await claimedWish()}/fulfil`, { note: '已送达' }],
};

const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
/** The value of `:name` in a concrete path of the pattern. */
const paramOf = (pattern: string, path: string, name: string) =>
  path.split('/')[pattern.split('/').indexOf(`:${name}`)];

/** Columns the triggers keep from other rows, which are audited themselves: a row whose only change is one of these needs no entry. */
const DERIVED: Record<string, string[]> = {
  // totals of the campaign's donations, expenditures, match allocations and monthly plans
  campaigns: ['raised_amount', 'pending_amount', 'donor_count', 'spent_amount', 'matched_amount', 'monthly_donors'],
  // the sum of the fund's match allocations (each in its donation's snapshot)
  match_funds: ['matched_amount'],
};
/** Tables whose rows are not the organisation's data. */
const NOT_AUDITED: Record<string, string> = {
  audit_log: 'the trail itself',
  idempotency_records: 'the replay store of public writes (an answer already given, not data)',
};

const lastAuditSeq = async () =>
  (await env.DB.prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM audit_log').first<{ n: number }>())!.n;

/** The whole database as text, the audit log by its last seq (what a refused call must leave as it was). */
const snapshot = async () => `${tablesText(await allTables(['audit_log']))}|${await lastAuditSeq()}`;

/** Where the trail keeps a row of `table`: as its own object, or as a part of its owner's snapshot. */
function auditHomes() {
  const homes = new Map<string, { type: string; key: string; part?: string }>();
  for (const [type, spec] of Object.entries(AUDIT_OBJECTS) as [
    string,
    { table: string; keyColumn?: string; parts?: Record<string, { table: string; key: string }> },
  ][]) {
    homes.set(spec.table, { type, key: spec.keyColumn ?? 'id' });
    for (const [part, p] of Object.entries(spec.parts ?? {})) homes.set(p.table, { type, key: p.key, part });
  }
  return homes;
}

/** Every row the write created, changed or deleted that has no audit row of its request (or whose part its owner's row does not show). */
function unaudited(
  changes: RowChange[],
  rows: { object_type: string; object_id: string; before: string | null; after: string | null }[],
): string[] {
  const homes = auditHomes();
  const missing: string[] = [];
  for (const ch of changes) {
    if (ch.table in NOT_AUDITED) continue;
    if (ch.before && ch.after && ch.columns.every((c) => DERIVED[ch.table]?.includes(c))) continue;
    const home = homes.get(ch.table);
    const row = (ch.after ?? ch.before)!;
    const what = `${ch.table} ${ch.key} (${ch.before ? (ch.after ? `changed ${ch.columns.join(', ')}` : 'deleted') : 'created'})`;
    if (!home) {
      missing.push(`${what}: no audit object holds table ${ch.table}`);
      continue;
    }
    const entry = rows.find((r) => r.object_type === home.type && r.object_id === String(row[home.key]));
    if (!entry) {
      missing.push(`${what}: no audit row for ${home.type}:${row[home.key]}`);
      continue;
    }
    if (home.part) {
      const part = (s: string | null) =>
        JSON.stringify(s === null ? null : ((JSON.parse(s) as Record<string, unknown>)[home.part!] ?? null));
      if (part(entry.before) === part(entry.after))
        missing.push(`${what}: the ${home.type} audit row does not show its ${home.part} change`);
    }
  }
  return missing;
}

beforeAll(async () => {
  const base = await makeCampaign();
  await sup('PATCH', `/admin/campaigns/${base.campaignId}`, { monthlyAllowed: true });
  const school = await sup('POST', '/admin/lunch', {
    id: uid('ls'),
    orgId: base.orgId,
    name: '教学点',
    childrenCount: 5,
    mealPrice: 400,
    startsOn: '2025-09-01',
  });
  const update = await sup('POST', `/admin/projects/${base.projectId}/updates`, {
    title: '进展',
    state: 'done',
    date: '2026-11-01',
  });
  const expenditure = await sup('POST', `/admin/campaigns/${base.campaignId}/expenditures`, {
    date: '2026-11-01',
    amount: 500,
    purpose: '炊具',
  });
  const matcher = await sup('POST', '/admin/matchers', { orgId: base.orgId, name: '某某基金会' });
  const second = await sup('POST', '/admin/campaigns', {
    id: uid('cp'),
    projectId: base.projectId,
    title: '另一个募捐',
    goalAmount: 50000,
  });
  const fund = await sup('POST', '/admin/match-funds', {
    matcherId: matcher.id,
    ratioPercent: 100,
    totalCap: 100000,
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: '2030-01-01T00:00:00Z',
    campaignIds: [base.campaignId],
  });
  A = {
    ...base,
    second: second.id,
    school: school.id,
    update: update.id,
    wish: '',
    expenditure: expenditure.id,
    matcher: matcher.id,
    fund: fund.id,
  };
  A.wish = await newWish();
  for (const role of ROLES) {
    const label = `${role} 张工`;
    const t = await sup('POST', '/admin/tokens', { orgId: A.orgId, role, label });
    tokens[role] = { token: t.token, id: t.id, label };
  }
});

describe('the access table', () => {
  it('lists every admin route the API has, and only those', () => {
    const app = createApp();
    const declared = new Set(ADMIN_RULES.map(key));
    const routes = app.openAPIRegistry.definitions
      .filter((d): d is Extract<typeof d, { type: 'route' }> => d.type === 'route')
      .map((d) => ({
        method: d.route.method.toUpperCase(),
        path: d.route.path.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1'),
      }))
      .filter((r) => r.path.startsWith('/admin/'));
    expect(routes.length).toBeGreaterThan(50);
    expect(
      routes.map(key).filter((k) => !declared.has(k)),
      'routes without a declared role',
    ).toEqual([]);
    const real = new Set(routes.map(key));
    expect(
      ADMIN_RULES.map(key).filter((k) => !real.has(k)),
      'rules for routes that do not exist',
    ).toEqual([]);
    expect(Object.keys(REQUESTS).sort()).toEqual([...declared].sort());
  });
});

describe('routes × roles', () => {
  it('an allowed role gets 2xx and every row a write changes is in the trail; any other gets 403 and nothing changes', async () => {
    const failures: string[] = [];
    for (const rule of ADMIN_RULES) {
      for (const role of ROLES) {
        const [path, body] = await REQUESTS[key(rule)]!();
        await settleDirect();
        const before = await allTables(['audit_log']);
        const seqBefore = await lastAuditSeq();
        const res = await admin(rule.method, path, body, tokens[role].token);
        const text = await res.text();
        await settleDirect();
        const after = await allTables(['audit_log']);
        const added = (await lastAuditSeq()) - seqBefore;
        const what = `${role} ${rule.method} ${path}`;
        if (!allows(rule.need, role)) {
          if (res.status !== 403) failures.push(`${what}: expected 403, got ${res.status} ${text.slice(0, 120)}`);
          else if (tablesText(before) !== tablesText(after) || added)
            failures.push(`${what}: 403 but the database changed`);
          continue;
        }
        if (res.status >= 300) {
          failures.push(`${what}: expected 2xx, got ${res.status} ${text.slice(0, 160)}`);
          continue;
        }
        const rows = (
          await env.DB.prepare('SELECT * FROM audit_log WHERE request_id = ?')
            .bind(res.headers.get('Request-Id') ?? '-')
            .all<any>()
        ).results;
        if (!rule.audit) {
          if (added !== 0) failures.push(`${what}: a read wrote ${added} audit row(s)`);
          continue;
        }
        if (added !== rows.length)
          failures.push(`${what}: ${added} audit rows written, ${rows.length} with its request id`);
        // Every row of the request names the token and the action; one is the rule's own object.
        for (const r of rows) {
          const expected = {
            action: rule.audit.action,
            token_id: tokens[role].id,
            actor_label: tokens[role].label,
            actor_role: role,
          };
          for (const [k, v] of Object.entries(expected))
            if (r[k] !== v) failures.push(`${what}: audit ${k} = ${r[k]}, expected ${v}`);
        }
        for (const gap of unaudited(changedRows(before, after), rows)) failures.push(`${what}: ${gap}`);
        const ownId = rule.audit.id ? paramOf(rule.path, path, rule.audit.id) : undefined;
        const own = rows.filter(
          (r) => r.object_type === rule.audit!.object && (ownId === undefined || r.object_id === ownId),
        );
        if (own.length !== 1) {
          failures.push(`${what}: expected one audit row of its ${rule.audit.object}, got ${own.length}`);
          continue;
        }
        const row = own[0];
        if (!row.object_id) failures.push(`${what}: audit row names no object`);
        if (rule.audit.object !== 'org' && row.org_id !== A.orgId) failures.push(`${what}: audit org ${row.org_id}`);
        if (rule.method !== 'DELETE' && row.after === null) failures.push(`${what}: audit row has no "after"`);
        // (an organisation's first figures replace none)
        if (rule.audit.id && rule.audit.object !== 'figures' && row.before === null)
          failures.push(`${what}: audit row has no "before"`);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000); // ~300 requests, each with two pictures of the whole database
});

/**
 * The body fields only an owner sets, per route, each with a value the route accepts: everything a
 * campaign's money follows (who receives it under which filing, where and how it is paid, whether
 * and until when gifts are taken, how much is asked). The table must say exactly these.
 */
const filing = () => ({
  recipientId: A.recipientId,
  filingNumber: '53430000MJJ000000X26002',
  filingUrl: 'https://cszg.mca.gov.cn/',
  filedFrom: '2026-01-01',
  filedUntil: '2026-12-31',
  platform: '腾讯公益',
  platformUrl: 'https://gongyi.qq.com/',
});
const campaignMoney = () => ({
  ...filing(),
  paymentProvider: 'offline',
  paymentInstructions: '请转账至 6222 0000 1111 2222（新账户），附言注明参考号',
  monthlyAllowed: true,
});
const freshCampaign = (extra: Record<string, unknown> = {}) => ({
  id: uid('cp'),
  projectId: A.projectId,
  title: '募捐',
  goalAmount: 100000,
  ...extra,
});
const OWNER_FIELDS: Record<
  string,
  { values: () => Record<string, unknown>; request: (field: string, value: unknown) => Promise<[string, unknown]> }
> = {
  'POST /admin/campaigns': {
    values: () => ({ ...campaignMoney(), status: 'draft' }),
    request: async (field, value) => ['/admin/campaigns', freshCampaign({ [field]: value })],
  },
  'PATCH /admin/campaigns/:id': {
    // a closed campaign, so that `status` reopens it
    values: () => ({ ...campaignMoney(), status: 'open', goalAmount: 123456, endsAt: '2030-01-01T00:00:00.000Z' }),
    request: async (field, value) => [
      `/admin/campaigns/${(await sup('POST', '/admin/campaigns', freshCampaign({ status: 'closed' }))).id}`,
      { [field]: value },
    ],
  },
  'POST /admin/lunch': {
    values: filing,
    request: async (field, value) => [
      '/admin/lunch',
      {
        id: uid('ls'),
        orgId: A.orgId,
        name: '教学点',
        childrenCount: 5,
        mealPrice: 400,
        startsOn: '2026-09-01',
        [field]: value,
      },
    ],
  },
};

describe('owner-only body fields × roles', () => {
  it('the table names every field a campaign’s money follows as the owner’s, and no other', () => {
    const declared = Object.fromEntries(
      ADMIN_RULES.filter((r) => r.fields).map((r) => [key(r), Object.keys(r.fields!).sort()]),
    );
    expect(declared).toEqual(
      Object.fromEntries(Object.entries(OWNER_FIELDS).map(([k, f]) => [k, Object.keys(f.values()).sort()])),
    );
    for (const r of ADMIN_RULES) for (const need of Object.values(r.fields ?? {})) expect(need, key(r)).toBe('owner');
  });

  it('an owner sets each of them; any other role gets 403 and nothing changes', async () => {
    const failures: string[] = [];
    for (const [route, f] of Object.entries(OWNER_FIELDS)) {
      const method = route.split(' ')[0]!;
      for (const [field, value] of Object.entries(f.values())) {
        for (const role of ROLES) {
          const [path, body] = await f.request(field, value);
          await settleDirect();
          const before = await snapshot();
          const res = await admin(method, path, body, tokens[role].token);
          const text = await res.text();
          await settleDirect();
          const what = `${role} ${route} ${field}`;
          if (role === 'owner') {
            if (res.status >= 300) failures.push(`${what}: expected 2xx, got ${res.status} ${text.slice(0, 160)}`);
            else if (
              JSON.parse(text)[field] !== undefined &&
              JSON.stringify(JSON.parse(text)[field]) !== JSON.stringify(value)
            ) {
              failures.push(`${what}: answered ${JSON.stringify(JSON.parse(text)[field])}`);
            }
          } else if (res.status !== 403)
            failures.push(`${what}: expected 403, got ${res.status} ${text.slice(0, 120)}`);
          else if (JSON.stringify(before) !== JSON.stringify(await snapshot()))
            failures.push(`${what}: 403 but the database changed`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
