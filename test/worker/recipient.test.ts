// Who receives the money: a campaign takes gifts only when it names a charity with
// public-fundraising qualification and a filed plan. Without them it still shows its progress,
// but the public view says acceptsGifts: false and pledges and sponsorships are refused with
// recipient_required, writing nothing.
import { describe, expect, it } from 'vitest';
import {
  adminCall,
  adminOk,
  call,
  count,
  expectProblem,
  filing,
  makeCampaign,
  makeRecipient,
  pledge,
  SITE,
  uid,
  freshIp,
} from './helpers';

const view = async (path: string) => (await call(path, { headers: { 'Cache-Control': 'no-cache' } })).json<any>();

function sponsor(schoolId: string) {
  return call(`/api/v1/lunch/${schoolId}/sponsorships`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: SITE,
      'Idempotency-Key': crypto.randomUUID(),
      'CF-Connecting-IP': freshIp(),
    },
    body: JSON.stringify({ meals: 5, name: '张三' }),
  });
}

describe('the recipient on every campaign', () => {
  it('is in the public view: the charity, its credit code and qualification, the filing and the platform', async () => {
    const c = await view('/api/v1/campaigns/gaoping-lunch');
    expect(c.acceptsGifts).toBe(true);
    expect(c.recipient).toMatchObject({
      name: '湖南省慈善总会',
      creditCode: '53430000MJJ10001X7',
      qualification: expect.stringContaining('公开募捐资格'),
      filingNumber: expect.any(String),
      filingUrl: expect.stringMatching(/^https:\/\/cszg\.mca\.gov\.cn/),
      platform: '腾讯公益',
    });
    const s = await view('/api/v1/lunch/gaoping');
    expect(s).toMatchObject({ acceptsGifts: true, recipient: { name: '湖南省慈善总会' } });
  });

  it('missing: progress still shows, no gifts (409 recipient_required), nothing written; the console is told what is missing', async () => {
    const { campaignId, orgId } = await makeCampaign();
    const patched = await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { recipientId: null });
    expect(patched.missingForGifts).toEqual(['recipient']);
    const c = await view(`/api/v1/campaigns/${campaignId}`);
    expect(c).toMatchObject({ acceptsGifts: false, recipient: null, raisedAmount: 0, goalAmount: 1_000_000 });
    const before = await count('donations WHERE campaign_id = ?', campaignId);
    await expectProblem(await pledge(campaignId, { amount: 1000 }), 409, 'recipient_required');
    expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(before);

    // A charity without public-fundraising qualification does not do either.
    const unqualified = await makeRecipient(orgId, null);
    const again = await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { recipientId: unqualified });
    expect(again.missingForGifts).toEqual(['qualification']);
    expect((await view(`/api/v1/campaigns/${campaignId}`)).acceptsGifts).toBe(false);
    await expectProblem(await pledge(campaignId, { amount: 1000 }), 409, 'recipient_required');
    // Nor a qualified one without a filed plan.
    const qualified = await makeRecipient(orgId);
    const noFiling = await adminOk('PATCH', `/admin/campaigns/${campaignId}`, {
      recipientId: qualified,
      filingNumber: null,
    });
    expect(noFiling.missingForGifts).toEqual(['filingNumber']);
    await expectProblem(await pledge(campaignId, { amount: 1000 }), 409, 'recipient_required');
    // With both, it takes gifts.
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { filingNumber: '53430000MJJ000000X26009' });
    expect((await pledge(campaignId, { amount: 1000 })).status).toBe(201);
  });

  it('a lunch school without one refuses sponsorships the same way', async () => {
    const orgId = uid('org');
    await adminOk('POST', '/admin/orgs', { id: orgId, name: '测试机构' });
    await adminOk('POST', '/admin/sites', { orgId, origin: SITE });
    const school = await adminOk('POST', '/admin/lunch', {
      id: uid('ls'),
      orgId,
      name: '教学点',
      childrenCount: 5,
      mealPrice: 400,
      startsOn: '2026-09-01',
    });
    expect(await view(`/api/v1/lunch/${school.id}`)).toMatchObject({
      acceptsGifts: false,
      accepting: false,
      recipient: null,
    });
    await expectProblem(await sponsor(school.id), 409, 'recipient_required');
    expect(await count('donations WHERE campaign_id = ?', school.campaignId)).toBe(0);
    await adminOk('PATCH', `/admin/campaigns/${school.campaignId}`, filing(await makeRecipient(orgId)));
    expect((await sponsor(school.id)).status).toBe(201);
  });

  it('the database backs the rule up: a pending gift cannot be inserted on such a campaign', async () => {
    const { campaignId } = await makeCampaign();
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { recipientId: null });
    const { env } = await import('cloudflare:workers');
    await expect(
      env.DB.prepare(
        "INSERT INTO donations (id, campaign_id, amount, currency, reference) VALUES (?, ?, 100, 'CNY', ?)",
      )
        .bind(uid('dn'), campaignId, uid('GY'))
        .run(),
    ).rejects.toThrow(/recipient_required/);
  });

  it('only an owner names the recipient or the filing; an editor keeps the texts; another organisation’s charity is refused', async () => {
    const { campaignId, orgId } = await makeCampaign();
    const editor = (await adminOk('POST', '/admin/tokens', { orgId, role: 'editor', label: '编辑' })).token;
    const owner = (await adminOk('POST', '/admin/tokens', { orgId, role: 'owner', label: '负责人' })).token;
    await expectProblem(
      await adminCall('PATCH', `/admin/campaigns/${campaignId}`, { recipientId: null }, editor),
      403,
      'forbidden',
    );
    await expectProblem(
      await adminCall('PATCH', `/admin/campaigns/${campaignId}`, { filingNumber: 'x' }, editor),
      403,
      'forbidden',
    );
    expect((await adminCall('PATCH', `/admin/campaigns/${campaignId}`, { title: '新标题' }, editor)).status).toBe(200);
    const other = await makeCampaign();
    await expectProblem(
      await adminCall('PATCH', `/admin/campaigns/${campaignId}`, { recipientId: other.recipientId }, owner),
      422,
      'validation_failed',
    );
    expect((await view(`/api/v1/campaigns/${campaignId}`)).recipient.name).toBe('测试慈善总会');
    await expectProblem(
      await adminCall('POST', '/admin/recipients', { orgId, name: '慈善会', creditCode: '123' }, owner),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', '/admin/recipients', { orgId, name: '慈善会', creditCode: '53430000MJJ000000X' }, editor),
      403,
      'forbidden',
    );
  });
});
