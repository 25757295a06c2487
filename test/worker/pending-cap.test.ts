// Pending money is a claim, not money: one unconfirmed pledge shows publicly with at most a tenth
// of the goal and at most 10,000 元; staff see it exactly; confirmed, all of it counts as raised.
import { describe, expect, it } from 'vitest';
import { PENDING_PLEDGE_SHOWN_MAX } from '../../worker/db/pending-shown';
import { adminOk, call, makeCampaign, pledge } from './helpers';

const publicCampaign = async (id: string) =>
  (await call(`/api/v1/campaigns/${id}`, { headers: { 'Cache-Control': 'no-cache' } })).json<{
    pendingAmount: number;
    raisedAmount: number;
  }>();

describe('a pending pledge in public figures', () => {
  it('a 1 亿元 pledge adds at most the cap to the public pendingAmount; staff see it all; confirmed it is raised in full', async () => {
    const goal = 100_000_000; // 100万元: a tenth is 10万元, above the 1万元 cap
    const { campaignId } = await makeCampaign({ goalAmount: goal });
    const before = await publicCampaign(campaignId);
    const { id } = await (await pledge(campaignId, { amount: 10_000_000_000 })).json<{ id: string }>();
    await (await pledge(campaignId, { amount: 5_000 })).body?.cancel();
    const after = await publicCampaign(campaignId);
    expect(after.pendingAmount - before.pendingAmount).toBe(PENDING_PLEDGE_SHOWN_MAX + 5_000);
    const staff = (await adminOk('GET', '/admin/campaigns')).items.find((c: { id: string }) => c.id === campaignId);
    expect(staff.pendingAmount).toBe(10_000_005_000);
    await adminOk('POST', `/admin/donations/${id}/confirm`);
    const confirmed = await publicCampaign(campaignId);
    expect(confirmed.raisedAmount).toBe(10_000_000_000);
    expect(confirmed.pendingAmount).toBe(5_000);
  });

  it('on a small campaign the cap is a tenth of its goal', async () => {
    const { campaignId } = await makeCampaign({ goalAmount: 200_000 }); // 2,000 元
    await (await pledge(campaignId, { amount: 150_000 })).body?.cancel();
    expect((await publicCampaign(campaignId)).pendingAmount).toBe(20_000);
  });
});
