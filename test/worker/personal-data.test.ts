// A contact or full name typed into a free-text field that becomes public never reaches a public
// answer, in any Unicode form: a claimer's organisation (the 201, the board, the embed page) and
// donor messages (recentDonations, the embed page).
import { describe, expect, it } from 'vitest';
import { adminOk, call, makeCampaign, pledge, SITE, uid } from './helpers';

const SECRETS = [
  '王小明',
  '13800138000',
  '１３８００１３８０００',
  'wxm@example.com',
  'example',
  '8000',
  'wxid_',
  '43010219900101123',
];
const leaks = (text: string) =>
  SECRETS.filter((s) =>
    text
      .normalize('NFKC')
      .replace(/[\s.\-·]/g, '')
      .includes(s.normalize('NFKC')),
  );

async function openWish() {
  const orgId = uid('org');
  await adminOk('POST', '/admin/orgs', { id: orgId, name: `测试街道 ${orgId}` });
  await adminOk('POST', '/admin/sites', { orgId, origin: SITE });
  const w = await adminOk('POST', '/admin/wishes', {
    orgId,
    title: '一台收音机',
    category: 'culture',
    wisherName: '肖红',
    value: 9900,
  });
  return { orgId, wishId: w.id as string };
}

const claim = (wishId: string, body: unknown) =>
  call(`/api/v1/wishes/${wishId}/claims`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: SITE,
      'Idempotency-Key': crypto.randomUUID(),
      'CF-Connecting-IP': '198.51.100.7',
    },
    body: JSON.stringify(body),
  });

describe('personal data in public free text', () => {
  it.each([
    ['a contact and the claimer’s own name', '王小明 13800138000 wxm@example.com'],
    ['full-width digits and ＠', '王小明 手机１３８００１３８０００ 邮箱 wxm＠example.com'],
    ['a WeChat id and separators', '王 小 明 微信号 wxid_wxm1990 电话 138.0013.8000'],
  ])(
    'a claimer’s organisation with %s: nothing of it in the 201, the board or /embed/wishes',
    async (_, organisation) => {
      const { orgId, wishId } = await openWish();
      const res = await claim(wishId, { name: '王小明', organisation, contact: '13800138000' });
      expect(res.status).toBe(201);
      const created = await res.json<{ claimedBy: string }>();
      expect(leaks(JSON.stringify(created))).toEqual([]);
      expect(created.claimedBy).toBe('王**'); // nothing but the person was in it: their masked name
      const board = await (await call(`/api/v1/orgs/${orgId}/wishes?status=claimed`)).text();
      expect(board).toContain(wishId);
      expect(leaks(board)).toEqual([]);
      const page = await (await call(`/embed/wishes/${orgId}?status=claimed`)).text();
      expect(leaks(page)).toEqual([]);
    },
  );

  it('a real organisation stays, with a contact and the person’s name taken out of it', async () => {
    const { wishId } = await openWish();
    const res = await claim(wishId, {
      name: '王小明',
      organisation: '海陵区志愿者协会 王小明 13800138000',
      contact: '13800138000',
    });
    const { claimedBy } = await res.json<{ claimedBy: string }>();
    expect(claimedBy).toBe('海陵区志愿者协会 王** ***');
  });

  it('donor messages in the forms people type: none survives in recentDonations or the embed page', async () => {
    const { campaignId } = await makeCampaign();
    const messages = [
      '手机１３８００１３８０００',
      '电话 138.0013.8000',
      '邮箱 wxm＠example.com',
      '微信号 wxid_wxm1990',
      '身份证号 43010219900101123X',
      '我是王小明，加油',
    ];
    for (const message of messages) {
      const r = await pledge(campaignId, { amount: 100, name: '王小明', message });
      const { id } = await r.json<{ id: string }>();
      await adminOk('POST', `/admin/donations/${id}/confirm`);
    }
    const campaign = await (
      await call(`/api/v1/campaigns/${campaignId}`, { headers: { 'Cache-Control': 'no-cache' } })
    ).json<{ recentDonations: { message: string | null }[] }>();
    expect(campaign.recentDonations).toHaveLength(messages.length);
    expect(leaks(JSON.stringify(campaign))).toEqual([]);
    expect(campaign.recentDonations.map((d) => d.message)).toContain('我是王**，加油');
    expect(leaks(await (await call(`/embed/progress/${campaignId}`)).text())).toEqual([]);
  });

  it('spending staff typed with a contact in it (purpose, payee): the public view and the embed page show neither', async () => {
    const { campaignId } = await makeCampaign();
    await adminOk('POST', `/admin/campaigns/${campaignId}/expenditures`, {
      date: '2026-11-05',
      amount: 30000,
      purpose: '厨师工资，联系电话１３８００１３８０００',
      payee: '某某食堂 wxm＠example.com',
    });
    const campaign = await (
      await call(`/api/v1/campaigns/${campaignId}`, { headers: { 'Cache-Control': 'no-cache' } })
    ).json<any>();
    expect(campaign.expenditures).toHaveLength(1);
    expect(campaign.expenditures[0].purpose).toContain('厨师工资');
    expect(leaks(JSON.stringify(campaign))).toEqual([]);
    expect(leaks(await (await call(`/embed/progress/${campaignId}`)).text())).toEqual([]);
  });
});
