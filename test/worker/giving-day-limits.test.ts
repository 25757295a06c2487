// Giving days behind one address: carriers and offices in China put hundreds of people behind one
// public IP. The write limit (WRITE_LIMIT a minute per address) must let them all give, and still
// hold back one script. (Forged payment callbacks are bounded in payments-wechatpay.test.ts.)
import { describe, expect, it } from 'vitest';
import { WRITE_LIMIT } from '../../worker/middleware/rate-limit';
import { count, freshIp, makeCampaign, pledge, settleDirect } from './helpers';

/** Runs `n` pledges from `ip`, `width` at a time; the status of each. */
async function pledges(campaignId: string, ip: string, n: number, width: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i += width) {
    const wave = Array.from({ length: Math.min(width, n - i) }, (_, j) =>
      pledge(campaignId, { amount: 400, name: `捐赠者${i + j}`, message: '加油' }, { ip, direct: true }).then(
        async (res) => {
          await res.body?.cancel();
          return res.status;
        },
      ),
    );
    statuses.push(...(await Promise.all(wave)));
  }
  await settleDirect();
  return statuses;
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => ((t[s] = (t[s] ?? 0) + 1), t), {});

describe('write limits on a giving day', () => {
  it('300 different donors behind one address, 20 at a time within one minute: every pledge is taken', async () => {
    const { campaignId } = await makeCampaign();
    const statuses = await pledges(campaignId, freshIp(), 300, 20);
    expect(tally(statuses)).toEqual({ 201: 300 });
    expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(300);
  });

  it('one pledge a second from one address (60 in a minute) is never refused', async () => {
    // 60 in the same minute is what one a second amounts to in any one-minute window.
    const { campaignId } = await makeCampaign();
    expect(tally(await pledges(campaignId, freshIp(), 60, 1))).toEqual({ 201: 60 });
  });

  it('one script sending 1,000 pledges a minute from one address is held back to the limit', async () => {
    const { campaignId } = await makeCampaign();
    const ip = freshIp();
    const t = tally(await pledges(campaignId, ip, 1000, 25));
    // A fixed window may start again during the run: at most two windows' worth gets through.
    expect(t[201]).toBeGreaterThanOrEqual(WRITE_LIMIT);
    expect(t[201]).toBeLessThanOrEqual(2 * WRITE_LIMIT);
    expect(t[429]).toBeGreaterThanOrEqual(1000 - 2 * WRITE_LIMIT);
    expect(t[201]! + t[429]!).toBe(1000);
    expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(t[201]);
    // Its neighbour on another address is not held back with it.
    expect((await pledge(campaignId, { amount: 400 }, { ip: freshIp() })).status).toBe(201);
  });
});
