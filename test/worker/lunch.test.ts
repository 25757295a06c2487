// Free-lunch schools against the real local D1: the public figures (funded through, meals, balance),
// sponsorships as pending donations (same origin/idempotency/rate rules, confirmed or cancelled by
// the donation admin endpoints), masking, and the staff API for schools, closures and reports.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { fundedThrough, nextSchoolDays, schoolToday } from '../../worker/lunch/school-calendar';
import {
  adminCall,
  adminOk,
  BASE,
  call,
  count,
  expectProblem,
  freshIp,
  SITE,
  uid,
  type PledgeOpts,
  callDirect,
  filing,
  makeRecipient,
} from './helpers';
import { WRITE_LIMIT } from '../../worker/middleware/rate-limit';

type School = {
  id: string;
  campaignId: string;
  note: string | null;
  childrenCount: number;
  mealPrice: number;
  fundedThrough: string | null;
  fundedDays: number;
  fundedDaysAhead: number;
  mealsFunded: number;
  mealsServed: number;
  raisedAmount: number;
  pendingAmount: number;
  spentAmount: number;
  balance: number;
  dayCost: number;
  accepting: boolean;
  today: string;
  donorMealPrice: number;
  coFunding: { name: string; perMeal: number | null; monthly: number | null } | null;
  upcoming: { date: string; funded: boolean }[];
  closures: { startsOn: string; endsOn: string; label: string }[];
  reportCount: number;
  reports: { date: string; meals: number; spent: number; menu: string | null; photoUrl: string | null }[];
  recentSponsors: {
    name: string;
    anonymous: boolean;
    amount: number;
    meals: number | null;
    days: number | null;
    at: string;
  }[];
};

const getSchool = async (id: string): Promise<School> => {
  const res = await call(`/api/v1/lunch/${id}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json<School>();
};

function sponsor(school: string, body: unknown, o: PledgeOpts & { direct?: boolean } = {}) {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'CF-Connecting-IP': o.ip ?? freshIp(),
    ...o.headers,
  };
  if (o.key !== null) headers['Idempotency-Key'] = o.key ?? crypto.randomUUID();
  if (o.origin !== null) headers.Origin = o.origin ?? SITE;
  return (o.direct ? callDirect : call)(`/api/v1/lunch/${encodeURIComponent(school)}/sponsorships`, {
    method: 'POST',
    headers,
    body: o.raw ?? JSON.stringify(body),
  });
}

/** A Monday well in the future, so "today" never eats into the test calendar. */
const START = '2030-09-02';

/** A fresh organisation (registered for SITE) with a school and its auto-created campaign. */
async function makeSchool(extra: Record<string, unknown> = {}) {
  const orgId = uid('org');
  await adminOk('POST', '/admin/orgs', { id: orgId, name: `测试机构 ${orgId}` });
  await adminOk('POST', '/admin/sites', { orgId, origin: SITE });
  const school = await adminOk('POST', '/admin/lunch', {
    id: uid('ls'),
    orgId,
    name: '测试教学点',
    childrenCount: 10,
    mealPrice: 400,
    startsOn: START,
    ...filing(await makeRecipient(orgId)),
    ...extra,
  });
  return { orgId, school };
}

const donationsOf = (campaignId: string) => count('donations WHERE campaign_id = ?', campaignId);

describe('GET /lunch/{school} (demo school gaoping)', () => {
  it('derives funded-through, meals and balance from the seed: 274800 fen confirmed covers through 2026-12-02', async () => {
    const s = await getSchool('gaoping');
    expect(s).toMatchObject({
      id: 'gaoping',
      orgId: 'hunan-mzt',
      campaignId: 'gaoping-lunch',
      name: '高坪村教学点',
      childrenCount: 18,
      mealPrice: 400,
      currency: 'CNY',
      schoolDaysPerWeek: 5,
      startsOn: '2026-11-02',
      monthlyFixedCost: 100000,
      raisedAmount: 274800,
      pendingAmount: 8000,
      fundedThrough: '2026-12-02',
      fundedDays: 23,
      mealsFunded: 23 * 18,
      mealsServed: 266,
      spentAmount: 175660,
      balance: 274800 - 175660,
      reportCount: 15,
    });
    expect(s.note).toMatch(/假设/);
    // Newest report first, with menu and photo.
    expect(s.reports).toHaveLength(10);
    expect(s.reports[0]).toEqual({
      date: '2026-11-20',
      meals: 18,
      spent: 11662,
      menu: '酸菜肉丝、蒸南瓜、米饭',
      photoUrl: '/photos/gaoping-lunch.svg',
    });
    // Closures: only current and coming ones.
    expect(s.closures.map((c) => c.label)).toEqual(expect.arrayContaining(['寒假']));
  });

  it('masks sponsors, shows what they bought, and never leaks a contact', async () => {
    const s = await getSchool('gaoping');
    const names = s.recentSponsors.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['赵*', '李**', 'Z***', '爱心人士', '王*']));
    expect(names).not.toContain('孙*'); // still pending
    expect(s.recentSponsors.find((x) => x.name === '王*')).toMatchObject({ amount: 72000, meals: 180, days: 10 });
    expect(s.recentSponsors.find((x) => x.name === 'L***')).toMatchObject({ meals: null, days: null }); // a plain gift
    const text = JSON.stringify(s);
    expect(text).not.toMatch(/Zhang Min|王芳|李秀英|contact/);
  });

  it('the strip of coming school days agrees with fundedThrough', async () => {
    const s = await getSchool('gaoping');
    expect(s.today).toBe(schoolToday(Date.now()));
    expect(s.upcoming.length).toBe(10);
    for (const d of s.upcoming) {
      expect(d.date >= s.today).toBe(true);
      expect(d.funded).toBe(d.date <= s.fundedThrough!);
      expect([0, 6]).not.toContain(new Date(d.date + 'T00:00:00Z').getUTCDay());
    }
  });

  it('is a cacheable public read: CORS *, ETag, 304', async () => {
    const res = await call('/api/v1/lunch/gaoping');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const etag = res.headers.get('ETag')!;
    expect(res.headers.get('Cache-Control')).toMatch(/max-age/);
    expect((await call('/api/v1/lunch/gaoping', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('an unknown school is 404 not_found, also for sponsorships', async () => {
    await expectProblem(await call('/api/v1/lunch/nope'), 404, 'not_found');
    await expectProblem(await sponsor('nope', { meals: 1 }), 404, 'not_found');
  });
});

describe('a sponsorship', () => {
  it('is pending until confirmed through /admin/donations/{id}/confirm; then it moves fundedThrough', async () => {
    const { school } = await makeSchool(); // 10 children × 4 元, no fixed cost: a school day costs 4000 fen
    const res = await sponsor(school.id, { days: 3, name: '张三', contact: '13800138000' });
    expect(res.status).toBe(201);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(SITE);
    const body = await res.json<any>();
    expect(body).toEqual({
      id: expect.stringMatching(/^dn_/),
      status: 'pending',
      meals: 30,
      days: 3,
      amount: 3 * 10 * 400,
      currency: 'CNY',
      payment: {
        method: 'offline',
        instructions: expect.stringContaining(body.payment.reference),
        reference: expect.stringMatching(/^GY-/),
      },
    });
    expect(JSON.stringify(body)).not.toContain('13800138000');

    let s = await getSchool(school.id);
    expect(s).toMatchObject({
      raisedAmount: 0,
      pendingAmount: 12000,
      fundedThrough: null,
      mealsFunded: 0,
      recentSponsors: [],
    });

    const confirmed = await adminOk('POST', `/admin/donations/${body.id}/confirm`);
    expect(confirmed).toMatchObject({ status: 'confirmed', campaignId: school.campaignId, contact: '13800138000' });
    s = await getSchool(school.id);
    const third = nextSchoolDays({ startsOn: START, daysPerWeek: 5, closures: [] }, START, 3)[2];
    expect(s).toMatchObject({
      raisedAmount: 12000,
      pendingAmount: 0,
      fundedThrough: third,
      fundedDays: 3,
      mealsFunded: 30,
      balance: 12000,
    });
    expect(s.recentSponsors).toEqual([
      { name: '张*', anonymous: false, amount: 12000, meals: 30, days: 3, at: expect.any(String) },
    ]);
    expect(JSON.stringify(s)).not.toContain('13800138000');
    // The campaign's progress is the same money.
    const campaign = await (await call(`/api/v1/campaigns/${school.campaignId}`)).json<any>();
    expect(campaign).toMatchObject({ raisedAmount: 12000, pendingAmount: 0, donorCount: 1 });
  });

  it('by meals costs meals × meal price; cancelling it through the donation endpoint releases it', async () => {
    const { school } = await makeSchool();
    const body = await (await sponsor(school.id, { meals: 7, anonymous: true })).json<any>();
    expect(body).toMatchObject({ meals: 7, days: null, amount: 2800 });
    expect((await getSchool(school.id)).pendingAmount).toBe(2800);
    await adminOk('POST', `/admin/donations/${body.id}/cancel`);
    expect(await getSchool(school.id)).toMatchObject({ pendingAmount: 0, raisedAmount: 0 });
    await expectProblem(await adminCall('POST', `/admin/donations/${body.id}/confirm`), 409, 'invalid_transition');
  });

  it.each([
    ['both meals and days', { meals: 1, days: 1 }],
    ['neither', { name: '张三' }],
    ['zero meals', { meals: 0 }],
    ['negative days', { days: -1 }],
    ['fractional meals', { meals: 1.5 }],
    ['meals as a string', { meals: '5' }],
    ['an amount over 10^10 fen', { days: 10_000 }],
  ])('with %s is 400 validation_failed and writes nothing', async (_, input) => {
    const { school } = await makeSchool({ childrenCount: 100_000, mealPrice: 1_000_000 });
    const p = await expectProblem(await sponsor(school.id, input), 400, 'validation_failed');
    expect(p.errors?.length).toBeGreaterThan(0);
    expect(await donationsOf(school.campaignId)).toBe(0);
    expect(await count('lunch_sponsorships WHERE school_id = ?', school.id)).toBe(0);
  });

  it('follows the public-write rules: origin, Idempotency-Key, replay, conflict', async () => {
    const { school } = await makeSchool();
    await expectProblem(await sponsor(school.id, { meals: 1 }, { origin: null }), 403, 'origin_not_allowed');
    await expectProblem(
      await sponsor(school.id, { meals: 1 }, { origin: 'https://evil.example' }),
      403,
      'origin_not_allowed',
    );
    await expectProblem(await sponsor(school.id, { meals: 1 }, { key: null }), 400, 'idempotency_key_required');
    expect(await donationsOf(school.campaignId)).toBe(0);

    const key = crypto.randomUUID();
    const first = await sponsor(school.id, { meals: 2 }, { key });
    const again = await sponsor(school.id, { meals: 2 }, { key });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    await expectProblem(await sponsor(school.id, { meals: 3 }, { key }), 422, 'idempotency_conflict');
    expect(await donationsOf(school.campaignId)).toBe(1);
    expect(await count('lunch_sponsorships WHERE school_id = ?', school.id)).toBe(1);
    // The service's own origin is always allowed.
    expect((await sponsor(school.id, { meals: 1 }, { origin: BASE })).status).toBe(201);
  });

  it('is rate-limited per client like every public write', async () => {
    const { school } = await makeSchool();
    const ip = freshIp();
    let limited: Response | undefined;
    // Twice the limit and more: a run that crosses the limiter's minute still fills one of its windows.
    for (let i = 0; i < 2 * WRITE_LIMIT + 10 && !limited; i++) {
      const res = await sponsor(school.id, { meals: 0 }, { ip, direct: true }); // invalid: nothing is written either way
      if (res.status === 429) limited = res;
      else await res.body?.cancel();
    }
    await expectProblem(limited!, 429, 'rate_limited');
    expect(Number(limited!.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('is refused with 409 campaign_closed once the campaign is closed', async () => {
    const { school } = await makeSchool();
    await adminOk('PATCH', `/admin/campaigns/${school.campaignId}`, { status: 'closed' });
    await expectProblem(await sponsor(school.id, { meals: 1 }), 409, 'campaign_closed');
    expect((await getSchool(school.id)).accepting).toBe(false);
    expect(await donationsOf(school.campaignId)).toBe(0);
  });
});

describe('staff API', () => {
  it('needs a token; an organisation token only reaches its own schools', async () => {
    const { orgId, school } = await makeSchool();
    const other = await makeSchool();
    await expectProblem(
      await adminCall(
        'POST',
        '/admin/lunch',
        { orgId, name: 'x', childrenCount: 1, mealPrice: 1, startsOn: START },
        null,
      ),
      401,
      'unauthorized',
    );
    const token = (await adminOk('POST', '/admin/tokens', { orgId })).token as string;
    expect((await adminOk('GET', '/admin/lunch', undefined, token)).items.map((s: { id: string }) => s.id)).toEqual([
      school.id,
    ]);
    await expectProblem(
      await adminCall('PATCH', `/admin/lunch/${other.school.id}`, { childrenCount: 2 }, token),
      403,
      'forbidden',
    );
    await expectProblem(
      await adminCall(
        'POST',
        `/admin/lunch/${other.school.id}/reports`,
        { date: '2026-11-02', meals: 1, spent: 1 },
        token,
      ),
      403,
      'forbidden',
    );
    await expectProblem(
      await adminCall(
        'POST',
        '/admin/lunch',
        { orgId: other.orgId, name: 'x', childrenCount: 1, mealPrice: 1, startsOn: START },
        token,
      ),
      403,
      'forbidden',
    );
    expect((await adminCall('PATCH', `/admin/lunch/${school.id}`, { childrenCount: 12 }, token)).status).toBe(200);
  });

  it('creates the school with a campaign of its own, or on an existing campaign of the same organisation only', async () => {
    const { orgId, school } = await makeSchool({ monthlyFixedCost: 100000, fixedCostLabel: '厨师工资' });
    expect(school).toMatchObject({
      orgId,
      campaignId: `${school.id}-lunch`,
      schoolDaysPerWeek: 5,
      monthlyFixedCost: 100000,
      currency: 'CNY',
    });
    const campaign = await adminOk('GET', `/admin/campaigns?projectId=${school.campaignId}`);
    expect(campaign.items[0].goalAmount).toBeGreaterThan(200 * 10 * 400); // about a year of lunches and cook
    // The campaign is taken; another org's campaign is forbidden.
    await expectProblem(
      await adminCall('POST', '/admin/lunch', {
        orgId,
        name: 'y',
        childrenCount: 1,
        mealPrice: 1,
        startsOn: START,
        campaignId: school.campaignId,
      }),
      409,
      'already_exists',
    );
    await expectProblem(
      await adminCall('POST', '/admin/lunch', {
        orgId,
        name: 'y',
        childrenCount: 1,
        mealPrice: 1,
        startsOn: START,
        campaignId: 'gaoping-lunch',
      }),
      403,
      'forbidden',
    );
    await expectProblem(
      await adminCall('POST', '/admin/lunch', { orgId, name: 'y', childrenCount: 0, mealPrice: 1, startsOn: START }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', '/admin/lunch', {
        orgId,
        name: 'y',
        childrenCount: 1,
        mealPrice: 1,
        startsOn: '2026-02-30',
      }),
      400,
      'validation_failed',
    );
  });

  it('closures move fundedThrough past the closed days', async () => {
    const { school } = await makeSchool();
    const d = await (await sponsor(school.id, { days: 5 })).json<any>();
    await adminOk('POST', `/admin/donations/${d.id}/confirm`);
    expect((await getSchool(school.id)).fundedThrough).toBe('2030-09-06'); // Mon–Fri
    const closure = await adminOk('POST', `/admin/lunch/${school.id}/closures`, {
      startsOn: '2030-09-04',
      endsOn: '2030-09-05',
      label: '秋假',
    });
    expect((await getSchool(school.id)).fundedThrough).toBe('2030-09-10');
    await expectProblem(
      await adminCall('POST', `/admin/lunch/${school.id}/closures`, {
        startsOn: '2030-09-05',
        endsOn: '2030-09-04',
        label: 'x',
      }),
      400,
      'validation_failed',
    );
    await adminOk('DELETE', `/admin/lunch/${school.id}/closures/${closure.id}`);
    expect((await getSchool(school.id)).fundedThrough).toBe('2030-09-06');
    // A fixed monthly cost takes its share of every day: the same money reaches less far.
    await adminOk('PATCH', `/admin/lunch/${school.id}`, { monthlyFixedCost: 21 * 4000 });
    const s = await getSchool(school.id);
    expect(s.fundedThrough).toBe(
      fundedThrough(
        { startsOn: START, daysPerWeek: 5, closures: [] },
        { childrenCount: 10, mealPrice: 400, monthlyFixedCost: 84000 },
        20000,
      ).fundedThrough,
    );
    expect(s.fundedDays).toBeLessThan(5);
  });

  it('daily reports: one per date, never for a future day, correctable; they drive mealsServed and balance', async () => {
    const { school } = await makeSchool();
    const d = await (await sponsor(school.id, { meals: 100 })).json<any>();
    await adminOk('POST', `/admin/donations/${d.id}/confirm`);
    const r = await adminOk('POST', `/admin/lunch/${school.id}/reports`, {
      date: '2026-11-02',
      meals: 9,
      spent: 3500,
      menu: '番茄炒蛋、米饭',
      photoUrl: 'https://img.example.cn/1.jpg',
    });
    await adminOk('POST', `/admin/lunch/${school.id}/reports`, { date: '2026-11-03', meals: 10, spent: 4000 });
    await expectProblem(
      await adminCall('POST', `/admin/lunch/${school.id}/reports`, { date: '2026-11-03', meals: 1, spent: 1 }),
      409,
      'already_exists',
    );
    await expectProblem(
      await adminCall('POST', `/admin/lunch/${school.id}/reports`, { date: '2099-01-01', meals: 1, spent: 1 }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', `/admin/lunch/${school.id}/reports`, { date: '2026-11-04', meals: 1, spent: 0 }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('POST', `/admin/lunch/${school.id}/reports`, {
        date: '2026-11-04',
        meals: 1,
        spent: 1,
        photoUrl: 'javascript:alert(1)',
      }),
      400,
      'validation_failed',
    );
    let s = await getSchool(school.id);
    expect(s).toMatchObject({ mealsServed: 19, spentAmount: 7500, balance: 40000 - 7500, reportCount: 2 });
    expect(s.reports.map((x) => x.date)).toEqual(['2026-11-03', '2026-11-02']);
    await adminOk('PATCH', `/admin/lunch/${school.id}/reports/${r.id}`, { spent: 3600 });
    s = await getSchool(school.id);
    expect(s.balance).toBe(40000 - 7600);
    expect(s.reports[1]).toMatchObject({
      spent: 3600,
      menu: '番茄炒蛋、米饭',
      photoUrl: 'https://img.example.cn/1.jpg',
    });
  });

  it('lists a school’s sponsorships with contact for staff', async () => {
    const { school } = await makeSchool();
    await sponsor(school.id, { meals: 3, name: 'Li Wei', contact: 'li@example.com' });
    const list = await adminOk('GET', `/admin/lunch/${school.id}/sponsorships?status=pending`);
    expect(list.items).toEqual([
      expect.objectContaining({ meals: 3, amount: 1200, name: 'Li Wei', contact: 'li@example.com', status: 'pending' }),
    ]);
    const pendingDonations = await adminOk('GET', `/admin/donations?campaignId=${school.campaignId}&status=pending`);
    expect(pendingDonations.items.map((x: { id: string }) => x.id)).toEqual(
      list.items.map((x: { id: string }) => x.id),
    );
  });

  it('the database refuses a sponsorship row pointing at another campaign', async () => {
    const a = await makeSchool();
    const b = await makeSchool();
    const d = await (await sponsor(a.school.id, { meals: 1 })).json<any>();
    await expect(
      env.DB.prepare('INSERT INTO lunch_sponsorships (donation_id, school_id, meals) VALUES (?, ?, 1)')
        .bind(d.id, b.school.id)
        .run(),
    ).rejects.toThrow(/sponsorship_campaign_mismatch/);
  });
});

describe('co-funding (a co-funder pays part of each meal, or a sum a month)', () => {
  it('the county pays 2 元 of a 4 元 meal: the view says so, a sponsorship costs donors 2 元 a meal, fundedThrough counts both', async () => {
    const plain = await makeSchool();
    const { school } = await makeSchool({ coFunderName: '县财政', coFundedPerMeal: 200 });
    const s = await getSchool(school.id);
    expect(s).toMatchObject({
      mealPrice: 400,
      donorMealPrice: 200,
      coFunding: { name: '县财政', perMeal: 200, monthly: null },
    });
    expect((await getSchool(plain.school.id)).coFunding).toBeNull();
    const res = await sponsor(school.id, { meals: 5 });
    expect(res.status).toBe(201);
    expect((await res.json<any>()).amount).toBe(5 * 200);
    // The same confirmed money (160 元) reaches twice as far as at the full price: 8 school days instead of 4.
    for (const [id, body] of [
      [school.id, { meals: 80 }],
      [plain.school.id, { days: 4 }],
    ] as const) {
      const r = await (await sponsor(id, body)).json<{ id: string; amount: number }>();
      expect(r.amount).toBe(16_000);
      await adminOk('POST', `/admin/donations/${r.id}/confirm`);
    }
    expect((await getSchool(plain.school.id)).fundedDays).toBe(4);
    expect((await getSchool(school.id)).fundedDays).toBe(8);
    expect((await getSchool(school.id)).mealsFunded).toBe(80);
  });

  it('a monthly sum lowers what each month costs donors; a co-funder paying the whole meal, or unnamed, is refused', async () => {
    const { school } = await makeSchool({ coFunderName: '乡镇府', coFundedMonthly: 20_000 });
    expect((await getSchool(school.id)).coFunding).toEqual({ name: '乡镇府', perMeal: null, monthly: 20_000 });
    expect((await getSchool(school.id)).donorMealPrice).toBe(400);
    await expectProblem(
      await adminCall('PATCH', `/admin/lunch/${school.id}`, { coFundedPerMeal: 400 }),
      422,
      'validation_failed',
    );
    await expectProblem(
      await adminCall('PATCH', `/admin/lunch/${school.id}`, { coFunderName: null }),
      422,
      'validation_failed',
    );
    expect((await getSchool(school.id)).coFunding).toEqual({ name: '乡镇府', perMeal: null, monthly: 20_000 });
  });
});
