// The service's own origin comes from PUBLIC_ORIGIN, not from the Host a client sends. Here every
// request arrives for http://gongyi.test (as if `Host: gongyi.test` were forged) while the service
// is configured as https://gongyi.example.cn.
import { describe, expect, it } from 'vitest';
import { bindingsWith, send } from '../payments/worker-harness';
import { expectProblem, freshIp, makeCampaign, SITE } from './helpers';

const PUBLIC = 'https://gongyi.example.cn';
const bindings = bindingsWith({ PUBLIC_ORIGIN: PUBLIC });
const pledgeFrom = (campaignId: string, origin: string) =>
  send(bindings, `/api/v1/campaigns/${campaignId}/donations`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: origin,
      'Idempotency-Key': crypto.randomUUID(),
      'CF-Connecting-IP': freshIp(),
    },
    body: JSON.stringify({ amount: 100 }),
  });

describe('PUBLIC_ORIGIN', () => {
  it('a pledge from the Host’s origin is not same-origin; from the configured one and registered sites it is', async () => {
    const { campaignId } = await makeCampaign();
    await expectProblem(await pledgeFrom(campaignId, 'http://gongyi.test'), 403, 'origin_not_allowed');
    expect((await pledgeFrom(campaignId, PUBLIC)).status).toBe(201);
    expect((await pledgeFrom(campaignId, SITE)).status).toBe(201);
  });

  it('share, embed and oEmbed print the configured origin, never the Host', async () => {
    const { projectId, campaignId } = await makeCampaign();
    const share = await (await send(bindings, `/p/${projectId}`)).text();
    expect(share).toContain(`<link rel="canonical" href="${PUBLIC}/p/${projectId}">`);
    expect(share).not.toContain('gongyi.test');
    const embed = await (await send(bindings, `/embed/progress/${campaignId}`)).text();
    expect(embed).not.toContain('gongyi.test');
    const oembed = await send(bindings, `/oembed?url=${encodeURIComponent(`${PUBLIC}/embed/progress/${campaignId}`)}`);
    expect(oembed.status).toBe(200);
    expect(JSON.stringify(await oembed.json())).not.toContain('gongyi.test');
    // A URL on the Host's origin is not one of ours.
    expect(
      (await send(bindings, `/oembed?url=${encodeURIComponent(`http://gongyi.test/embed/progress/${campaignId}`)}`))
        .status,
    ).toBe(404);
  });
});
