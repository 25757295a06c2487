// The D1 schema on its own: demo seed idempotency, CHECK constraints and the totals triggers.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { campaignRow, count, loadSeed, makeCampaign } from './helpers';

const db = env.DB;
const insertDonation = (id: string, campaignId: string, amount: number, status = 'pending') =>
  db
    .prepare(
      `INSERT INTO donations (id, campaign_id, amount, currency, reference, status) VALUES (?, ?, ?, 'CNY', ?, ?)`,
    )
    .bind(id, campaignId, amount, `REF-${id}`, status);
const setStatus = (id: string, status: string) =>
  db.prepare('UPDATE donations SET status = ? WHERE id = ?').bind(status, id);

describe('demo seed', () => {
  it('has the organisations, projects and campaigns of the design', async () => {
    for (const id of ['hunan-mzt', 'yiyang-mzj', 'fengxian-mzj', 'taizhou-hailing']) {
      expect(await count('organisations WHERE id = ?', id)).toBe(1);
      expect(
        await count(
          'sites WHERE org_id = ? AND origin IN (?, ?)',
          id,
          'http://localhost:8787',
          'http://127.0.0.1:8787',
        ),
      ).toBe(2);
    }
    const yiyang = await db
      .prepare('SELECT brand FROM organisations WHERE id = ?')
      .bind('yiyang-mzj')
      .first<{ brand: string }>();
    expect(yiyang?.brand).toBe('益行益善·益老益小');
    for (const id of ['gaoping-lunch', 'guanheng-elder-centre']) {
      expect(await count('projects WHERE id = ?', id)).toBe(1);
      expect(await count('campaigns WHERE id = ? AND project_id = ?', id, id)).toBe(1);
    }
    expect(await count('project_updates WHERE project_id = ?', 'guanheng-elder-centre')).toBe(6);
  });

  it('is idempotent: loading it again changes no row and no total', async () => {
    const snapshot = () =>
      db.prepare('SELECT id, raised_amount, pending_amount, donor_count FROM campaigns ORDER BY id').all();
    const tables = ['organisations', 'sites', 'projects', 'project_updates', 'campaigns', 'donations'];
    const before = { totals: (await snapshot()).results, counts: await Promise.all(tables.map((t) => count(t))) };
    await loadSeed();
    await loadSeed();
    expect({ totals: (await snapshot()).results, counts: await Promise.all(tables.map((t) => count(t))) }).toEqual(
      before,
    );
    const gaoping = await campaignRow('gaoping-lunch');
    expect(gaoping!.raised_amount).toBeGreaterThan(0);
  });
});

describe('constraints', () => {
  it('rejects out-of-range amounts, unknown enums and non-integer money', async () => {
    const { campaignId } = await makeCampaign();
    await expect(insertDonation('bad-0', campaignId, 0).run()).rejects.toThrow(/CHECK/);
    await expect(insertDonation('bad-big', campaignId, 10_000_000_001).run()).rejects.toThrow(/CHECK/);
    await expect(insertDonation('bad-float', campaignId, 1.5).run()).rejects.toThrow(/CHECK/);
    await expect(insertDonation('bad-status', campaignId, 100, 'lost').run()).rejects.toThrow(/CHECK/);
    await expect(
      db
        .prepare(
          `INSERT INTO projects (id, org_id, title, summary, category, status) VALUES ('p-x', 'hunan-mzt', 't', 's', 'sports', 'planned')`,
        )
        .run(),
    ).rejects.toThrow(/CHECK/);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
  });
});

describe('totals triggers', () => {
  it('move pending, raised and donorCount on every transition', async () => {
    const { campaignId } = await makeCampaign();
    const a = `${campaignId}-a`,
      b = `${campaignId}-b`,
      c = `${campaignId}-c`;
    await db.batch([
      insertDonation(a, campaignId, 1000),
      insertDonation(b, campaignId, 250),
      insertDonation(c, campaignId, 7),
    ]);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 1257, donor_count: 0 });
    await setStatus(a, 'confirmed').run();
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 1000, pending_amount: 257, donor_count: 1 });
    await setStatus(b, 'cancelled').run();
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 1000, pending_amount: 7, donor_count: 1 });
    await setStatus(a, 'refunded').run();
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 7, donor_count: 0 });
  });

  it('refuses invalid transitions, amount edits and deletes', async () => {
    const { campaignId } = await makeCampaign();
    const id = `${campaignId}-x`;
    await insertDonation(id, campaignId, 500).run();
    await expect(setStatus(id, 'refunded').run()).rejects.toThrow(/invalid_donation_update/);
    await setStatus(id, 'cancelled').run();
    await expect(setStatus(id, 'confirmed').run()).rejects.toThrow(/invalid_donation_update/);
    await expect(db.prepare('UPDATE donations SET amount = 1 WHERE id = ?').bind(id).run()).rejects.toThrow(
      /invalid_donation_update/,
    );
    await expect(db.prepare('DELETE FROM donations WHERE id = ?').bind(id).run()).rejects.toThrow(/never_deleted/);
    expect(await campaignRow(campaignId)).toEqual({ raised_amount: 0, pending_amount: 0, donor_count: 0 });
  });

  it('refuses a pledge on a campaign that is not open', async () => {
    const { campaignId } = await makeCampaign({ status: 'closed' });
    await expect(insertDonation(`${campaignId}-p`, campaignId, 100).run()).rejects.toThrow(/campaign_not_open/);
  });
});
