// PIPL: the forms promise that a contact is deleted 180 days after its gift or wish is settled.
// The cron (the scheduled handler, on both runtimes) keeps that promise; pending gifts, recent
// ones and open claims keep their contact.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { CONTACT_RETENTION_DAYS } from '../../worker/db/contact-retention';
import { uid } from './helpers';

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

async function runCron() {
  const ctx = createExecutionContext();
  await worker.scheduled(
    { cron: '*/5 * * * *', scheduledTime: Date.now(), noRetry() {} } as ScheduledController,
    env as never,
    ctx,
  );
  await waitOnExecutionContext(ctx);
}

describe('contact retention', () => {
  it(`deletes a settled gift's contact ${CONTACT_RETENTION_DAYS} days after it was settled, and only then`, async () => {
    const ids = { old: uid('dn'), recent: uid('dn'), pending: uid('dn') };
    const insert = (id: string, status: string, at: string) =>
      env.DB.prepare(
        `INSERT INTO donations (id, campaign_id, amount, currency, reference, status, contact, created_at, confirmed_at)
         VALUES (?1, 'gaoping-lunch', 100, 'CNY', ?1, ?2, '13800000000', ?3, ?4)`,
      ).bind(id, status, at, status === 'confirmed' ? at : null);
    await env.DB.batch([
      insert(ids.old, 'confirmed', daysAgo(CONTACT_RETENTION_DAYS + 1)),
      insert(ids.recent, 'confirmed', daysAgo(CONTACT_RETENTION_DAYS - 1)),
      insert(ids.pending, 'pending', daysAgo(CONTACT_RETENTION_DAYS + 30)),
    ]);
    await runCron();
    const contact = (id: string) =>
      env.DB.prepare('SELECT contact FROM donations WHERE id = ?').bind(id).first('contact');
    expect(await contact(ids.old)).toBeNull();
    expect(await contact(ids.recent)).toBe('13800000000');
    expect(await contact(ids.pending)).toBe('13800000000');
  });

  it('deletes a released claim’s contact after the same time; an active claim keeps it', async () => {
    const wish = uid('wish');
    await env.DB.prepare(
      `INSERT INTO wishes (id, org_id, title, category, wisher_name, status) VALUES (?, 'taizhou-hailing', '一双步行鞋', 'necessities', '马才英', 'open')`,
    )
      .bind(wish)
      .run();
    const released = uid('claim');
    await env.DB.prepare(`INSERT INTO wish_claims (id, wish_id, name, contact) VALUES (?, ?, '张三', '13900000000')`)
      .bind(released, wish)
      .run();
    await env.DB.prepare(`UPDATE wish_claims SET status = 'released', released_at = ? WHERE id = ?`)
      .bind(daysAgo(CONTACT_RETENTION_DAYS + 1), released)
      .run();
    await env.DB.prepare(`UPDATE wishes SET status = 'open', claim_id = NULL WHERE id = ?`).bind(wish).run();
    const active = uid('claim');
    await env.DB.prepare(`INSERT INTO wish_claims (id, wish_id, name, contact) VALUES (?, ?, '李四', '13700000000')`)
      .bind(active, wish)
      .run();
    await runCron();
    const contact = (id: string) =>
      env.DB.prepare('SELECT contact FROM wish_claims WHERE id = ?').bind(id).first('contact');
    expect(await contact(released)).toBe('-');
    expect(await contact(active)).toBe('13700000000');
  });
});
