// Micro-wishes: the public board (masking, counts, filters, paging, caching), first-come claims
// under the public-write rules (one winner of 50, losers write nothing), and the staff API
// (contacts, org scoping, release with a reason, fulfil with a thank-you, status rules).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { adminCall, adminOk, BASE, call, count, expectProblem, freshIp, SITE, uid, callDirect } from './helpers';
import { WRITE_LIMIT } from '../../worker/middleware/rate-limit';

type ClaimOpts = { key?: string | null; origin?: string | null; ip?: string; raw?: string; direct?: boolean };

function claim(wishId: string, body: unknown, o: ClaimOpts = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'CF-Connecting-IP': o.ip ?? freshIp() };
  if (o.key !== null) headers['Idempotency-Key'] = o.key ?? crypto.randomUUID();
  if (o.origin !== null) headers.Origin = o.origin ?? SITE;
  return (o.direct ? callDirect : call)(`/api/v1/wishes/${encodeURIComponent(wishId)}/claims`, {
    method: 'POST',
    headers,
    body: o.raw ?? JSON.stringify(body),
  });
}

const board = async (org: string, query = '') => {
  const res = await call(`/api/v1/orgs/${org}/wishes${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json<any>();
};

/** A fresh organisation (registered for SITE) with one open wish per given title. */
async function makeOrg(wishes: Record<string, unknown>[] = [{}]) {
  const orgId = uid('org');
  await adminOk('POST', '/admin/orgs', { id: orgId, name: `测试街道 ${orgId}` });
  await adminOk('POST', '/admin/sites', { orgId, origin: SITE });
  const ids: string[] = [];
  for (const w of wishes) {
    const created = await adminOk('POST', '/admin/wishes', {
      orgId,
      title: '一台电风扇',
      category: 'necessities',
      wisherName: '马才英',
      community: '春晖社区',
      value: 16900,
      ...w,
    });
    ids.push(created.id);
  }
  return { orgId, ids, wishId: ids[0]! };
}

const CLAIMER = { name: '宋慧蓉', organisation: '兴化广播电视台', contact: '13912345678' };
const claimsOf = (wishId: string) => count('wish_claims WHERE wish_id = ?', wishId);
const recordsFor = (wishId: string) =>
  count('idempotency_records WHERE scope = ?', `POST /api/v1/wishes/${wishId}/claims`);

describe('the Taizhou Hailing demo board', () => {
  it('has open, claimed and fulfilled wishes from the report, masked, with claimers and thank-yous', async () => {
    const b = await board('taizhou-hailing', '?limit=50');
    expect(b.counts).toEqual({ open: 7, claimed: 2, fulfilled: 2 });
    expect(b.items).toHaveLength(11);
    const byId = Object.fromEntries(b.items.map((w: any) => [w.id, w]));
    expect(byId['hailing-walking-shoes']).toMatchObject({
      title: '一双防滑健步鞋',
      category: 'necessities',
      wisher: '洪**',
      value: 19900,
      currency: 'CNY',
      status: 'fulfilled',
      claimedBy: '兴化广播电视台',
      fulfilledAt: '2021-05-15T08:00:00.000Z',
      thanks: expect.stringContaining('健步鞋'),
    });
    expect(byId['hailing-street-lamp']).toMatchObject({
      wisher: '马**',
      status: 'fulfilled',
      claimedBy: '春晖社区党员',
    });
    expect(byId['hailing-radio']).toMatchObject({
      wisher: '肖*',
      status: 'claimed',
      claimedBy: '美好社区党建联盟',
      category: 'culture',
    });
    // A claimer without an organisation is shown by masked name.
    expect(byId['hailing-english-tutoring']).toMatchObject({ status: 'claimed', claimedBy: '陈*' });
    expect(byId['hailing-electric-fan']).toMatchObject({
      status: 'open',
      claimedBy: null,
      fulfilledAt: null,
      thanks: null,
    });
    const cats = new Set(b.items.map((w: any) => w.category));
    expect([...cats].sort()).toEqual(['culture', 'employment', 'necessities', 'other', 'policy', 'study']);
  });

  it('never shows a wisher or claimer unmasked, nor a contact', async () => {
    const text = await (await call('/api/v1/orgs/taizhou-hailing/wishes?limit=50')).text();
    for (const secret of ['马才英', '洪奶奶', '肖萌', '宋慧蓉', '马年红', '陈晨', '0523-', 'contact', 'wisherName']) {
      expect(text, `leaks ${secret}`).not.toContain(secret);
    }
  });

  it('is a cacheable public read: CORS *, ETag, 304', async () => {
    const res = await call('/api/v1/orgs/taizhou-hailing/wishes');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cache-Control')).toMatch(/max-age/);
    const etag = res.headers.get('ETag')!;
    expect(etag).toBeTruthy();
    expect((await call('/api/v1/orgs/taizhou-hailing/wishes', { headers: { 'If-None-Match': etag } })).status).toBe(
      304,
    );
  });
});

describe('filters and paging', () => {
  it('filters by status and category; counts follow the category, not the status', async () => {
    const open = await board('taizhou-hailing', '?status=open&limit=50');
    expect(open.items.map((w: any) => w.status)).toEqual(Array(7).fill('open'));
    expect(open.counts).toEqual({ open: 7, claimed: 2, fulfilled: 2 });
    const culture = await board('taizhou-hailing', '?category=culture');
    expect(culture.items.every((w: any) => w.category === 'culture')).toBe(true);
    expect(culture.counts).toEqual({ open: 1, claimed: 2, fulfilled: 0 });
    const both = await board('taizhou-hailing', '?category=necessities&status=fulfilled');
    expect(both.items.map((w: any) => w.id)).toEqual(['hailing-walking-shoes']);
  });

  it('pages newest first with an opaque cursor, no gaps or repeats', async () => {
    const all = (await board('taizhou-hailing', '?limit=50')).items.map((w: any) => w.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const p: any = await board('taizhou-hailing', `?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(p.items.length).toBeLessThanOrEqual(4);
      seen.push(...p.items.map((w: any) => w.id));
      cursor = p.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all[0]).toBe('hailing-winter-quilt'); // the newest
  });

  it.each([
    ['unknown status', '?status=withdrawn'],
    ['unknown category', '?category=food'],
    ['limit 0', '?limit=0'],
    ['bad cursor', '?cursor=nope'],
  ])('%s → 400 validation_failed', async (_, q) => {
    await expectProblem(await call(`/api/v1/orgs/taizhou-hailing/wishes${q}`), 400, 'validation_failed');
  });

  it('an unknown organisation is 404 not_found', async () => {
    await expectProblem(await call('/api/v1/orgs/nope/wishes'), 404, 'not_found');
  });

  it('withdrawn and expired wishes are not public', async () => {
    const { orgId, ids } = await makeOrg([{ title: 'a' }, { title: 'b' }, { title: 'c' }]);
    await adminOk('PATCH', `/admin/wishes/${ids[0]}`, { status: 'withdrawn' });
    await adminOk('PATCH', `/admin/wishes/${ids[1]}`, { status: 'expired' });
    const b = await board(orgId);
    expect(b.items.map((w: any) => w.id)).toEqual([ids[2]]);
    expect(b.counts).toEqual({ open: 1, claimed: 0, fulfilled: 0 });
  });
});

describe('a claim', () => {
  it('answers 201 claimed, takes the wish, and keeps the contact for staff only', async () => {
    const { orgId, wishId } = await makeOrg();
    const res = await claim(wishId, CLAIMER);
    expect(res.status).toBe(201);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(SITE);
    const body = await res.json<any>();
    expect(body).toEqual({
      id: expect.stringMatching(/^wc_/),
      wishId,
      status: 'claimed',
      claimedBy: '兴化广播电视台',
      claimedAt: expect.any(String),
    });
    const publicText = await (await call(`/api/v1/orgs/${orgId}/wishes`)).text();
    expect(publicText).not.toContain('13912345678');
    expect(publicText).not.toContain('宋慧蓉');
    expect(JSON.parse(publicText).items[0]).toMatchObject({ status: 'claimed', claimedBy: '兴化广播电视台' });
    const admin = await adminOk('GET', `/admin/wishes?orgId=${orgId}`);
    expect(admin.items[0].claim).toMatchObject({
      name: '宋慧蓉',
      organisation: '兴化广播电视台',
      contact: '13912345678',
      status: 'active',
    });
    expect(admin.items[0].wisherName).toBe('马才英');
    // The stored replay holds the public answer only.
    expect(await count(`idempotency_records WHERE response_body LIKE '%13912345678%'`)).toBe(0);
  });

  it('without an organisation, the public sees the masked name', async () => {
    const { wishId } = await makeOrg();
    const res = await claim(wishId, { name: 'Li Wei', contact: 'li.wei@example.com' });
    expect((await res.json<any>()).claimedBy).toBe('L***');
  });

  it('50 simultaneous claims: exactly one 201, 49 × 409 already_claimed, and the losers write nothing', async () => {
    const { wishId } = await makeOrg();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        claim(wishId, { name: `认领人${i}`, contact: `1390000${String(i).padStart(4, '0')}` }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.status === 409)) await expectProblem(r, 409, 'already_claimed');
    const winner = await results.find((r) => r.status === 201)!.json<any>();
    expect(await claimsOf(wishId)).toBe(1);
    expect(await recordsFor(wishId)).toBe(1); // only the winner's answer is stored for replay
    const row = await env.DB.prepare('SELECT status, claim_id FROM wishes WHERE id = ?').bind(wishId).first<any>();
    expect(row).toEqual({ status: 'claimed', claim_id: winner.id });
  });

  it("a loser's retry with the same key is answered afresh, not replayed", async () => {
    const { wishId } = await makeOrg();
    expect((await claim(wishId, CLAIMER)).status).toBe(201);
    const key = crypto.randomUUID();
    const late = { name: '马年红', contact: '13800000000' };
    await expectProblem(await claim(wishId, late, { key }), 409, 'already_claimed');
    const again = await claim(wishId, late, { key });
    expect(again.headers.get('Idempotent-Replayed')).toBeNull();
    await expectProblem(again, 409, 'already_claimed');
    expect(await recordsFor(wishId)).toBe(1);
  });

  it('replays the winner for the same key and body; refuses the key with another body', async () => {
    const { wishId } = await makeOrg();
    const key = crypto.randomUUID();
    const first = await claim(wishId, CLAIMER, { key });
    const firstText = await first.text();
    const again = await claim(wishId, CLAIMER, { key, ip: freshIp() });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.text()).toBe(firstText);
    await expectProblem(await claim(wishId, { ...CLAIMER, name: '别人' }, { key }), 422, 'idempotency_conflict');
    expect(await claimsOf(wishId)).toBe(1);
  });

  it('on a fulfilled wish is 409 already_claimed; on a withdrawn one 409 wish_closed; unknown 404', async () => {
    await expectProblem(await claim('hailing-walking-shoes', CLAIMER), 409, 'already_claimed');
    const { wishId } = await makeOrg();
    await adminOk('PATCH', `/admin/wishes/${wishId}`, { status: 'withdrawn' });
    await expectProblem(await claim(wishId, CLAIMER), 409, 'wish_closed');
    expect(await claimsOf(wishId)).toBe(0);
    await expectProblem(await claim('no-such-wish', CLAIMER), 404, 'not_found');
  });
});

describe('claims follow the public-write rules', () => {
  it.each([
    ['missing', null],
    ['foreign', 'https://evil.example'],
  ])('%s Origin → 403 origin_not_allowed, nothing written', async (_, origin) => {
    const { wishId } = await makeOrg();
    await expectProblem(await claim(wishId, CLAIMER, { origin }), 403, 'origin_not_allowed');
    expect(await claimsOf(wishId)).toBe(0);
  });

  it("accepts only the owning organisation's sites, and the service's own origin", async () => {
    const a = await makeOrg();
    await adminOk('POST', '/admin/sites', { orgId: a.orgId, origin: 'https://news.example.cn' });
    const b = await makeOrg();
    await expectProblem(
      await claim(b.wishId, CLAIMER, { origin: 'https://news.example.cn' }),
      403,
      'origin_not_allowed',
    );
    expect((await claim(a.wishId, CLAIMER, { origin: 'https://news.example.cn' })).status).toBe(201);
    expect((await claim(b.wishId, CLAIMER, { origin: BASE })).status).toBe(201);
  });

  it('needs an Idempotency-Key (400 idempotency_key_required)', async () => {
    const { wishId } = await makeOrg();
    await expectProblem(await claim(wishId, CLAIMER, { key: null }), 400, 'idempotency_key_required');
    expect(await claimsOf(wishId)).toBe(0);
  });

  it.each([
    ['missing contact', { name: '张三' }],
    ['missing name', { contact: '13800000000' }],
    ['blank name', { name: '  ', contact: '13800000000' }],
    ['name over 50', { name: 'n'.repeat(51), contact: '13800000000' }],
    ['organisation over 100', { ...CLAIMER, organisation: '单'.repeat(101) }],
    ['contact too short', { name: '张三', contact: '12' }],
  ])('%s → 400 validation_failed, nothing written', async (_, body) => {
    const { wishId } = await makeOrg();
    const p = await expectProblem(await claim(wishId, body), 400, 'validation_failed');
    expect(p.errors?.length).toBeGreaterThan(0);
    expect(await claimsOf(wishId)).toBe(0);
    expect((await board((await adminOk('GET', `/admin/wishes/${wishId}`)).orgId)).counts.open).toBe(1);
  });

  it('bodies over 16 KiB → 413 payload_too_large', async () => {
    const { wishId } = await makeOrg();
    await expectProblem(
      await claim(wishId, null, { raw: JSON.stringify({ ...CLAIMER, organisation: 'x'.repeat(17 * 1024) }) }),
      413,
      'payload_too_large',
    );
    expect(await claimsOf(wishId)).toBe(0);
  });

  it('is rate-limited per client: 429 rate_limited with Retry-After', async () => {
    const { wishId } = await makeOrg();
    const ip = freshIp();
    let limited: Response | undefined;
    // Twice the limit and more: a run that crosses the limiter's minute still fills one of its windows.
    for (let i = 0; i < 2 * WRITE_LIMIT + 10 && !limited; i++) {
      const res = await claim(wishId, { name: `人${i}`, contact: '13800000000' }, { ip, direct: true });
      if (res.status === 429) limited = res;
      else await res.body?.cancel();
    }
    expect(limited).toBeDefined();
    expect(Number(limited!.headers.get('Retry-After'))).toBeGreaterThan(0);
    await expectProblem(limited!, 429, 'rate_limited');
    expect(await claimsOf(wishId)).toBe(1);
  });
});

describe('staff', () => {
  it('create: 201 with the name as entered; bad input 400; auth 401; another org 403', async () => {
    const { orgId } = await makeOrg([]);
    const created = await adminOk('POST', '/admin/wishes', {
      orgId,
      title: '一个书包',
      category: 'study',
      wisherName: '李想',
      community: '鼓楼社区',
      value: 12000,
      story: '开学前想要新书包',
    });
    expect(created).toMatchObject({
      id: expect.stringMatching(/^wi_/),
      orgId,
      wisherName: '李想',
      value: 12000,
      currency: 'CNY',
      status: 'open',
      claim: null,
    });
    for (const bad of [{ value: 10.5 }, { value: 0 }, { category: 'food' }, { wisherName: '' }, { currency: 'cny' }]) {
      await expectProblem(
        await adminCall('POST', '/admin/wishes', { orgId, title: 't', category: 'study', wisherName: '李想', ...bad }),
        400,
        'validation_failed',
      );
    }
    await expectProblem(
      await adminCall('POST', '/admin/wishes', { orgId, title: 't', category: 'study', wisherName: 'x' }, null),
      401,
      'unauthorized',
    );
    const { token } = await adminOk('POST', '/admin/tokens', { orgId });
    const other = await makeOrg();
    await expectProblem(
      await adminCall(
        'POST',
        '/admin/wishes',
        { orgId: other.orgId, title: 't', category: 'study', wisherName: 'x' },
        token,
      ),
      403,
      'forbidden',
    );
    await expectProblem(
      await adminCall('POST', `/admin/wishes/${other.wishId}/fulfil`, { note: 'x' }, token),
      403,
      'forbidden',
    );
    await expectProblem(
      await adminCall('GET', `/admin/wishes?orgId=${other.orgId}`, undefined, token),
      403,
      'forbidden',
    );
    // An org token lists only its own organisation's wishes.
    const mine = await adminOk('GET', '/admin/wishes', undefined, token);
    expect(mine.items.map((w: any) => w.orgId)).toEqual([orgId]);
  });

  it('release: back to open with a reason; the wish can be claimed again; history keeps both claims', async () => {
    const { orgId, wishId } = await makeOrg();
    expect((await claim(wishId, CLAIMER)).status).toBe(201);
    await expectProblem(await adminCall('POST', `/admin/wishes/${wishId}/release`, {}), 400, 'validation_failed');
    const released = await adminOk('POST', `/admin/wishes/${wishId}/release`, { reason: '认领人联系不上' });
    expect(released).toMatchObject({ status: 'open', claim: null });
    expect((await board(orgId)).items[0]).toMatchObject({ status: 'open', claimedBy: null });
    await expectProblem(
      await adminCall('POST', `/admin/wishes/${wishId}/release`, { reason: 'again' }),
      409,
      'invalid_transition',
    );
    expect((await claim(wishId, { name: '马年红', organisation: '春晖社区党员', contact: '13800000000' })).status).toBe(
      201,
    );
    const detail = await adminOk('GET', `/admin/wishes/${wishId}`);
    expect(detail.claims.map((c: any) => [c.name, c.status, c.releaseReason])).toEqual([
      ['宋慧蓉', 'released', '认领人联系不上'],
      ['马年红', 'active', null],
    ]);
    expect(detail.claim.name).toBe('马年红');
  });

  it('fulfil: a claimed wish becomes fulfilled with the thank-you; only claimed wishes can be', async () => {
    const { orgId, wishId } = await makeOrg();
    await expectProblem(
      await adminCall('POST', `/admin/wishes/${wishId}/fulfil`, { note: '谢谢' }),
      409,
      'invalid_transition',
    );
    await claim(wishId, CLAIMER);
    const done = await adminOk('POST', `/admin/wishes/${wishId}/fulfil`, {
      note: '电风扇已送到老人家中。',
      photoUrl: 'https://example.org/fan.jpg',
      fulfilledAt: '2026-07-01T08:00:00Z',
    });
    expect(done).toMatchObject({
      status: 'fulfilled',
      fulfilledAt: '2026-07-01T08:00:00.000Z',
      thanks: '电风扇已送到老人家中。',
      claim: { status: 'fulfilled' },
    });
    expect((await board(orgId)).items[0]).toMatchObject({
      status: 'fulfilled',
      claimedBy: '兴化广播电视台',
      thanks: '电风扇已送到老人家中。',
      thanksPhotoUrl: 'https://example.org/fan.jpg',
    });
    await expectProblem(
      await adminCall('POST', `/admin/wishes/${wishId}/release`, { reason: 'x' }),
      409,
      'invalid_transition',
    );
    await expectProblem(
      await adminCall('PATCH', `/admin/wishes/${wishId}`, { status: 'open' }),
      409,
      'invalid_transition',
    );
    await expectProblem(await claim(wishId, CLAIMER), 409, 'already_claimed');
  });

  it('edit: fields change; status moves only between open, withdrawn and expired while unclaimed', async () => {
    const { wishId } = await makeOrg();
    const edited = await adminOk('PATCH', `/admin/wishes/${wishId}`, {
      title: '一台落地扇',
      value: null,
      community: '五一社区',
    });
    expect(edited).toMatchObject({ title: '一台落地扇', value: null, community: '五一社区', status: 'open' });
    expect((await adminOk('PATCH', `/admin/wishes/${wishId}`, { status: 'withdrawn' })).status).toBe('withdrawn');
    expect((await adminOk('PATCH', `/admin/wishes/${wishId}`, { status: 'open' })).status).toBe('open');
    await expectProblem(
      await adminCall('PATCH', `/admin/wishes/${wishId}`, { status: 'claimed' }),
      400,
      'validation_failed',
    );
    await claim(wishId, CLAIMER);
    await expectProblem(
      await adminCall('PATCH', `/admin/wishes/${wishId}`, { status: 'withdrawn' }),
      409,
      'invalid_transition',
    );
    expect((await adminOk('PATCH', `/admin/wishes/${wishId}`, { story: '补充说明' })).status).toBe('claimed');
    await expectProblem(await adminCall('PATCH', '/admin/wishes/nope', { title: 'x' }), 404, 'not_found');
  });

  it('the database itself refuses a second holder and a skipped step', async () => {
    const { wishId } = await makeOrg();
    await claim(wishId, CLAIMER);
    await expect(
      env.DB.prepare(`INSERT INTO wish_claims (id, wish_id, name, contact) VALUES ('direct', ?, 'x', '13800000000')`)
        .bind(wishId)
        .run(),
    ).rejects.toThrow(/wish_already_claimed/);
    await expect(env.DB.prepare(`UPDATE wishes SET status = 'open' WHERE id = ?`).bind(wishId).run()).rejects.toThrow(
      /invalid_wish_transition/,
    );
    const { wishId: open } = await makeOrg();
    await expect(
      env.DB.prepare(`UPDATE wishes SET status = 'fulfilled' WHERE id = ?`).bind(open).run(),
    ).rejects.toThrow(/invalid_wish_transition/);
  });
});

describe('API description', () => {
  it('documents the wish routes, admin ones behind the bearer token', async () => {
    const doc = await (await call('/api/openapi.json')).json<any>();
    expect(Object.keys(doc.paths['/api/v1/orgs/{org}/wishes'])).toEqual(['get']);
    const claimOp = doc.paths['/api/v1/wishes/{id}/claims'].post;
    expect(Object.keys(claimOp.responses)).toEqual(expect.arrayContaining(['201', '403', '409', '413', '422', '429']));
    expect(claimOp.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ClaimInput' });
    for (const [path, method] of [
      ['/api/v1/admin/wishes', 'post'],
      ['/api/v1/admin/wishes', 'get'],
      ['/api/v1/admin/wishes/{id}', 'get'],
      ['/api/v1/admin/wishes/{id}', 'patch'],
      ['/api/v1/admin/wishes/{id}/release', 'post'],
      ['/api/v1/admin/wishes/{id}/fulfil', 'post'],
    ] as const) {
      expect(doc.paths[path]?.[method]?.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
    }
  });
});
