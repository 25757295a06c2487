// The filed period (备案期) of a campaign's fundraising plan: outside filedFrom–filedUntil, counted
// in China time (Asia/Shanghai dates), a campaign takes no gifts in any channel, exactly like one
// without a qualified recipient, but with its own problem code, filing_not_current, so the page
// can say why. Offline, WeChat Pay and Stripe pledges and lunch sponsorships are refused before a
// provider is asked; the database refuses a pending gift too; the public views say acceptsGifts:
// false with giftRefusal 'filing_not_current', and the console says what is wrong.
// A pledge made while the filing was current may still be confirmed by staff after it lapsed.
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { giftRefusal } from '../../worker/giving/recipient';
import { STRIPE_TEST_SECRETS } from '../payments/stripe-fixture';
import { createWechatPayFixture, signedAnswer, type WechatPayFixture } from '../payments/wechatpay-fixture';
import { type Bindings, bindingsWith, json, postPledge, setProvider, standIn } from '../payments/worker-harness';
import {
  adminOk,
  call,
  campaignRow,
  count,
  expectProblem,
  filing,
  freshIp,
  makeCampaign,
  makeRecipient,
  pledge,
  SITE,
  uid,
} from './helpers';

const view = async (path: string) => (await call(path, { headers: { 'Cache-Control': 'no-cache' } })).json<any>();
const chinaDay = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

const ENDED = { filedFrom: '2020-01-01', filedUntil: '2020-12-31' };
const NOT_YET = { filedFrom: '2030-01-01', filedUntil: '2030-12-31' };

function sponsor(schoolId: string) {
  return call(`/api/v1/lunch/${schoolId}/sponsorships`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: SITE,
      'Idempotency-Key': crypto.randomUUID(),
      'CF-Connecting-IP': freshIp(),
    },
    body: JSON.stringify({ meals: 5 }),
  });
}

describe('the one rule, in China time', () => {
  const open = {
    status: 'open',
    ends_at: null,
    recipient_id: 'r',
    recipient_name: '慈善会',
    recipient_qualification: '具有公开募捐资格',
    filing_number: 'F1',
  };
  // 2026-03-31T17:00Z is already 1 April in Beijing.
  const at = Date.parse('2026-03-31T17:00:00Z');

  it('a filing from 1 April takes gifts at 01:00 Beijing time on 1 April, though it is still 31 March in UTC', () => {
    expect(giftRefusal({ ...open, filed_from: '2026-04-01', filed_until: null }, at)).toBeNull();
    expect(giftRefusal({ ...open, filed_from: '2026-04-02', filed_until: null }, at)).toBe('filing_not_current');
  });

  it('a filing until 31 March takes none at 01:00 Beijing time on 1 April; its last day counts in full', () => {
    expect(giftRefusal({ ...open, filed_from: null, filed_until: '2026-03-31' }, at)).toBe('filing_not_current');
    expect(
      giftRefusal({ ...open, filed_from: null, filed_until: '2026-04-01' }, Date.parse('2026-04-01T15:59:59Z')),
    ).toBeNull();
    expect(
      giftRefusal({ ...open, filed_from: null, filed_until: '2026-04-01' }, Date.parse('2026-04-01T16:00:00Z')),
    ).toBe('filing_not_current');
  });

  it('no dates on record means no bound; a closed campaign or a missing recipient says so first', () => {
    expect(giftRefusal({ ...open, filed_from: null, filed_until: null }, at)).toBeNull();
    expect(giftRefusal({ ...open, status: 'closed', filed_from: '2030-01-01', filed_until: null }, at)).toBe(
      'campaign_closed',
    );
    expect(giftRefusal({ ...open, filing_number: null, filed_from: '2030-01-01', filed_until: null }, at)).toBe(
      'recipient_required',
    );
  });
});

describe('a campaign outside its filed period', () => {
  for (const [name, period] of [
    ['ended in 2020', ENDED],
    ['starts in 2030', NOT_YET],
  ] as const) {
    it(`whose filing ${name}: acceptsGifts false and why, pledges refused (409 filing_not_current), nothing written`, async () => {
      const { campaignId } = await makeCampaign();
      const admin = await adminOk('PATCH', `/admin/campaigns/${campaignId}`, period);
      expect(admin.missingForGifts).toEqual(['filingPeriod']);
      expect(await view(`/api/v1/campaigns/${campaignId}`)).toMatchObject({
        acceptsGifts: false,
        giftRefusal: 'filing_not_current',
        recipient: { filedFrom: period.filedFrom, filedUntil: period.filedUntil },
      });
      const p = await expectProblem(await pledge(campaignId, { amount: 1000 }), 409, 'filing_not_current');
      expect(p.detail).toContain(period.filedFrom);
      expect(await pledge(campaignId, { amount: 1000, frequency: 'monthly' }).then((r) => r.status)).toBe(409);
      expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(0);
      expect(await count('monthly_plans WHERE campaign_id = ?', campaignId)).toBe(0);
      // The embed page says why in place of the give link.
      const page = await (await call(`/embed/progress/${campaignId}`)).text();
      expect(page).toContain('class="no-gifts"');
      expect(page).toContain('不在募捐备案期');
      // Back inside its period (today, in China time, is its last day): it takes gifts.
      await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { filedFrom: '2020-01-01', filedUntil: chinaDay() });
      expect(await view(`/api/v1/campaigns/${campaignId}`)).toMatchObject({ acceptsGifts: true, giftRefusal: null });
      expect((await pledge(campaignId, { amount: 1000 })).status).toBe(201);
    });
  }

  it('a lunch school of such a campaign refuses sponsorships the same way', async () => {
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
    await adminOk('PATCH', `/admin/campaigns/${school.campaignId}`, {
      ...filing(await makeRecipient(orgId)),
      filedFrom: chinaDay(1),
      filedUntil: '2030-12-31',
    });
    expect(await view(`/api/v1/lunch/${school.id}`)).toMatchObject({
      acceptsGifts: false,
      accepting: false,
      giftRefusal: 'filing_not_current',
    });
    await expectProblem(await sponsor(school.id), 409, 'filing_not_current');
    expect(await count('donations WHERE campaign_id = ?', school.campaignId)).toBe(0);
    const page = await (await call(`/embed/lunch/${school.id}`)).text();
    expect(page).toContain('不在募捐备案期');
    await adminOk('PATCH', `/admin/campaigns/${school.campaignId}`, { filedFrom: chinaDay() });
    expect((await sponsor(school.id)).status).toBe(201);
  });

  it('the database backs the rule up: no pending gift can be inserted outside the period', async () => {
    const { campaignId } = await makeCampaign();
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, ENDED);
    await expect(
      env.DB.prepare(
        "INSERT INTO donations (id, campaign_id, amount, currency, reference) VALUES (?, ?, 100, 'CNY', ?)",
      )
        .bind(uid('dn'), campaignId, uid('GY'))
        .run(),
    ).rejects.toThrow(/filing_not_current/);
  });

  it('a pledge made while the filing was current may still be confirmed by staff after it lapsed (the money was given in time)', async () => {
    const { campaignId } = await makeCampaign();
    const p = await (await pledge(campaignId, { amount: 2500 })).json<any>();
    await adminOk('PATCH', `/admin/campaigns/${campaignId}`, { filedFrom: '2020-01-01', filedUntil: chinaDay(-1) });
    await expectProblem(await pledge(campaignId, { amount: 1000 }), 409, 'filing_not_current');
    expect((await adminOk('POST', `/admin/donations/${p.id}/confirm`)).status).toBe('confirmed');
    expect((await campaignRow(campaignId))!.raised_amount).toBe(2500);
  });
});

describe('online channels refuse before asking the provider', () => {
  let bindings: Bindings;
  let fx: WechatPayFixture;
  let stand: ReturnType<typeof standIn> | undefined;
  beforeAll(async () => {
    fx = await createWechatPayFixture();
    bindings = bindingsWith({
      ...fx.vars,
      ...STRIPE_TEST_SECRETS,
      WECHATPAY_API_BASE: 'https://wechatpay.test',
      STRIPE_API_BASE: 'https://stripe.test',
    });
  });
  afterEach(() => stand?.restore());

  for (const provider of ['wechatpay', 'stripe'] as const) {
    it(`${provider}: 409 filing_not_current, no order opened, nothing written`, async () => {
      const { orgId, campaignId } = await makeCampaign();
      await setProvider(orgId, provider);
      await adminOk('PATCH', `/admin/campaigns/${campaignId}`, NOT_YET);
      stand = standIn(['wechatpay.test', 'stripe.test'], (c) =>
        c.url.host === 'wechatpay.test'
          ? signedAnswer(fx, { code_url: 'weixin://wxpay/bizpayurl?pr=x' })
          : json({ id: 'cs_test_f', url: 'https://checkout.stripe.test/f' }),
      );
      await expectProblem(
        await postPledge(bindings, `/api/v1/campaigns/${campaignId}/donations`, { amount: 1000 }),
        409,
        'filing_not_current',
      );
      expect(stand.calls).toEqual([]);
      expect(await count('donations WHERE campaign_id = ?', campaignId)).toBe(0);
    });
  }
});
