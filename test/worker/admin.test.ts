// Admin API: bearer auth (401), org-token scoping (403), tokens stored only as hashes, and
// create / PATCH / list for organisations, sites, projects, updates, campaigns, tokens, donations (+CSV).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../worker/lib/crypto';
import { adminCall, adminOk, call, count, expectProblem, makeCampaign, pledge, uid } from './helpers';

async function orgToken(orgId: string) {
  return (await adminOk('POST', '/admin/tokens', { orgId, label: 'test' })).token as string;
}

describe('authentication', () => {
  it.each([
    ['no header', null],
    ['wrong token', 'wrong'],
    ['empty bearer', ''],
  ])('%s → 401 unauthorized with WWW-Authenticate', async (_, token) => {
    const res = await adminCall('GET', '/admin/orgs', undefined, token);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    await expectProblem(res, 401, 'unauthorized');
  });

  it('a refused admin write writes nothing', async () => {
    const id = uid('noauth');
    await expectProblem(await adminCall('POST', '/admin/orgs', { id, name: 'x' }, 'wrong'), 401, 'unauthorized');
    expect(await count('organisations WHERE id = ?', id)).toBe(0);
  });

  it('Basic auth is not accepted', async () => {
    const res = await call('/api/v1/admin/orgs', {
      headers: { Authorization: `Basic ${btoa(`admin:${env.ADMIN_TOKEN}`)}` },
    });
    await expectProblem(res, 401, 'unauthorized');
  });
});

describe('tokens', () => {
  it('are issued once with gy_ prefix, stored only as SHA-256, listed without secrets, revocable', async () => {
    const { orgId } = await makeCampaign();
    const issued = await adminOk('POST', '/admin/tokens', { orgId, label: '宣传科' });
    expect(issued).toMatchObject({
      id: expect.any(String),
      orgId,
      label: '宣传科',
      token: expect.stringMatching(/^gy_[A-Za-z0-9_-]{40,}$/),
    });
    const row = await env.DB.prepare('SELECT * FROM admin_tokens WHERE id = ?').bind(issued.id).first<any>();
    expect(row.token_hash).toBe(await sha256Hex(issued.token));
    expect(JSON.stringify(row)).not.toContain(issued.token);
    const list = await adminOk('GET', `/admin/tokens?orgId=${orgId}`);
    expect(list.items).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(issued.token);
    expect(JSON.stringify(list)).not.toContain(row.token_hash);
    // Works, then revoked → 401.
    expect((await adminCall('GET', '/admin/orgs', undefined, issued.token)).status).toBe(200);
    await adminOk('DELETE', `/admin/tokens/${issued.id}`);
    await expectProblem(await adminCall('GET', '/admin/orgs', undefined, issued.token), 401, 'unauthorized');
  });

  it('unknown organisation → 404; validation → 400', async () => {
    await expectProblem(await adminCall('POST', '/admin/tokens', { orgId: 'nope' }), 404, 'not_found');
    await expectProblem(await adminCall('POST', '/admin/tokens', {}), 400, 'validation_failed');
  });
});

describe('organisation-token scoping', () => {
  it('acts on its own organisation and gets 403 forbidden on any other', async () => {
    const mine = await makeCampaign();
    const other = await makeCampaign();
    const t = await orgToken(mine.orgId);
    const { id: donationId } = await (await pledge(other.campaignId, { amount: 100 })).json<any>();
    const { id: myDonation } = await (await pledge(mine.campaignId, { amount: 100 })).json<any>();

    // Own organisation: allowed.
    expect((await adminCall('PATCH', `/admin/orgs/${mine.orgId}`, { brand: '我的品牌' }, t)).status).toBe(200);
    expect(
      (
        await adminCall(
          'POST',
          '/admin/projects',
          { orgId: mine.orgId, title: 't', summary: 's', category: 'other', status: 'planned' },
          t,
        )
      ).status,
    ).toBe(201);
    expect((await adminCall('POST', `/admin/donations/${myDonation}/confirm`, undefined, t)).status).toBe(200);

    // Another organisation: forbidden, and nothing changes.
    const forbidden: [string, string, unknown?][] = [
      ['POST', '/admin/orgs', { name: 'new org' }],
      ['PATCH', `/admin/orgs/${other.orgId}`, { name: 'hijack' }],
      ['POST', '/admin/sites', { orgId: other.orgId, origin: 'https://evil.example' }],
      [
        'POST',
        '/admin/projects',
        { orgId: other.orgId, title: 't', summary: 's', category: 'other', status: 'planned' },
      ],
      ['PATCH', `/admin/projects/${other.projectId}`, { title: 'hijack' }],
      ['POST', `/admin/projects/${other.projectId}/updates`, { title: 'x', state: 'done', date: '2026-01-01' }],
      ['GET', `/admin/projects/${other.projectId}/updates`],
      ['POST', '/admin/campaigns', { projectId: other.projectId, title: 'x', goalAmount: 100 }],
      ['PATCH', `/admin/campaigns/${other.campaignId}`, { title: 'hijack' }],
      ['POST', '/admin/tokens', { orgId: other.orgId }],
      ['GET', `/admin/sites?orgId=${other.orgId}`],
      ['GET', `/admin/donations?orgId=${other.orgId}`],
      ['GET', `/admin/donations.csv?orgId=${other.orgId}`],
      ['POST', `/admin/donations/${donationId}/confirm`],
      ['POST', `/admin/donations/${donationId}/cancel`],
    ];
    for (const [method, path, body] of forbidden) {
      await expectProblem(await adminCall(method, path, body, t), 403, 'forbidden');
    }
    const o = await (await call(`/api/v1/orgs/${other.orgId}`)).json<any>();
    expect(o.name).not.toBe('hijack');
    expect(await count(`donations WHERE id = ? AND status = 'pending'`, donationId)).toBe(1);

    // Lists default to its own organisation.
    const orgs = await adminOk('GET', '/admin/orgs', undefined, t);
    expect(orgs.items.map((x: any) => x.id)).toEqual([mine.orgId]);
    const dons = await adminOk('GET', '/admin/donations', undefined, t);
    expect(dons.items.every((d: any) => d.orgId === mine.orgId)).toBe(true);
    const projects = await adminOk('GET', '/admin/projects', undefined, t);
    expect(projects.items.every((p: any) => p.orgId === mine.orgId)).toBe(true);
  });
});

describe('organisations, sites, projects, updates, campaigns', () => {
  it('create (201 with id), patch and list organisations', async () => {
    const created = await adminCall('POST', '/admin/orgs', {
      name: '凤县民政局测试',
      region: '陕西省',
      website: 'https://fx.example.cn',
    });
    expect(created.status).toBe(201);
    const org = await created.json<any>();
    expect(org).toMatchObject({
      id: expect.stringMatching(/^org_/),
      name: '凤县民政局测试',
      region: '陕西省',
      brand: null,
    });
    const patched = await adminOk('PATCH', `/admin/orgs/${org.id}`, { brand: '暖民心', region: null });
    expect(patched).toMatchObject({ brand: '暖民心', region: null, name: '凤县民政局测试' });
    const list = await adminOk('GET', '/admin/orgs');
    expect(list.items.map((o: any) => o.id)).toEqual(expect.arrayContaining(['hunan-mzt', org.id]));
    await expectProblem(
      await adminCall('POST', '/admin/orgs', { id: 'hunan-mzt', name: 'dup' }),
      409,
      'already_exists',
    );
    await expectProblem(await adminCall('POST', '/admin/orgs', { id: 'Bad Id!', name: 'x' }), 400, 'validation_failed');
    await expectProblem(await adminCall('POST', '/admin/orgs', { region: 'no name' }), 400, 'validation_failed');
    await expectProblem(await adminCall('PATCH', '/admin/orgs/nope', { name: 'x' }), 404, 'not_found');
    await expectProblem(
      await adminCall('PATCH', `/admin/orgs/${org.id}`, { website: 'javascript:alert(1)' }),
      400,
      'validation_failed',
    );
  });

  it('sites: origins are normalised, validated, unique per organisation, listable, removable', async () => {
    const { orgId } = await makeCampaign();
    const site = await adminOk('POST', '/admin/sites', { orgId, origin: 'HTTPS://News.Example.CN:443/' });
    expect(site).toMatchObject({ orgId, origin: 'https://news.example.cn' });
    await expectProblem(
      await adminCall('POST', '/admin/sites', { orgId, origin: 'https://news.example.cn' }),
      409,
      'already_exists',
    );
    await expectProblem(
      await adminCall('POST', '/admin/sites', { orgId, origin: 'https://a.example/path' }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', '/admin/sites', { orgId, origin: 'not a url' }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', '/admin/sites', { orgId: 'nope', origin: 'https://a.example' }),
      404,
      'not_found',
    );
    const moved = await adminOk('PATCH', `/admin/sites/${site.id}`, { origin: 'https://www.example.cn' });
    expect(moved.origin).toBe('https://www.example.cn');
    const list = await adminOk('GET', `/admin/sites?orgId=${orgId}`);
    expect(list.items.map((s: any) => s.origin).sort()).toEqual(['http://localhost:8787', 'https://www.example.cn']);
    await adminOk('DELETE', `/admin/sites/${site.id}`);
    await expectProblem(await adminCall('DELETE', `/admin/sites/${site.id}`), 404, 'not_found');
  });

  it('projects and their progress updates appear in the public project', async () => {
    const { orgId } = await makeCampaign();
    const p = await adminOk('POST', '/admin/projects', {
      orgId,
      title: '助餐点',
      summary: '老年助餐',
      category: 'meals',
      status: 'planned',
      location: '某村',
      links: [{ title: '原文', url: 'https://example.cn/a' }],
    });
    expect(p).toMatchObject({
      id: expect.stringMatching(/^pj_/),
      orgId,
      campaignId: null,
      links: [{ title: '原文', url: 'https://example.cn/a' }],
    });
    await expectProblem(
      await adminCall('POST', '/admin/projects', {
        orgId,
        title: 'x',
        summary: 's',
        category: 'sports',
        status: 'planned',
      }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', '/admin/projects', {
        orgId: 'nope',
        title: 'x',
        summary: 's',
        category: 'other',
        status: 'planned',
      }),
      404,
      'not_found',
    );
    const patched = await adminOk('PATCH', `/admin/projects/${p.id}`, {
      status: 'in_progress',
      coverUrl: 'https://example.cn/c.jpg',
    });
    expect(patched).toMatchObject({ status: 'in_progress', coverUrl: 'https://example.cn/c.jpg', title: '助餐点' });
    await expectProblem(await adminCall('PATCH', '/admin/projects/nope', { title: 'x' }), 404, 'not_found');

    const u1 = await adminOk('POST', `/admin/projects/${p.id}/updates`, {
      title: '选址',
      state: 'done',
      date: '2026-01-05',
    });
    await adminOk('POST', `/admin/projects/${p.id}/updates`, {
      title: '装修',
      state: 'doing',
      date: '2026-02-01',
      body: '进行中',
    });
    await expectProblem(
      await adminCall('POST', `/admin/projects/${p.id}/updates`, { title: 'x', state: 'finished', date: '2026-02-01' }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', `/admin/projects/${p.id}/updates`, { title: 'x', state: 'done', date: '2026-13-45' }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', '/admin/projects/nope/updates', { title: 'x', state: 'done', date: '2026-01-01' }),
      404,
      'not_found',
    );
    await adminOk('PATCH', `/admin/projects/${p.id}/updates/${u1.id}`, { body: '已确定' });
    await expectProblem(
      await adminCall('PATCH', `/admin/projects/${p.id}/updates/nope`, { body: 'x' }),
      404,
      'not_found',
    );
    const updates = await adminOk('GET', `/admin/projects/${p.id}/updates`);
    expect(updates.items.map((u: any) => u.title)).toEqual(['选址', '装修']);

    const pub = await (await call(`/api/v1/projects/${p.id}`)).json<any>();
    expect(pub.updates).toEqual([
      { date: '2026-01-05', title: '选址', body: '已确定', state: 'done' },
      { date: '2026-02-01', title: '装修', body: '进行中', state: 'doing' },
    ]);
    const list = await adminOk('GET', `/admin/projects?orgId=${orgId}`);
    expect(list.items.map((x: any) => x.id)).toContain(p.id);
  });

  it('campaigns: create with defaults, patch (not totals), list, and link from the project', async () => {
    const { orgId, projectId } = await makeCampaign();
    const cp = await adminOk('POST', '/admin/campaigns', { projectId, title: '第二期', goalAmount: 500000 });
    expect(cp).toMatchObject({
      id: expect.stringMatching(/^cp_/),
      currency: 'CNY',
      status: 'open',
      tiers: [],
      raisedAmount: 0,
      orgId,
    });
    await expectProblem(
      await adminCall('POST', '/admin/campaigns', { projectId, title: 'x', goalAmount: 0 }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', '/admin/campaigns', { projectId, title: 'x', goalAmount: 100, currency: 'yuan' }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', '/admin/campaigns', { projectId: 'nope', title: 'x', goalAmount: 100 }),
      404,
      'not_found',
    );
    const patched = await adminOk('PATCH', `/admin/campaigns/${cp.id}`, {
      status: 'closed',
      tiers: [{ amount: 5000, label: '一周午餐' }],
      endsAt: '2027-01-01T00:00:00Z',
      raisedAmount: 999999,
    });
    expect(patched).toMatchObject({
      status: 'closed',
      tiers: [{ amount: 5000, label: '一周午餐' }],
      endsAt: '2027-01-01T00:00:00Z',
      raisedAmount: 0,
    });
    await expectProblem(await adminCall('PATCH', '/admin/campaigns/nope', { title: 'x' }), 404, 'not_found');
    const list = await adminOk('GET', `/admin/campaigns?projectId=${projectId}`);
    expect(list.items).toHaveLength(2);
    // The open campaign stays the project's campaignId.
    const pub = await (await call(`/api/v1/projects/${projectId}`)).json<any>();
    expect(pub.campaignId).not.toBe(cp.id);
  });
});

describe('donations list and CSV', () => {
  it('lists with filters and paging, including private contact', async () => {
    const { campaignId } = await makeCampaign();
    for (let i = 0; i < 5; i++) await pledge(campaignId, { amount: 100 + i, contact: `c${i}@example.com` });
    const all: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await adminOk(
        'GET',
        `/admin/donations?campaignId=${campaignId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.map((d) => d.amount).sort()).toEqual([100, 101, 102, 103, 104]);
    expect(all[0]).toMatchObject({
      campaignId,
      status: 'pending',
      contact: expect.stringMatching(/@example\.com$/),
      reference: expect.stringMatching(/^GY-/),
    });
    await adminOk('POST', `/admin/donations/${all[0].id}/confirm`);
    const confirmed = await adminOk('GET', `/admin/donations?campaignId=${campaignId}&status=confirmed`);
    expect(confirmed.items.map((d: any) => d.id)).toEqual([all[0].id]);
    await expectProblem(await adminCall('GET', '/admin/donations?status=lost'), 400, 'validation_failed');
    // By the reference a donor wrote on the transfer, however staff type it.
    const ref: string = all[3].reference;
    for (const typed of [ref, ref.toLowerCase(), ref.slice(3), ` ${ref.slice(0, 7)} ${ref.slice(7)} `]) {
      const found = await adminOk(
        'GET',
        `/admin/donations?campaignId=${campaignId}&reference=${encodeURIComponent(typed)}`,
      );
      expect(
        found.items.map((d: any) => d.id),
        typed,
      ).toEqual([all[3].id]);
    }
    expect((await adminOk('GET', `/admin/donations?campaignId=${campaignId}&reference=GY-NOTTHERE`)).items).toEqual([]);
  });

  it('exports CSV with a UTF-8 BOM, escaping and formula protection', async () => {
    const { campaignId, orgId } = await makeCampaign();
    await pledge(campaignId, {
      amount: 2000,
      name: '张三',
      message: '他说："加油, 孩子们"',
      contact: '=HYPERLINK("x")',
    });
    const res = await adminCall('GET', `/admin/donations.csv?orgId=${orgId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toMatch(/attachment; filename="donations\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes).slice(1);
    const [header, row] = text.trim().split('\r\n');
    expect(header).toBe(
      'id,orgId,campaignId,status,amount,currency,name,anonymous,message,contact,channel,reference,createdAt,confirmedAt,cancelledAt,refundedAt,refundDue',
    );
    expect(row).toContain(',张三,');
    expect(row).toContain('"他说：""加油, 孩子们"""');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    await expectProblem(await adminCall('GET', '/admin/donations.csv', undefined, null), 401, 'unauthorized');
  });

  it('CSV: a cell holding ";" is quoted, so a semicolon-locale spreadsheet cannot split a formula out of it', async () => {
    const { campaignId, orgId } = await makeCampaign();
    await pledge(campaignId, {
      amount: 2000,
      name: '李四',
      message: "加油;=cmd|' /C calc'!A0;@SUM(1+1)",
      contact: '13800138000',
    });
    const text = (await (await adminCall('GET', `/admin/donations.csv?orgId=${orgId}`)).text()).replace(/^\uFEFF/, '');
    const row = text.trim().split('\r\n')[1]!;
    expect(row).toContain(`"加油;=cmd|' /C calc'!A0;@SUM(1+1)"`);
    // Read as Excel reads it in a semicolon locale: split at every ";" outside quotes.
    const cells: string[] = [];
    let quoted = false;
    let current = '';
    for (const ch of row) {
      if (ch === '"') quoted = !quoted;
      if (ch === ';' && !quoted) {
        cells.push(current);
        current = '';
      } else current += ch;
    }
    cells.push(current);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });
});

describe('admin body limit', () => {
  it('bodies over 16 KiB → 413', async () => {
    await expectProblem(
      await adminCall('POST', '/admin/orgs', { name: 'x', brand: 'y'.repeat(17 * 1024) }),
      413,
      'payload_too_large',
    );
  });
});
