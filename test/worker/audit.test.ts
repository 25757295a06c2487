// The audit trail: one row per admin write in the same batch as the change (a write that fails
// leaves none), append-only, filtered and paged by the API, exported as CSV, scoped to the
// caller's organisation, with no donor contact and no token secret in its snapshots.
// (Every route × role is walked in role-matrix.test.ts.)
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminCall, adminOk, count, expectProblem, filing, makeCampaign, pledge, uid } from './helpers';

let A: Awaited<ReturnType<typeof makeCampaign>>;
let finance: { token: string; id: string };
let donation: string;

beforeAll(async () => {
  A = await makeCampaign();
  const t = await adminOk('POST', '/admin/tokens', { orgId: A.orgId, role: 'finance', label: '财务 王会计' });
  finance = { token: t.token, id: t.id };
  donation = (
    await (await pledge(A.campaignId, { amount: 8800, name: '陈伟', contact: 'chen@example.com' })).json<any>()
  ).id;
});

describe('audit trail', () => {
  it('records who confirmed a gift, before and after, with the request id the answer carries', async () => {
    const res = await adminCall('POST', `/admin/donations/${donation}/confirm`, undefined, finance.token);
    expect(res.status).toBe(200);
    const requestId = res.headers.get('Request-Id');
    expect(requestId).toMatch(/^rq_/);
    const page = await adminOk('GET', `/admin/audit?object=donation:${donation}`, undefined, finance.token);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      action: 'donation.confirm',
      objectType: 'donation',
      objectId: donation,
      tokenId: finance.id,
      actor: '财务 王会计',
      role: 'finance',
      orgId: A.orgId,
      requestId,
      before: { status: 'pending', amount: 8800 },
      after: { status: 'confirmed', amount: 8800 },
    });
    // The donor's contact never enters the append-only trail.
    expect(JSON.stringify(page.items[0])).not.toContain('chen@example.com');
    expect(page.items[0].after).not.toHaveProperty('contact');
  });

  it('a write that fails in the database leaves no audit row and no change', async () => {
    const owner = (await adminOk('POST', '/admin/tokens', { orgId: A.orgId, role: 'owner', label: '负责人' })).token;
    const other = await makeCampaign();
    const rows = await count('audit_log');
    const title = (await env.DB.prepare('SELECT title, recipient_id FROM campaigns WHERE id = ?')
      .bind(A.campaignId)
      .first<any>())!;
    // The trigger refuses another organisation's charity inside the batch: the whole batch rolls back.
    const res = await adminCall(
      'PATCH',
      `/admin/campaigns/${A.campaignId}`,
      { title: '改了', recipientId: other.recipientId },
      owner,
    );
    await expectProblem(res, 422, 'validation_failed');
    expect(await count('audit_log')).toBe(rows);
    expect(
      await env.DB.prepare('SELECT title, recipient_id FROM campaigns WHERE id = ?').bind(A.campaignId).first(),
    ).toEqual(title);
    // A refused transition (confirming twice) writes nothing either.
    await expectProblem(
      await adminCall('POST', `/admin/donations/${donation}/confirm`, undefined, finance.token),
      409,
      'invalid_transition',
    );
    expect(await count('audit_log')).toBe(rows);
  });

  it('a lunch school created with its recipient and filing: the school, its new project and campaign each have a row', async () => {
    const owner = (await adminOk('POST', '/admin/tokens', { orgId: A.orgId, role: 'owner', label: '负责人 周主任' }))
      .token;
    const res = await adminCall(
      'POST',
      '/admin/lunch',
      {
        id: uid('ls'),
        orgId: A.orgId,
        name: '新田教学点',
        childrenCount: 12,
        mealPrice: 400,
        startsOn: '2026-09-01',
        ...filing(A.recipientId),
      },
      owner,
    );
    expect(res.status).toBe(201);
    const school = await res.json<{ id: string; campaignId: string }>();
    const rows = (
      await env.DB.prepare('SELECT * FROM audit_log WHERE request_id = ? ORDER BY seq')
        .bind(res.headers.get('Request-Id'))
        .all<any>()
    ).results;
    expect(rows.map((r) => [r.action, r.object_type, r.actor_label])).toEqual([
      ['school.create', 'school', '负责人 周主任'],
      ['school.create', 'project', '负责人 周主任'],
      ['school.create', 'campaign', '负责人 周主任'],
    ]);
    const campaign = rows.find((r) => r.object_type === 'campaign');
    expect(campaign.object_id).toBe(school.campaignId);
    expect(campaign.before).toBeNull();
    expect(JSON.parse(campaign.after)).toMatchObject({
      recipient_id: A.recipientId,
      filing_number: filing(A.recipientId).filingNumber,
    });
    expect(rows.every((r) => r.org_id === A.orgId)).toBe(true);
  });

  it('moving a match fund to other campaigns: its row shows the campaigns before and after', async () => {
    const editor = (await adminOk('POST', '/admin/tokens', { orgId: A.orgId, role: 'editor', label: '编辑' })).token;
    const other = await adminOk(
      'POST',
      '/admin/campaigns',
      { id: uid('cp'), projectId: A.projectId, title: '第二期', goalAmount: 50000 },
      editor,
    );
    const matcher = await adminOk('POST', '/admin/matchers', { orgId: A.orgId, name: '某某基金会' }, finance.token);
    const fund = await adminOk(
      'POST',
      '/admin/match-funds',
      {
        matcherId: matcher.id,
        ratioPercent: 100,
        totalCap: 100000,
        startsAt: '2026-01-01T00:00:00Z',
        endsAt: '2030-01-01T00:00:00Z',
        campaignIds: [A.campaignId],
      },
      finance.token,
    );
    await adminOk('PATCH', `/admin/match-funds/${fund.id}`, { campaignIds: [other.id] }, finance.token);
    const [moved] = (
      await adminOk('GET', `/admin/audit?object=fund:${fund.id}&action=fund.update`, undefined, finance.token)
    ).items;
    expect(moved.before.campaignIds).toEqual([A.campaignId]);
    expect(moved.after.campaignIds).toEqual([other.id]);
  });

  it('is append-only: the database refuses to update or delete a row', async () => {
    await expect(env.DB.prepare("UPDATE audit_log SET actor_label = 'someone else'").run()).rejects.toThrow(
      /append_only/,
    );
    await expect(env.DB.prepare('DELETE FROM audit_log').run()).rejects.toThrow(/append_only/);
  });

  it('filters by actor, action and day, pages newest first, exports CSV; organisation tokens see only their own', async () => {
    for (const date of ['2026-11-01', '2026-11-02', '2026-11-03']) {
      await adminOk(
        'POST',
        `/admin/campaigns/${A.campaignId}/expenditures`,
        { date, amount: 100, purpose: `支出 ${date}` },
        finance.token,
      );
    }
    const mine = await adminOk(
      'GET',
      `/admin/audit?actor=${finance.id}&action=expenditure.create&limit=2`,
      undefined,
      finance.token,
    );
    expect(mine.items.map((e: any) => e.after.date)).toEqual(['2026-11-03', '2026-11-02']);
    expect(mine.nextCursor).toBeTruthy();
    const rest = await adminOk(
      'GET',
      `/admin/audit?actor=${finance.id}&action=expenditure.create&limit=2&cursor=${mine.nextCursor}`,
      undefined,
      finance.token,
    );
    expect(rest.items.map((e: any) => e.after.date)).toEqual(['2026-11-01']);
    expect(rest.nextCursor).toBeNull();
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(
      (
        await adminOk(
          'GET',
          `/admin/audit?from=${today}&to=${today}&action=expenditure.create`,
          undefined,
          finance.token,
        )
      ).items.length,
    ).toBe(3);
    expect((await adminOk('GET', `/admin/audit?to=2020-01-01`, undefined, finance.token)).items).toEqual([]);
    // The super-admin's own writes: actor=super.
    const bySuper = await adminOk('GET', `/admin/audit?orgId=${A.orgId}&actor=super&action=campaign.create`);
    expect(bySuper.items).toMatchObject([
      { role: 'super', actor: 'super-admin', tokenId: null, objectId: A.campaignId },
    ]);

    const csv = await adminCall('GET', `/admin/audit?format=csv&action=expenditure.create`, undefined, finance.token);
    expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('seq,at,orgId,tokenId,actor,role,action,objectType,objectId,before,after,requestId');
    expect(lines).toHaveLength(4);

    const stranger = await makeCampaign();
    const theirs = (await adminOk('POST', '/admin/tokens', { orgId: stranger.orgId, role: 'viewer', label: '别人' }))
      .token;
    const seen = await adminOk('GET', '/admin/audit?limit=500', undefined, theirs);
    expect(seen.items.every((e: any) => e.orgId === stranger.orgId)).toBe(true);
    await expectProblem(await adminCall('GET', `/admin/audit?orgId=${A.orgId}`, undefined, theirs), 403, 'forbidden');
  });

  it('a token past its expiry no longer works; the list says when it expires', async () => {
    const t = await adminOk('POST', '/admin/tokens', {
      orgId: A.orgId,
      role: 'viewer',
      label: '临时志愿者',
      expiresAt: new Date(Date.now() + 1500).toISOString(),
    });
    expect(t.expiresAt).toBeTruthy();
    expect((await adminCall('GET', '/admin/session', undefined, t.token)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1700));
    await expectProblem(await adminCall('GET', '/admin/session', undefined, t.token), 401, 'unauthorized');
  });
});
