// The donor's own link is signed with DONOR_LINK_SECRET and nothing else: a new ADMIN_TOKEN (after
// a leak, say) breaks no donor's link, and the admin token never signs one. Without the secret a
// gift is still taken, with no link; a deployment without it says so (/api/health 503).
import { describe, expect, it } from 'vitest';
import { base64url } from '../../worker/lib/crypto';
import { bindingsWith, postPledge, send } from '../payments/worker-harness';
import { count, expectProblem, makeCampaign } from './helpers';

const PUBLIC = 'https://gongyi.example.cn';
const tokenOf = (donorUrl: string) => new URL(donorUrl).pathname.split('/').pop()!;

/** A link signed the way the service signs, with `secret`. */
async function signedWith(secret: string, donationId: string) {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`donor:${donationId}`));
  return `${donationId}.${base64url(new Uint8Array(mac).slice(0, 18))}`;
}

describe('donor links', () => {
  it('keep working when the admin token is replaced', async () => {
    const { campaignId } = await makeCampaign();
    const before = bindingsWith({ ADMIN_TOKEN: 'admin-token-before-the-leak' });
    const p = await (
      await postPledge(before, `/api/v1/campaigns/${campaignId}/donations`, { amount: 1000 })
    ).json<{ id: string; donorUrl: string }>();
    const after = bindingsWith({ ADMIN_TOKEN: 'admin-token-after-the-leak' });
    const res = await send(after, `/api/v1/donor/${tokenOf(p.donorUrl)}`);
    expect(res.status).toBe(200);
    expect((await res.json<{ gifts: { id: string }[] }>()).gifts.map((g) => g.id)).toEqual([p.id]);
  });

  it('are never signed with the admin token: without their own secret a pledge is taken with no link', async () => {
    const { campaignId } = await makeCampaign();
    const bindings = bindingsWith({ DONOR_LINK_SECRET: '' });
    const res = await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 1000, name: '王芳' });
    expect(res.status).toBe(201);
    const p = await res.json<{ id: string; donorUrl: string | null }>();
    expect(p.donorUrl).toBeNull();
    expect(await count('donations WHERE id = ?', p.id)).toBe(1);
    // A link signed with the admin token (what the service used to make) opens nothing, with the secret set or not.
    const forged = await signedWith(bindings.ADMIN_TOKEN!, p.id);
    await expectProblem(await send(bindingsWith({}), `/api/v1/donor/${forged}`), 404, 'not_found');
    await expectProblem(await send(bindings, `/api/v1/donor/${forged}`), 503, 'internal_error');
  });

  it('a deployment without the secret says so on /api/health, and still takes gifts', async () => {
    const { campaignId } = await makeCampaign();
    const broken = bindingsWith({ PUBLIC_ORIGIN: PUBLIC, DONOR_LINK_SECRET: '' });
    const health = await send(broken, '/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ ok: false, missing: ['DONOR_LINK_SECRET'] });
    const res = await postPledge(broken, `/api/v1/campaigns/${campaignId}/donations`, { amount: 1000 });
    expect(res.status).toBe(201);
    expect((await res.json<{ donorUrl: string | null }>()).donorUrl).toBeNull();
    const fine = await send(bindingsWith({ PUBLIC_ORIGIN: PUBLIC }), '/api/health');
    expect([fine.status, await fine.json()]).toEqual([200, { ok: true }]);
  });
});
