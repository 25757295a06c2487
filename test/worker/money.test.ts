// Money never lost or double-counted: 200 concurrent pledges, all confirmed concurrently, give
// exact totals; cancel returns pending; racing confirmations count once; refunds reverse.
import { describe, expect, it } from 'vitest';
import { adminCall, adminOk, call, campaignRow, expectProblem, freshIp, makeCampaign, pledge } from './helpers';

describe('totals under concurrency', () => {
  it('200 concurrent pledges then confirm all → raisedAmount is the exact sum, donorCount 200', async () => {
    const { campaignId } = await makeCampaign({ goalAmount: 10_000_000_000 });
    // 10 clients × 20 pledges stays under the 30/min per-client write limit.
    const ips = Array.from({ length: 10 }, freshIp);
    const amounts = Array.from({ length: 200 }, (_, i) => 1 + ((i * 7919) % 100_000));
    const expected = amounts.reduce((a, b) => a + b, 0);
    const responses = await Promise.all(
      amounts.map((amount, i) => pledge(campaignId, { amount, name: `捐赠人${i}` }, { ip: ips[i % 10] })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const ids = await Promise.all(responses.map(async (r) => (await r.json<any>()).id as string));
    expect(new Set(ids).size).toBe(200);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: expected, donor_count: 0 });

    const confirmed = await Promise.all(ids.map((id) => adminCall('POST', `/admin/donations/${id}/confirm`)));
    expect(confirmed.map((r) => r.status)).toEqual(Array(200).fill(200));
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: expected, pending_amount: 0, donor_count: 200 });
    const pub = await (await call(`/api/v1/campaigns/${campaignId}`)).json<any>();
    expect(pub).toMatchObject({ raisedAmount: expected, pendingAmount: 0, donorCount: 200 });
  });

  it('racing confirmations of one donation count it once; the losers get 409 invalid_transition', async () => {
    const { campaignId } = await makeCampaign();
    const { id } = await (await pledge(campaignId, { amount: 4321 })).json<any>();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => adminCall('POST', `/admin/donations/${id}/confirm`)),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 4321, pending_amount: 0, donor_count: 1 });
  });
});

describe('status changes', () => {
  it('cancel moves pending back; confirm/cancel after that are 409', async () => {
    const { campaignId } = await makeCampaign();
    const a = await (await pledge(campaignId, { amount: 1500 })).json<any>();
    const b = await (await pledge(campaignId, { amount: 500 })).json<any>();
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 2000, donor_count: 0 });
    const cancelled = await adminOk('POST', `/admin/donations/${a.id}/cancel`);
    expect(cancelled).toMatchObject({ id: a.id, status: 'cancelled', cancelledAt: expect.any(String) });
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 500, donor_count: 0 });
    await expectProblem(await adminCall('POST', `/admin/donations/${a.id}/confirm`), 409, 'invalid_transition');
    await expectProblem(await adminCall('POST', `/admin/donations/${a.id}/cancel`), 409, 'invalid_transition');
    await adminOk('POST', `/admin/donations/${b.id}/confirm`);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 500, pending_amount: 0, donor_count: 1 });
    const refunded = await adminOk('POST', `/admin/donations/${b.id}/refund`);
    expect(refunded).toMatchObject({ status: 'refunded', refundedAt: expect.any(String) });
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
    await expectProblem(await adminCall('POST', `/admin/donations/${b.id}/refund`), 409, 'invalid_transition');
  });

  it('unknown donation → 404', async () => {
    for (const action of ['confirm', 'cancel', 'refund']) {
      await expectProblem(await adminCall('POST', `/admin/donations/nope/${action}`), 404, 'not_found');
    }
  });
});
