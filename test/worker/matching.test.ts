// Matching funds (配捐): every money rule. A confirmed gift is matched exactly once, ratio × gift,
// at most the cap per gift and what the fund still holds; gifts pledged outside the fund's time
// are not matched; a refund gives the match back; 50 confirmations racing at the fund's edge
// never match more than it holds; and a property test over random histories keeps the books.
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignTag, tagsOfCampaign } from '../../worker/cache/tags';
import {
  adminCall,
  adminOk,
  call,
  expectProblem,
  makeCampaign,
  pledge,
  settleDirect,
  callDirect,
  SUPER,
} from './helpers';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function fundFor(
  campaignIds: string[],
  orgId: string,
  o: { ratioPercent?: number; capPerGift?: number | null; totalCap: number; startsAt?: string; endsAt?: string },
) {
  const matcher = await adminOk('POST', '/admin/matchers', {
    orgId,
    name: '爱心企业',
    logoUrl: 'https://example.cn/logo.png',
  });
  return adminOk('POST', '/admin/match-funds', {
    matcherId: matcher.id,
    ratioPercent: o.ratioPercent ?? 100,
    capPerGift: o.capPerGift ?? null,
    totalCap: o.totalCap,
    startsAt: o.startsAt ?? iso(Date.now() - DAY),
    endsAt: o.endsAt ?? iso(Date.now() + 30 * DAY),
    campaignIds,
  });
}

const give = async (campaignId: string, amount: number, direct = false) =>
  (await (await pledge(campaignId, { amount, name: '张三' }, { direct })).json<{ id: string }>()).id;
const confirm = (id: string) => adminOk('POST', `/admin/donations/${id}/confirm`);
const fundRow = (id: string) =>
  env.DB.prepare('SELECT matched_amount, total_cap FROM match_funds WHERE id = ?')
    .bind(id)
    .first<{ matched_amount: number; total_cap: number }>();
const campaignMatched = async (id: string) =>
  (await env.DB.prepare('SELECT matched_amount FROM campaigns WHERE id = ?')
    .bind(id)
    .first<{ matched_amount: number }>())!.matched_amount;
const allocations = (donationId: string) =>
  env.DB.prepare('SELECT * FROM match_allocations WHERE donation_id = ?')
    .bind(donationId)
    .all<any>()
    .then((r) => r.results);
const view = async (id: string) =>
  (await call(`/api/v1/campaigns/${id}`, { headers: { 'Cache-Control': 'no-cache' } })).json<any>();

describe('matching a gift', () => {
  it('1:1 with a cap per gift: confirmed once, matched once; the public view shows the match and the fund', async () => {
    const { campaignId, orgId } = await makeCampaign();
    const fund = await fundFor([campaignId], orgId, { ratioPercent: 100, capPerGift: 5000, totalCap: 100_000 });
    const small = await give(campaignId, 1000);
    const big = await give(campaignId, 20_000);
    expect(await campaignMatched(campaignId)).toBe(0); // pending gifts are not matched
    await confirm(small);
    await confirm(big);
    await expectProblem(await adminCall('POST', `/admin/donations/${big}/confirm`), 409, 'invalid_transition');
    expect((await allocations(small)).map((a) => a.amount)).toEqual([1000]);
    expect((await allocations(big)).map((a) => a.amount)).toEqual([5000]); // capped per gift
    expect(await fundRow(fund.id)).toEqual({ matched_amount: 6000, total_cap: 100_000 });
    const c = await view(campaignId);
    expect(c).toMatchObject({ raisedAmount: 21_000, matchedAmount: 6000 });
    expect(c.matchFunds).toEqual([
      {
        id: fund.id,
        matcher: { name: '爱心企业', logoUrl: 'https://example.cn/logo.png' },
        ratioPercent: 100,
        capPerGift: 5000,
        remaining: 94_000,
        endsAt: fund.endsAt,
      },
    ]);
  });

  it('1:2 doubles the match; a fund of another currency or outside its time does not match', async () => {
    const { campaignId, orgId } = await makeCampaign();
    const doubling = await fundFor([campaignId], orgId, { ratioPercent: 200, totalCap: 1_000_000 });
    const later = await fundFor([campaignId], orgId, {
      totalCap: 1_000_000,
      startsAt: iso(Date.now() + DAY),
      endsAt: iso(Date.now() + 2 * DAY),
    });
    const over = await fundFor([campaignId], orgId, {
      totalCap: 1_000_000,
      startsAt: iso(Date.now() - 3 * DAY),
      endsAt: iso(Date.now() - DAY),
    });
    const id = await give(campaignId, 1000);
    await confirm(id);
    expect((await allocations(id)).map((a) => [a.fund_id, a.amount])).toEqual([[doubling.id, 2000]]);
    expect((await fundRow(later.id))!.matched_amount).toBe(0);
    expect((await fundRow(over.id))!.matched_amount).toBe(0);
    expect((await view(campaignId)).matchFunds.map((f: any) => f.id)).toEqual([doubling.id]);
  });

  it('the last gift is matched only up to what remains; then the fund is exhausted and no longer shown', async () => {
    const { campaignId, orgId } = await makeCampaign();
    const fund = await fundFor([campaignId], orgId, { totalCap: 15_000 });
    const a = await give(campaignId, 10_000);
    const b = await give(campaignId, 10_000);
    const c = await give(campaignId, 10_000);
    for (const id of [a, b, c]) await confirm(id);
    expect([(await allocations(a))[0]?.amount, (await allocations(b))[0]?.amount, await allocations(c)]).toEqual([
      10_000,
      5000,
      [],
    ]);
    expect((await fundRow(fund.id))!.matched_amount).toBe(15_000);
    expect((await view(campaignId)).matchFunds).toEqual([]);
    expect((await view(campaignId)).matchedAmount).toBe(15_000);
  });

  it('a refund takes its match back: the fund holds it again and the campaign’s matched total drops', async () => {
    const { campaignId, orgId } = await makeCampaign();
    const fund = await fundFor([campaignId], orgId, { totalCap: 50_000 });
    const id = await give(campaignId, 8000);
    await confirm(id);
    expect(await campaignMatched(campaignId)).toBe(8000);
    await adminOk('POST', `/admin/donations/${id}/refund`);
    expect(await campaignMatched(campaignId)).toBe(0);
    expect((await fundRow(fund.id))!.matched_amount).toBe(0);
    expect((await allocations(id))[0].reversed_at).toBeTruthy();
    // The trail of what was matched stays: allocations are never deleted or changed again.
    await expect(env.DB.prepare('DELETE FROM match_allocations WHERE donation_id = ?').bind(id).run()).rejects.toThrow(
      /never_deleted/,
    );
    await expect(
      env.DB.prepare('UPDATE match_allocations SET amount = 1 WHERE donation_id = ?').bind(id).run(),
    ).rejects.toThrow(/immutable/);
  });

  it('one fund on two campaigns: both draw on it; a confirmation on one shows at once on the other', async () => {
    const one = await makeCampaign();
    const twoId = `${one.campaignId}-b`;
    await adminOk('POST', '/admin/campaigns', {
      id: twoId,
      projectId: one.projectId,
      title: '第二个',
      goalAmount: 100_000,
      recipientId: one.recipientId,
      filingNumber: 'F-2',
    });
    const fund = await fundFor([one.campaignId, twoId], one.orgId, { totalCap: 30_000 });
    expect((await view(twoId)).matchFunds[0].remaining).toBe(30_000);
    await confirm(await give(one.campaignId, 10_000));
    await confirm(await give(twoId, 5000));
    expect((await fundRow(fund.id))!.matched_amount).toBe(15_000);
    // Read through the cache (no no-cache header): the sibling campaign's entry was purged.
    const cached = await (await call(`/api/v1/campaigns/${twoId}`)).json<any>();
    expect(cached.matchFunds[0].remaining).toBe(15_000);
    // A verified payment purges by tags (not everything, as staff writes do): the sibling's are among them.
    expect(await tagsOfCampaign(env.DB, one.campaignId)).toContain(campaignTag(twoId));
  });

  it('50 confirmations racing for the last 100 元 match exactly 100 元, never more', async () => {
    const { campaignId, orgId } = await makeCampaign();
    const fund = await fundFor([campaignId], orgId, { totalCap: 1_000_000 });
    // Use the fund up to its last 100 元 (10,000 fen) with one big gift.
    await confirm(await give(campaignId, 990_000, true));
    expect((await fundRow(fund.id))!.matched_amount).toBe(990_000);
    const ids = await Promise.all(Array.from({ length: 50 }, () => give(campaignId, 3000, true)));
    const answers = await Promise.all(
      ids.map((id) =>
        callDirect(`/api/v1/admin/donations/${id}/confirm`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${SUPER}` },
        }),
      ),
    );
    await settleDirect();
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(await fundRow(fund.id)).toEqual({ matched_amount: 1_000_000, total_cap: 1_000_000 });
    const { results } = await env.DB.prepare(
      'SELECT amount FROM match_allocations WHERE fund_id = ? ORDER BY created_at',
    )
      .bind(fund.id)
      .all<{ amount: number }>();
    const raced = results.slice(1).map((r) => r.amount);
    expect(raced.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(raced.filter((a) => a === 3000)).toHaveLength(3); // three whole matches and one for the last 1,000 fen
    expect(raced).toContain(1000);
    expect(await campaignMatched(campaignId)).toBe(1_000_000);
  });

  it('any history of gifts, confirmations and refunds keeps the books: fund = campaigns = live allocations ≤ cap', async () => {
    const { campaignId, orgId } = await makeCampaign();
    const fund = await fundFor([campaignId], orgId, { ratioPercent: 150, capPerGift: 4000, totalCap: 20_000 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ amount: fc.integer({ min: 1, max: 9000 }), refund: fc.boolean() }), {
          minLength: 1,
          maxLength: 6,
        }),
        async (gifts) => {
          for (const g of gifts) {
            const id = await give(campaignId, g.amount, true);
            await confirm(id);
            const [a] = await allocations(id);
            if (a) expect(a.amount).toBeLessThanOrEqual(Math.min(Math.floor((g.amount * 150) / 100), 4000));
            if (g.refund) await adminOk('POST', `/admin/donations/${id}/refund`);
          }
          const live = await env.DB.prepare(
            'SELECT COALESCE(SUM(amount), 0) AS s FROM match_allocations WHERE fund_id = ? AND reversed_at IS NULL',
          )
            .bind(fund.id)
            .first<{ s: number }>();
          const f = (await fundRow(fund.id))!;
          expect(f.matched_amount).toBe(live!.s);
          expect(f.matched_amount).toBeLessThanOrEqual(f.total_cap);
          expect(await campaignMatched(campaignId)).toBe(live!.s);
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe('matchers and funds (admin)', () => {
  it('are kept by finance; a fund matches only its own organisation’s campaigns; its cap never drops below what it matched', async () => {
    const { campaignId, orgId } = await makeCampaign();
    const other = await makeCampaign();
    const finance = (await adminOk('POST', '/admin/tokens', { orgId, role: 'finance', label: '财务' })).token;
    const editor = (await adminOk('POST', '/admin/tokens', { orgId, role: 'editor', label: '编辑' })).token;
    await expectProblem(await adminCall('POST', '/admin/matchers', { orgId, name: '企业' }, editor), 403, 'forbidden');
    const matcher = await adminOk('POST', '/admin/matchers', { orgId, name: '企业' }, finance);
    const base = {
      matcherId: matcher.id,
      ratioPercent: 100,
      totalCap: 10_000,
      startsAt: iso(Date.now() - DAY),
      endsAt: iso(Date.now() + DAY),
    };
    await expectProblem(
      await adminCall('POST', '/admin/match-funds', { ...base, campaignIds: [other.campaignId] }, finance),
      422,
      'validation_failed',
    );
    await expectProblem(
      await adminCall(
        'POST',
        '/admin/match-funds',
        { ...base, endsAt: iso(Date.now() - 2 * DAY), campaignIds: [campaignId] },
        finance,
      ),
      400,
      'validation_failed',
    );
    const fund = await adminOk('POST', '/admin/match-funds', { ...base, campaignIds: [campaignId] }, finance);
    await confirm(await give(campaignId, 6000));
    await expectProblem(
      await adminCall('PATCH', `/admin/match-funds/${fund.id}`, { totalCap: 5000 }, finance),
      409,
      'invalid_transition',
    );
    const raised = await adminOk('PATCH', `/admin/match-funds/${fund.id}`, { totalCap: 20_000 }, finance);
    expect(raised).toMatchObject({ matchedAmount: 6000, remaining: 14_000, campaignIds: [campaignId] });
    const list = await adminOk('GET', '/admin/match-funds', undefined, editor);
    expect(list.items.map((f: any) => f.id)).toEqual([fund.id]);
  });
});
