// A donor paying offline must be able to pay: the thank-you names an account (the demo's is made
// up and says so), calls the reference one name and says each thing once; a campaign with no
// details says so instead of "transfer" to nobody, and the console hears of it (missingForPayment);
// the donor's own page carries the reference, how to pay, and the project and organisation.
import { describe, expect, it } from 'vitest';
import { adminOk, BASE, call, makeCampaign, pledge } from './helpers';

const pledged = async (campaignId: string, amount = 2000) => {
  const res = await pledge(campaignId, { amount, name: '王小明', contact: '13800138000' });
  expect(res.status).toBe(201);
  return res.json<{
    id: string;
    payment: { method: string; instructions: string; reference: string };
    donorUrl: string;
  }>();
};

/** The text of an HTML page as a reader sees it (tags out, entities as characters, spaces folded). */
const textOf = (h: string) =>
  h
    .replace(/<(script|style)[^]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('offline payment text', () => {
  it.each(['gaoping-lunch', 'guanheng-elder-centre'])(
    'the demo campaign %s names its (demo) account and the reference once, by one name',
    async (id) => {
      const { payment } = await pledged(id);
      expect(payment.method).toBe('offline');
      const text = payment.instructions;
      expect(text).toMatch(/^收款账户：【演示数据，请勿转账】户名：湖南省慈善总会；开户行：[^；]+；账号：[\d ]+\n/);
      expect(text).toContain(`付款时请注明编号 ${payment.reference}`);
      expect(text.split(payment.reference)).toHaveLength(2); // quoted once
      expect(text).not.toContain('参考号'); // the form calls it 认捐编号 / 资助编号: one name, 编号
      expect(text).not.toMatch(/确认到账|计入已筹/); // the widget's own line says that, in the reader's language
      expect(text).not.toMatch(/[\u4e00-\u9fff][,:;]/); // no half-width punctuation in Chinese
    },
  );

  it('a campaign with neither account, QR nor instructions says so and keeps the reference, rather than "transfer" to nobody', async () => {
    const { campaignId } = await makeCampaign();
    const { payment } = await pledged(campaignId);
    expect(payment.instructions).toBe(
      `发起机构尚未在此公布收款方式。请保存编号 ${payment.reference}，并联系发起机构询问如何付款。`,
    );
    expect(payment.instructions).not.toContain('银行转账');
  });
});

describe('missingForPayment in the admin campaign JSON', () => {
  it('names the missing instructions of an offline campaign until the campaign or its organisation says how to pay', async () => {
    const { orgId, campaignId, projectId } = await makeCampaign();
    const listed = async () =>
      (await adminOk<{ items: any[] }>('GET', `/admin/campaigns?projectId=${projectId}`)).items[0];
    expect((await listed()).missingForPayment).toEqual(['paymentInstructions']);
    // Not a reason to refuse gifts: that list stays about the recipient.
    expect((await listed()).missingForGifts).toEqual([]);

    const patched = await adminOk('PATCH', `/admin/campaigns/${campaignId}`, {
      paymentInstructions: '请到村委会现场捐赠。',
    });
    expect(patched.missingForPayment).toEqual([]);
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { paymentInstructions: null });
    expect((await listed()).missingForPayment).toEqual(['paymentInstructions']);

    await adminOk('PATCH', `/admin/orgs/${orgId}`, {
      paymentAccount: '户名：测试慈善会；账号：6200 0000 0000 0000 000',
    });
    expect((await listed()).missingForPayment).toEqual([]);
    const { payment } = await pledged(campaignId);
    expect(payment.instructions).toMatch(
      /^收款账户：户名：测试慈善会；账号：6200 0000 0000 0000 000\n付款时请注明编号 GY-/,
    );
  });

  it('an online campaign misses nothing (its provider says how to pay)', async () => {
    const { campaignId } = await makeCampaign();
    expect(
      (await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { paymentProvider: 'stripe' })).missingForPayment,
    ).toEqual([]);
  });

  it('the demo campaigns miss nothing', async () => {
    const { items } = await adminOk<{ items: any[] }>('GET', '/admin/campaigns?orgId=hunan-mzt');
    for (const c of items.filter((x) => ['gaoping-lunch', 'guanheng-elder-centre'].includes(x.id)))
      expect(c.missingForPayment).toEqual([]);
  });
});

describe('the donor page /donor/{token}', () => {
  it('shows the reference, how to pay, the project page and the organisation, in one <main>', async () => {
    const { id, payment, donorUrl } = await pledged('guanheng-elder-centre', 5000);
    expect(id).toMatch(/^dn_/);
    const res = await call(donorUrl.replace(BASE, ''));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page.match(/<main[\s>]/g)).toHaveLength(1);
    const text = textOf(page);
    expect(text).toContain(`认捐编号： ${payment.reference}`);
    expect(page).toMatch(new RegExp(`<span class="ref">${payment.reference}</span>`));
    expect(text).toContain('付款方式');
    expect(text).toContain('【演示数据，请勿转账】户名：湖南省慈善总会');
    expect(text).toContain('由湖南省民政厅发起，善款由湖南省慈善总会接收。');
    expect(page).toContain('href="/p/guanheng-elder-centre"');
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('王小明');

    // The JSON of the same link carries them too.
    const json = await (await call(donorUrl.replace(BASE, '').replace('/donor/', '/api/v1/donor/'))).json<any>();
    expect(json.gifts[0].reference).toBe(payment.reference);
    expect(json.project).toMatchObject({ id: 'guanheng-elder-centre', orgName: '湖南省民政厅' });
    expect(json.payment).toMatchObject({ method: 'offline', reference: payment.reference });
  });

  it('once confirmed, the page no longer asks for payment', async () => {
    const { id, payment, donorUrl } = await pledged('gaoping-lunch');
    await adminOk('POST', `/admin/donations/${id}/confirm`);
    const text = textOf(await (await call(donorUrl.replace(BASE, ''))).text());
    expect(text).toContain(payment.reference);
    expect(text).toContain('已到账');
    expect(text).not.toContain('付款方式');
  });
});
