// The audit trail is append-only: nothing a person may ask us to forget may enter it. After gifts,
// a monthly plan and a wish go through their staff steps, no audit row holds a donor's, wisher's or
// claimer's full name, the words of their messages, or any contact; and the trail still says what
// happened (the status moves, the masked names, that a text changed).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_OBJECTS, SNAPSHOT_RULES } from '../../worker/audit/objects';
import { adminOk, call, makeCampaign, pledge, SITE } from './helpers';

const DONOR = '马才英';
const MESSAGE = '祝孩子们健康！有事打我电话 13912345678 或写信 ma.caiying@example.com';
const CONTACT = '13800138000';
const WISHER = '肖红英';
const STORY = '肖红英老人双目失明，女儿电话 13711112222，希望有一台收音机';
const CLAIMER = '宋慧蓉';
const CLAIM_ORG = '海陵区志愿者协会 宋慧蓉 微信 songhr_1988';
const CLAIM_CONTACT = 'song.hr@example.cn';
const RELEASE_REASON = '宋慧蓉 电话 13600001111 打不通';
const THANKS = '感谢宋慧蓉送上门，联系她：13600001111';

/** What must never be in the trail: the full names, the messages' words and contacts. */
const FORGETTABLE = [
  DONOR,
  '才英',
  WISHER,
  '红英',
  CLAIMER,
  '慧蓉',
  '13912345678',
  'ma.caiying',
  'example.com',
  CONTACT,
  '13711112222',
  'songhr_1988',
  'song.hr',
  '13600001111',
  '健康',
  '双目失明',
  '打不通',
  '送上门',
];

let A: Awaited<ReturnType<typeof makeCampaign>>;
let finance: string;
let editor: string;
let gift: string;
let wish: string;

const claim = (wishId: string) =>
  call(`/api/v1/wishes/${wishId}/claims`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: SITE,
      'Idempotency-Key': crypto.randomUUID(),
      'CF-Connecting-IP': '198.51.100.9',
    },
    body: JSON.stringify({ name: CLAIMER, organisation: CLAIM_ORG, contact: CLAIM_CONTACT }),
  });

beforeAll(async () => {
  A = await makeCampaign();
  await adminOk('PATCH', `/admin/campaigns/${A.campaignId}`, { monthlyAllowed: true });
  finance = (await adminOk('POST', '/admin/tokens', { orgId: A.orgId, role: 'finance', label: '财务 王会计' })).token;
  editor = (await adminOk('POST', '/admin/tokens', { orgId: A.orgId, role: 'editor', label: '编辑 李干事' })).token;

  // A gift, confirmed then refunded by staff; another cancelled; a monthly plan ended by staff.
  gift = (
    await (await pledge(A.campaignId, { amount: 5000, name: DONOR, message: MESSAGE, contact: CONTACT })).json<any>()
  ).id;
  await adminOk('POST', `/admin/donations/${gift}/confirm`, undefined, finance);
  await adminOk('POST', `/admin/donations/${gift}/refund`, undefined, finance);
  const other = (
    await (
      await pledge(A.campaignId, { amount: 3000, name: DONOR, anonymous: true, message: MESSAGE, contact: CONTACT })
    ).json<any>()
  ).id;
  await adminOk('POST', `/admin/donations/${other}/cancel`, undefined, finance);
  const plan = (
    await (
      await pledge(A.campaignId, {
        amount: 1000,
        frequency: 'monthly',
        name: DONOR,
        message: MESSAGE,
        contact: CONTACT,
      })
    ).json<any>()
  ).planId;
  await adminOk('POST', `/admin/monthly-plans/${plan}/end`, undefined, finance);

  // A wish: entered and edited by staff, claimed, released, claimed again, fulfilled.
  wish = (
    await adminOk(
      'POST',
      '/admin/wishes',
      { orgId: A.orgId, title: '一台收音机', category: 'culture', wisherName: WISHER },
      editor,
    )
  ).id;
  await adminOk('PATCH', `/admin/wishes/${wish}`, { story: STORY }, editor);
  expect((await claim(wish)).status).toBe(201);
  await adminOk('POST', `/admin/wishes/${wish}/release`, { reason: RELEASE_REASON }, editor);
  expect((await claim(wish)).status).toBe(201);
  await adminOk('POST', `/admin/wishes/${wish}/fulfil`, { note: THANKS }, editor);
});

describe('the audit trail and personal data', () => {
  it('no audit row holds a full name, the words of a message or a contact', async () => {
    const { results } = await env.DB.prepare('SELECT * FROM audit_log ORDER BY seq').all();
    expect(results.length).toBeGreaterThan(10);
    const dump = JSON.stringify(results);
    expect(FORGETTABLE.filter((s) => dump.includes(s))).toEqual([]);
  });

  it('still says what happened: the status moves, the masked name, that a text is there', async () => {
    const trail = await adminOk('GET', `/admin/audit?object=donation:${gift}`, undefined, finance);
    expect(trail.items.map((e: any) => [e.action, e.before.status, e.after.status])).toEqual([
      ['donation.refund', 'confirmed', 'refunded'],
      ['donation.confirm', 'pending', 'confirmed'],
    ]);
    const confirm = trail.items[1];
    expect(confirm.after).toMatchObject({
      name: '马**',
      amount: 5000,
      message: { ref: `donations/${gift}`, chars: Array.from(MESSAGE).length },
    });
    expect(confirm.after).not.toHaveProperty('contact');

    const edits = (await adminOk('GET', `/admin/audit?object=wish:${wish}`, undefined, editor)).items.reverse();
    expect(edits.map((e: any) => e.action)).toEqual(['wish.create', 'wish.update', 'wish.release', 'wish.fulfil']);
    expect(edits[0].after.wisher_name).toBe('肖**');
    // The story changed: the trail shows that it did, and where it is kept, not what it says.
    expect(edits[1].before.story).toBe('');
    expect(edits[1].after.story).toEqual({ ref: `wishes/${wish}`, chars: Array.from(STORY).length });
    // Release: the claim, masked, moved to released, with a reason that is only referenced.
    expect(edits[2].before.claims).toMatchObject([{ name: '宋**', status: 'active' }]);
    expect(edits[2].after.claims).toMatchObject([
      { name: '宋**', status: 'released', release_reason: { chars: Array.from(RELEASE_REASON).length } },
    ]);
    expect(edits[2].after.claims[0]).not.toHaveProperty('contact');
    expect(edits[3].after).toMatchObject({ status: 'fulfilled', thanks_note: { ref: `wishes/${wish}` } });
    expect(edits[3].after.claims.map((c: any) => c.status)).toEqual(['released', 'fulfilled']);
  });
});

/**
 * Every free-text column an audit snapshot copies as it is, and why it may: the organisation's own
 * words about its work, not a person's. A new column that may hold a person's name, words or
 * contact needs a rule in SNAPSHOT_RULES (worker/audit/objects.ts); a new staff text, a line here.
 */
const ORGANISATION_TEXT: Record<string, string[]> = {
  // The staff member who holds the token: naming who acted is what the trail is for.
  admin_tokens: ['label'],
  campaigns: ['title', 'payment_instructions', 'platform'],
  // The organisation's payment instructions as the donor was shown them when pledging (a copy of its text).
  donations: ['offline_payment'],
  // Staff's record of spending (paid to a supplier or a school; public answers scrub contacts from it).
  expenditures: ['purpose', 'payee'],
  lunch_closures: ['label'],
  lunch_reports: ['menu'],
  // A school, its place, a co-funding body (a county, a company).
  lunch_schools: ['name', 'location', 'note', 'fixed_cost_label', 'co_funder_name'],
  // A company or foundation.
  matchers: ['name'],
  org_figures: ['label', 'unit', 'period'],
  organisations: ['name', 'region', 'brand', 'payment_account'],
  project_updates: ['title', 'body'],
  // "近300名老人" is a count of people, not a person.
  projects: ['title', 'summary', 'body', 'location', 'beneficiaries'],
  recipients: ['name', 'qualification'],
  // What is wished for, and the residential community (社区), not an address.
  wishes: ['title', 'community'],
};

describe('the snapshot rules', () => {
  it('decide every free-text column of every audited table', async () => {
    const tables = new Set(
      Object.values(AUDIT_OBJECTS).flatMap((o: { table: string; parts?: Record<string, { table: string }> }) => [
        o.table,
        ...Object.values(o.parts ?? {}).map((p) => p.table),
      ]),
    );
    const STRUCTURAL =
      /^(id|key|status|state|currency|date|category|provider|channel|role|reference|origin|ended_by|cancel_reason|refund_due|end_reason|links|tiers|credit_code|website|payment_provider|filing_number|filed_from|filed_until|plan_month)$|_(id|at|on|url|ref|by)$/;
    const undecided: Record<string, string[]> = {};
    for (const table of [...tables].sort()) {
      const { results } = await env.DB.prepare(
        "SELECT name FROM pragma_table_info(?) WHERE type = 'TEXT' OR type = '' ORDER BY cid",
      )
        .bind(table)
        .all<{ name: string }>();
      const open = results
        .map((r) => r.name)
        .filter(
          (c) => !STRUCTURAL.test(c) && !(c in (SNAPSHOT_RULES[table] ?? {})) && !ORGANISATION_TEXT[table]?.includes(c),
        );
      if (open.length) undecided[table] = open;
    }
    expect(undecided).toEqual({});
  });
});

describe('rows written before the trail held people back', () => {
  it('are brought to the same form by the migration that forgets people (0014), and the trail stays append-only', async () => {
    const old = (type: string, id: string, snapshot: object) =>
      env.DB.prepare(
        `INSERT INTO audit_log (org_id, actor_label, actor_role, action, object_type, object_id, before, after, request_id)
                      VALUES ('org-old', 'super-admin', 'super', ?1, ?2, ?3, ?4, ?4, 'rq_old') RETURNING seq`,
      )
        .bind(`${type}.update`, type, id, JSON.stringify(snapshot))
        .first<{ seq: number }>();
    const rows = [
      await old('donation', 'dn_old1', {
        id: 'dn_old1',
        name: DONOR,
        anonymous: 0,
        message: MESSAGE,
        amount: 100,
        status: 'confirmed',
        contact: CONTACT,
      }),
      await old('donation', 'dn_old2', { id: 'dn_old2', name: 'Li Wei', anonymous: 1, message: null, amount: 100 }),
      await old('plan', 'mp_old', {
        id: 'mp_old',
        name: DONOR,
        anonymous: 0,
        message: '',
        amount: 1000,
        status: 'ended',
      }),
      await old('wish', 'wi_old', {
        id: 'wi_old',
        wisher_name: WISHER,
        story: STORY,
        thanks_note: THANKS,
        status: 'fulfilled',
        title: '一台收音机',
      }),
    ];
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.includes('_audit_forgets_people'))!;
    await env.DB.batch(migration.queries.map((q) => env.DB.prepare(q)));

    const after = async (seq: number) =>
      JSON.parse(
        (await env.DB.prepare('SELECT after FROM audit_log WHERE seq = ?').bind(seq).first<{ after: string }>())!.after,
      );
    expect(await after(rows[0]!.seq)).toEqual({
      id: 'dn_old1',
      name: '马**',
      anonymous: 0,
      message: { ref: 'donations/dn_old1', chars: Array.from(MESSAGE).length },
      amount: 100,
      status: 'confirmed',
    });
    expect(await after(rows[1]!.seq)).toEqual({
      id: 'dn_old2',
      name: '爱心人士',
      anonymous: 1,
      message: null,
      amount: 100,
    });
    expect(await after(rows[2]!.seq)).toMatchObject({ name: '马**', message: '' });
    expect(await after(rows[3]!.seq)).toEqual({
      id: 'wi_old',
      wisher_name: '肖**',
      story: { ref: 'wishes/wi_old', chars: Array.from(STORY).length },
      thanks_note: { ref: 'wishes/wi_old', chars: Array.from(THANKS).length },
      status: 'fulfilled',
      title: '一台收音机',
    });
    const { results } = await env.DB.prepare('SELECT * FROM audit_log').all();
    expect(FORGETTABLE.filter((s) => JSON.stringify(results).includes(s))).toEqual([]);
    await expect(env.DB.prepare("UPDATE audit_log SET actor_label = 'x'").run()).rejects.toThrow(/append_only/);
  });
});
