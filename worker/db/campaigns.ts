// Campaigns as staff keep them: creating one, the list with payment settings and recipient, and
// changes. Totals are never written here: only donation status changes move them (the triggers).
import type { z } from '@hono/zod-openapi';
import type { CampaignCreate, CampaignPatch } from '../schemas/admin';
import { patchStatement } from './patch';
import { PAYMENT_SETTINGS_COLUMNS, type PaymentSettingsRow } from './payment-settings';
import { RECIPIENT_COLUMNS, RECIPIENT_JOIN } from './recipients';
import type { CampaignRow } from './rows';

// c.* carries the campaign's own payment_provider (null: the organisation's).
export type AdminCampaignRow = CampaignRow &
  PaymentSettingsRow & { payment_provider?: 'offline' | 'wechatpay' | 'stripe' | null };

export async function insertCampaign(db: D1Database, id: string, b: z.infer<typeof CampaignCreate>): Promise<void> {
  await db
    .prepare(
      `INSERT INTO campaigns (id, project_id, title, currency, goal_amount, ends_at, status, tiers, payment_instructions, payment_provider,
         recipient_id, filing_number, filing_url, filed_from, filed_until, platform, platform_url, monthly_allowed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      id,
      b.projectId,
      b.title,
      b.currency,
      b.goalAmount,
      b.endsAt ?? null,
      b.status,
      JSON.stringify(b.tiers ?? []),
      b.paymentInstructions ?? null,
      b.paymentProvider ?? null,
      b.recipientId ?? null,
      b.filingNumber ?? null,
      b.filingUrl ?? null,
      b.filedFrom ?? null,
      b.filedUntil ?? null,
      b.platform ?? null,
      b.platformUrl ?? null,
      b.monthlyAllowed ? 1 : 0,
    )
    .run();
}

/** The project a campaign belongs to (null: no such campaign). */
export const projectOfCampaign = (db: D1Database, campaignId: string) =>
  db.prepare('SELECT project_id FROM campaigns WHERE id = ?').bind(campaignId).first<{ project_id: string }>();

/** Campaigns newest first, of one organisation and/or one project if given. */
export async function listCampaigns(
  db: D1Database,
  filter: { org?: string; projectId?: string },
): Promise<AdminCampaignRow[]> {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.org) {
    where.push('p.org_id = ?');
    args.push(filter.org);
  }
  if (filter.projectId) {
    where.push('c.project_id = ?');
    args.push(filter.projectId);
  }
  const { results } = await db
    .prepare(
      `SELECT c.*, p.org_id, ${PAYMENT_SETTINGS_COLUMNS}, ${RECIPIENT_COLUMNS} FROM campaigns c JOIN projects p ON p.id = c.project_id
       JOIN organisations o ON o.id = p.org_id ${RECIPIENT_JOIN}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.created_at DESC, c.id DESC`,
    )
    .bind(...args)
    .all<AdminCampaignRow>();
  return results;
}

const FILING_COLUMNS = {
  recipientId: { column: 'recipient_id' },
  filingNumber: { column: 'filing_number' },
  filingUrl: { column: 'filing_url' },
  filedFrom: { column: 'filed_from' },
  filedUntil: { column: 'filed_until' },
  platform: { column: 'platform' },
  platformUrl: { column: 'platform_url' },
};

export async function updateCampaign(db: D1Database, id: string, body: z.infer<typeof CampaignPatch>): Promise<void> {
  const stmt = patchStatement(db, 'campaigns', id, body, {
    title: { column: 'title' },
    goalAmount: { column: 'goal_amount' },
    endsAt: { column: 'ends_at' },
    status: { column: 'status' },
    tiers: { column: 'tiers', json: true },
    paymentInstructions: { column: 'payment_instructions' },
    paymentProvider: { column: 'payment_provider' },
    monthlyAllowed: { column: 'monthly_allowed', bool: true },
    ...FILING_COLUMNS,
  });
  if (stmt) await stmt.run();
}
