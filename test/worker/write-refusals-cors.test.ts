// A refusal is readable by the page that sent it: every answer of every public write route
// (donations, lunch sponsorships, wish claims) carries CORS for the request's Origin, errors
// included, and the preflight lets any page send its POST. Readable is not allowed: a foreign
// origin still gets 403 origin_not_allowed and writes nothing.
import { describe, expect, it } from 'vitest';
import { WRITE_LIMIT } from '../../worker/middleware/rate-limit';
import {
  adminOk,
  call,
  callDirect,
  count,
  expectProblem,
  filing,
  freshIp,
  makeCampaign,
  makeRecipient,
  SITE,
  uid,
} from './helpers';

const FOREIGN = 'https://news.unregistered.example';

type Target = { path: string; body: object; other: object; written: () => Promise<number>; close: () => Promise<void> };

/** One fresh object per route, registered for SITE, with what closes it (409) and what it wrote. */
const routes: Record<string, () => Promise<Target>> = {
  async donations() {
    const { campaignId } = await makeCampaign();
    return {
      path: `/api/v1/campaigns/${campaignId}/donations`,
      body: { amount: 100 },
      other: { amount: 101 },
      written: () => count('donations WHERE campaign_id = ?', campaignId),
      close: async () => void (await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { status: 'closed' })),
    };
  },
  async sponsorships() {
    const orgId = uid('org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: `测试机构 ${orgId}` });
    await adminOk('POST', '/admin/sites', { orgId, origin: SITE });
    const school = await adminOk('POST', '/admin/lunch', {
      id: uid('ls'),
      orgId,
      name: '测试教学点',
      childrenCount: 10,
      mealPrice: 400,
      startsOn: '2030-09-02',
      ...filing(await makeRecipient(orgId)),
    });
    return {
      path: `/api/v1/lunch/${school.id}/sponsorships`,
      body: { meals: 1 },
      other: { meals: 2 },
      written: () => count('donations WHERE campaign_id = ?', school.campaignId),
      close: async () => void (await adminOk('PATCH', `/admin/campaigns/${school.campaignId}`, { status: 'closed' })),
    };
  },
  async claims() {
    const orgId = uid('org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: `测试街道 ${orgId}` });
    await adminOk('POST', '/admin/sites', { orgId, origin: SITE });
    const wish = await adminOk('POST', '/admin/wishes', {
      orgId,
      title: '一台收音机',
      category: 'necessities',
      wisherName: '马才英',
      value: 9900,
    });
    const claimer = { name: '宋慧蓉', contact: '13912345678' };
    return {
      path: `/api/v1/wishes/${wish.id}/claims`,
      body: claimer,
      other: { ...claimer, name: '王芳' },
      written: () => count('wish_claims WHERE wish_id = ?', wish.id),
      // The accepted claim in the test took the wish: the next one is 409 already_claimed.
      close: async () => {},
    };
  },
};

type PostOpts = {
  origin?: string | null;
  key?: string | null;
  raw?: string;
  type?: string;
  ip?: string;
  direct?: boolean;
};

function post(path: string, body: unknown, o: PostOpts = {}) {
  const headers: Record<string, string> = {
    'Content-Type': o.type ?? 'application/json',
    'CF-Connecting-IP': o.ip ?? freshIp(),
  };
  if (o.key !== null) headers['Idempotency-Key'] = o.key ?? crypto.randomUUID();
  if (o.origin !== null) headers.Origin = o.origin ?? SITE;
  return (o.direct ? callDirect : call)(path, { method: 'POST', headers, body: o.raw ?? JSON.stringify(body) });
}

const preflight = (path: string, origin: string) =>
  call(path, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, idempotency-key',
    },
  });

/** What a browser needs to hand the answer to the page at `origin`. */
function expectReadableBy(res: Response, origin: string) {
  expect(res.headers.get('Access-Control-Allow-Origin'), `${res.status} readable by ${origin}`).toBe(origin);
  expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  expect(res.headers.get('Vary')).toMatch(/Origin/);
}

describe.each(Object.keys(routes))('POST %s', (route) => {
  it('a foreign page’s preflight succeeds, and its POST gets a readable 403 origin_not_allowed naming the fix; nothing is written', async () => {
    const t = await routes[route]!();
    const pre = await preflight(t.path, FOREIGN);
    expect(pre.status).toBe(204);
    expectReadableBy(pre, FOREIGN);
    expect(pre.headers.get('Access-Control-Allow-Methods')).toMatch(/POST/);
    expect(pre.headers.get('Access-Control-Allow-Headers')).toMatch(/Idempotency-Key/);
    expect(pre.headers.get('Access-Control-Allow-Headers')).toMatch(/Content-Type/);

    const res = await post(t.path, t.body, { origin: FOREIGN });
    expectReadableBy(res, FOREIGN);
    const p = await expectProblem(res, 403, 'origin_not_allowed');
    expect(p.detail).toContain(FOREIGN);
    expect(p.detail).toMatch(/嵌入网站/);
    expect(await t.written()).toBe(0);
  });

  it('every refusal to a registered page is readable: 400, 404, 409, 413, 415, 422', async () => {
    const t = await routes[route]!();
    const refusals: [number, string, Response][] = [];
    const add = async (status: number, code: string, res: Promise<Response>) =>
      refusals.push([status, code, await res]);
    await add(400, 'idempotency_key_required', post(t.path, t.body, { key: null }));
    await add(400, 'validation_failed', post(t.path, null, { raw: '{"amount": 1' }));
    await add(404, 'not_found', post(t.path.replace(/\/api\/v1\/(\w+)\/[^/]+\//, '/api/v1/$1/no-such-thing/'), t.body));
    await add(
      413,
      'payload_too_large',
      post(t.path, null, { raw: JSON.stringify({ ...t.body, pad: 'x'.repeat(17 * 1024) }) }),
    );
    await add(
      415,
      'unsupported_media_type',
      post(t.path, null, { raw: 'amount=100', type: 'application/x-www-form-urlencoded' }),
    );
    const key = crypto.randomUUID();
    expect((await post(t.path, t.body, { key })).status).toBe(201);
    await add(422, 'idempotency_conflict', post(t.path, t.other, { key }));
    await t.close();
    await add(409, route === 'claims' ? 'already_claimed' : 'campaign_closed', post(t.path, t.other));
    for (const [status, code, res] of refusals) {
      expectReadableBy(res, SITE);
      expect(res.headers.get('Access-Control-Expose-Headers')).toMatch(/Retry-After/);
      await expectProblem(res, status, code);
    }
    // The one accepted write and nothing else.
    expect(await t.written()).toBe(1);
  });
});

it('a 429 is readable too, with its Retry-After exposed', async () => {
  const t = await routes.sponsorships!();
  const ip = freshIp();
  let limited: Response | undefined;
  // Refused bodies spend the address's budget too (the limiter runs before validation), and cost
  // no write: the budget is used up without 300 real sponsorships.
  for (let i = 0; i < 2 * WRITE_LIMIT + 10 && !limited; i++) {
    const res = await post(t.path, {}, { ip, direct: true });
    if (res.status === 429) limited = res;
    else await res.body?.cancel();
  }
  expect(limited).toBeDefined();
  expectReadableBy(limited!, SITE);
  expect(limited!.headers.get('Access-Control-Expose-Headers')).toMatch(/Retry-After/);
  await expectProblem(limited!, 429, 'rate_limited');
});
