// POST /campaigns/{id}/donations and the reusable public-write stack: origin check + preflight,
// Idempotency-Key (required, replay, conflict, concurrent duplicates), 16 KiB cap, rate limit,
// validation that writes nothing, closed campaigns, masking and no contact in public answers.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { adminOk, BASE, call, campaignRow, count, expectProblem, freshIp, makeCampaign, pledge, SITE } from './helpers';
import { WRITE_LIMIT } from '../../worker/middleware/rate-limit';

const donations = (campaignId: string) => count('donations WHERE campaign_id = ?', campaignId);
const records = () => count('idempotency_records');

describe('a pledge', () => {
  it('answers 201 pending with offline payment instructions and moves pendingAmount', async () => {
    const { campaignId } = await makeCampaign();
    const res = await pledge(campaignId, { amount: 5000, name: '张三', message: '加油', contact: '13800138000' });
    expect(res.status).toBe(201);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(SITE);
    expect(res.headers.get('Access-Control-Expose-Headers')).toMatch(/Idempotent-Replayed/);
    expect(res.headers.get('Idempotent-Replayed')).toBeNull();
    const body = await res.json<any>();
    expect(body).toEqual({
      id: expect.stringMatching(/^dn_/),
      status: 'pending',
      amount: 5000,
      currency: 'CNY',
      payment: {
        method: 'offline',
        instructions: expect.stringContaining(body.payment.reference),
        reference: expect.stringMatching(/^GY-[0-9A-Z]{8}$/),
      },
      frequency: 'once',
      donorUrl: expect.stringMatching(new RegExp(`^${BASE}/donor/${body.id}\\.[\\w-]+$`)),
    });
    expect(JSON.stringify(body)).not.toContain('13800138000');
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 5000, donor_count: 0 });
  });

  it('is accepted from the service origin itself', async () => {
    const { campaignId } = await makeCampaign();
    expect((await pledge(campaignId, { amount: 100 }, { origin: BASE })).status).toBe(201);
  });

  it('on an unknown campaign is 404 and writes nothing', async () => {
    const before = await records();
    await expectProblem(await pledge('no-such-campaign', { amount: 100 }), 404, 'not_found');
    expect(await records()).toBe(before);
  });

  it.each([
    ['closed', { status: 'closed' }],
    ['past its end', { endsAt: '2020-01-01T00:00:00Z' }],
  ])('on a %s campaign is 409 campaign_closed and writes nothing', async (_, opts) => {
    const { campaignId } = await makeCampaign(opts);
    await expectProblem(await pledge(campaignId, { amount: 100 }), 409, 'campaign_closed');
    expect(await donations(campaignId)).toBe(0);
  });

  it('on a draft campaign is 404 (unpublished: not public at all) and writes nothing', async () => {
    const { campaignId } = await makeCampaign({ status: 'draft' });
    await expectProblem(await pledge(campaignId, { amount: 100 }), 404, 'not_found');
    expect(await donations(campaignId)).toBe(0);
  });
});

describe('origin check', () => {
  it.each([
    ['missing', null],
    ['foreign', 'https://evil.example'],
    ['look-alike', 'http://localhost:8788'],
  ])('%s Origin → 403 origin_not_allowed, nothing written', async (_, origin) => {
    const { campaignId } = await makeCampaign();
    const res = await pledge(campaignId, { amount: 100 }, { origin });
    await expectProblem(res, 403, 'origin_not_allowed');
    // Readable by the page that sent it (write-refusals-cors.test.ts), still a refusal.
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(await donations(campaignId)).toBe(0);
  });

  it("accepts only the owning organisation's sites", async () => {
    const a = await makeCampaign();
    const b = await makeCampaign();
    await adminOk('POST', '/admin/sites', { orgId: a.orgId, origin: 'https://news.example.cn/' });
    expect((await pledge(a.campaignId, { amount: 100 }, { origin: 'https://news.example.cn' })).status).toBe(201);
    await expectProblem(
      await pledge(b.campaignId, { amount: 100 }, { origin: 'https://news.example.cn' }),
      403,
      'origin_not_allowed',
    );
  });

  it('answers the CORS preflight for any origin: the POST itself is checked (and refused readably)', async () => {
    const { campaignId } = await makeCampaign();
    const preflight = (origin: string) =>
      call(`/api/v1/campaigns/${campaignId}/donations`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });
    const ok = await preflight(SITE);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe(SITE);
    expect(ok.headers.get('Access-Control-Allow-Methods')).toMatch(/POST/);
    expect(ok.headers.get('Access-Control-Allow-Headers')).toMatch(/Idempotency-Key/);
    expect(ok.headers.get('Vary')).toMatch(/Origin/);
    const foreign = await preflight('https://evil.example');
    expect(foreign.status).toBe(204);
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBe('https://evil.example');
  });
});

describe('Idempotency-Key', () => {
  it('is required (400 idempotency_key_required) and must be sane', async () => {
    const { campaignId } = await makeCampaign();
    await expectProblem(await pledge(campaignId, { amount: 100 }, { key: null }), 400, 'idempotency_key_required');
    await expectProblem(await pledge(campaignId, { amount: 100 }, { key: 'x'.repeat(256) }), 400, 'validation_failed');
    expect(await donations(campaignId)).toBe(0);
  });

  it('replays the first answer for the same key and body', async () => {
    const { campaignId } = await makeCampaign();
    const key = crypto.randomUUID();
    const body = { amount: 2000, name: 'Li Wei' };
    const first = await pledge(campaignId, body, { key });
    const firstText = await first.text();
    const again = await pledge(campaignId, body, { key, ip: freshIp() });
    expect(again.status).toBe(first.status);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe(SITE);
    expect(await again.text()).toBe(firstText);
    expect(await donations(campaignId)).toBe(1);
    expect((await campaignRow(campaignId))!.pending_amount).toBe(2000);
  });

  it('refuses the same key with another body (422 idempotency_conflict)', async () => {
    const { campaignId } = await makeCampaign();
    const key = crypto.randomUUID();
    expect((await pledge(campaignId, { amount: 2000 }, { key })).status).toBe(201);
    await expectProblem(await pledge(campaignId, { amount: 2001 }, { key }), 422, 'idempotency_conflict');
    expect(await donations(campaignId)).toBe(1);
  });

  it('scopes keys per path: the same key on another campaign is a new pledge', async () => {
    const a = await makeCampaign();
    const b = await makeCampaign();
    const key = crypto.randomUUID();
    expect((await pledge(a.campaignId, { amount: 100 }, { key })).status).toBe(201);
    const other = await pledge(b.campaignId, { amount: 100 }, { key });
    expect(other.status).toBe(201);
    expect(other.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('concurrent duplicates with one key write once and all answer the same', async () => {
    const { campaignId } = await makeCampaign();
    const key = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => pledge(campaignId, { amount: 777, name: '马才英' }, { key, ip: freshIp() })),
    );
    const bodies = await Promise.all(results.map((r) => r.text()));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(new Set(bodies).size).toBe(1);
    expect(results.filter((r) => r.headers.get('Idempotent-Replayed') === 'true').length).toBe(11);
    expect(await donations(campaignId)).toBe(1);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 777, donor_count: 0 });
  });

  it('does not store refused requests: a corrected retry with the same key succeeds', async () => {
    const { campaignId } = await makeCampaign();
    const key = crypto.randomUUID();
    await expectProblem(await pledge(campaignId, { amount: 0 }, { key }), 400, 'validation_failed');
    expect((await pledge(campaignId, { amount: 100 }, { key })).status).toBe(201);
  });
});

describe('validation', () => {
  it.each([
    ['amount 0', { amount: 0 }],
    ['negative amount', { amount: -5 }],
    ['amount over 10^10', { amount: 10_000_000_001 }],
    ['fractional amount', { amount: 10.5 }],
    ['string amount', { amount: '100' }],
    ['missing amount', { name: '张三' }],
    ['message over 200 chars', { amount: 100, message: '好'.repeat(201) }],
    ['name over 50 chars', { amount: 100, name: 'n'.repeat(51) }],
    ['anonymous not boolean', { amount: 100, anonymous: 'yes' }],
    ['array body', [1, 2]],
  ])('%s → 400 validation_failed with errors[], nothing written', async (_, body) => {
    const { campaignId } = await makeCampaign();
    const p = await expectProblem(await pledge(campaignId, body), 400, 'validation_failed');
    expect(p.errors?.length).toBeGreaterThan(0);
    expect(await donations(campaignId)).toBe(0);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
  });

  it('accepts the maximum amount 10^10', async () => {
    const { campaignId } = await makeCampaign();
    expect((await pledge(campaignId, { amount: 10_000_000_000 })).status).toBe(201);
  });

  it.each([
    ['malformed JSON', '{"amount": 1', 'application/json'],
    ['empty body', '', 'application/json'],
  ])('%s → 400 validation_failed, never 5xx', async (_, raw, type) => {
    const { campaignId } = await makeCampaign();
    await expectProblem(
      await pledge(campaignId, null, { raw, headers: { 'Content-Type': type } }),
      400,
      'validation_failed',
    );
    expect(await donations(campaignId)).toBe(0);
  });

  it('a non-JSON body → 415 unsupported_media_type, nothing written', async () => {
    const { campaignId } = await makeCampaign();
    const res = await pledge(campaignId, null, {
      raw: 'amount=100',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    await expectProblem(res, 415, 'unsupported_media_type');
    expect(await donations(campaignId)).toBe(0);
  });
});

describe('limits', () => {
  it('bodies over 16 KiB → 413 payload_too_large, nothing written', async () => {
    const { campaignId } = await makeCampaign();
    const big = JSON.stringify({ amount: 100, message: 'x'.repeat(17 * 1024) });
    await expectProblem(await pledge(campaignId, null, { raw: big }), 413, 'payload_too_large');
    // Without Content-Length (streamed) the cap holds too.
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const res = await call(`/api/v1/campaigns/${campaignId}/donations`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: SITE,
        'Idempotency-Key': crypto.randomUUID(),
        'CF-Connecting-IP': freshIp(),
      },
      body: stream,
      // @ts-expect-error workerd needs duplex for streamed request bodies
      duplex: 'half',
    });
    await expectProblem(res, 413, 'payload_too_large');
    expect(await donations(campaignId)).toBe(0);
  });

  it('rate-limits per client (CF-Connecting-IP): 429 rate_limited with Retry-After', async () => {
    const { campaignId } = await makeCampaign();
    const ip = freshIp();
    const statuses: number[] = [];
    let limited: Response | undefined;
    // Twice the limit and more: a run that crosses the limiter's minute still fills one of its windows.
    for (let i = 0; i < 2 * WRITE_LIMIT + 10 && !limited; i++) {
      const res = await pledge(campaignId, { amount: 1 }, { ip, direct: true });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
      else await res.body?.cancel();
    }
    expect(limited, `statuses: ${statuses.join(',')}`).toBeDefined();
    expect(Number(limited!.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(limited!.headers.get('Access-Control-Allow-Origin')).toBe(SITE);
    await expectProblem(limited!, 429, 'rate_limited');
    const written = await donations(campaignId);
    expect(written).toBe(statuses.filter((s) => s === 201).length);
    // Another client is unaffected.
    expect((await pledge(campaignId, { amount: 1 }, { ip: freshIp() })).status).toBe(201);
  });
});

describe('privacy of public answers', () => {
  it('masks names per the contract table and never shows a contact', async () => {
    const { campaignId } = await makeCampaign();
    const contacts = ['13912345678', 'zhang.san@example.com', '+86 139 8765 4321', 'wx:secret_handle'];
    const gifts = [
      { amount: 101, name: '张三', contact: contacts[0] },
      { amount: 102, name: '马才英', contact: contacts[1] },
      { amount: 103, name: 'Li Wei', contact: contacts[2] },
      { amount: 104, name: '王五', anonymous: true, contact: contacts[3] },
      { amount: 105 },
      { amount: 106, name: '赵六', message: '有事请联系 13912345678 或 zhang.san@example.com' },
    ];
    for (const g of gifts) {
      const res = await pledge(campaignId, g);
      expect(res.status).toBe(201);
      await adminOk('POST', `/admin/donations/${(await res.json<any>()).id}/confirm`);
    }
    const publicPaths = [
      `/api/v1/campaigns/${campaignId}`,
      `/api/v1/campaigns/gaoping-lunch`,
      `/api/v1/projects/gaoping-lunch`,
      `/api/v1/orgs/hunan-mzt`,
      `/api/v1/orgs/hunan-mzt/projects?limit=50`,
    ];
    for (const path of publicPaths) {
      const text = await (await call(path)).text();
      for (const secret of [
        ...contacts,
        '13912345678',
        'zhang.san@example.com',
        '张三',
        '马才英',
        'Li Wei',
        '王五',
        'contact',
      ]) {
        expect(text, `${path} leaks ${secret}`).not.toContain(secret);
      }
    }
    const c = await (await call(`/api/v1/campaigns/${campaignId}`)).json<any>();
    const byAmount = Object.fromEntries(c.recentDonations.map((d: any) => [d.amount, d]));
    expect(byAmount[101]).toMatchObject({ name: '张*', anonymous: false });
    expect(byAmount[102]).toMatchObject({ name: '马**' });
    expect(byAmount[103]).toMatchObject({ name: 'L***' });
    expect(byAmount[104]).toMatchObject({ name: '爱心人士', anonymous: true });
    expect(byAmount[105]).toMatchObject({ name: '爱心人士', anonymous: true });
    expect(byAmount[106].message).toBe('有事请联系 *** 或 ***');
    for (const d of c.recentDonations)
      expect(Object.keys(d).sort()).toEqual(['amount', 'anonymous', 'at', 'message', 'name']);
    // Admins still see the real name and contact.
    const admin = await adminOk('GET', `/admin/donations?campaignId=${campaignId}`);
    expect(admin.items.map((d: any) => d.contact)).toEqual(expect.arrayContaining(contacts));
  });

  it('recentDonations lists only confirmed gifts, newest 10', async () => {
    const { campaignId } = await makeCampaign();
    const ids: string[] = [];
    for (let i = 1; i <= 12; i++) ids.push((await (await pledge(campaignId, { amount: i })).json<any>()).id);
    for (const id of ids.slice(0, 11)) await adminOk('POST', `/admin/donations/${id}/confirm`);
    const c = await (await call(`/api/v1/campaigns/${campaignId}`)).json<any>();
    expect(c.recentDonations).toHaveLength(10);
    expect(c.recentDonations.map((d: any) => d.amount)).not.toContain(12);
    expect(c.recentDonations[0].amount).toBe(11);
    expect(c.donorCount).toBe(11);
    expect(c.pendingAmount).toBe(12);
  });
});

describe('store', () => {
  it('keeps the contact only in the donations table, never in idempotency records', async () => {
    const { campaignId } = await makeCampaign();
    await pledge(campaignId, { amount: 100, contact: 'only-admin@example.com' });
    const rec = await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM idempotency_records WHERE response_body LIKE '%only-admin@example.com%'`,
    ).first<{ n: number }>();
    expect(rec!.n).toBe(0);
  });
});
