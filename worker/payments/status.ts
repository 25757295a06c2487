// What a donor's status poll shows: the public status (an expired pledge is a cancelled one with
// cancel_reason 'expired') and how to pay: for an offline pledge, what the donor was told when
// pledging (a later change of account never redirects an earlier transfer). Never a name or a contact.
import { PAYMENT_SETTINGS_COLUMNS, type PaymentSettingsRow } from '../db/payment-settings';
import type { DonationRow } from '../db/rows';
import { notFound } from '../lib/problem';
import { expireIfOverdue } from './expiry';
import { paymentSettingsOf, type PaymentSettings } from './choice';
import { offlinePayment, type OfflineDetails } from './offline';
import type { PaymentJson } from './pledge';

export type PaymentDonationRow = DonationRow & { payment_url: string | null; offline_payment: string | null };

export const PUBLIC_STATUSES = ['pending', 'confirmed', 'cancelled', 'refunded', 'expired'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const publicStatus = (r: PaymentDonationRow): PublicStatus =>
  r.status === 'cancelled' && r.cancel_reason === 'expired' ? 'expired' : r.status;

export function paymentOf(r: PaymentDonationRow, settings: PaymentSettings): PaymentJson {
  const expiresAt = r.expires_at ?? '';
  if (r.provider === 'wechatpay')
    return { method: 'wechatpay', reference: r.reference, codeUrl: r.payment_url ?? '', expiresAt };
  if (r.provider === 'stripe')
    return { method: 'stripe', reference: r.reference, checkoutUrl: r.payment_url ?? '', expiresAt };
  // As the donor was told when pledging, whatever the settings say now; a monthly plan's later
  // month has no copy of its own and follows the settings.
  return offlinePayment(offlineDetailsTold(r.offline_payment, settings), r.reference);
}

/** What an offline donor was told when pledging (donations.offline_payment), else today's settings. */
export const offlineDetailsTold = (snapshot: string | null, settings: PaymentSettings): OfflineDetails =>
  snapshot ? (JSON.parse(snapshot) as OfflineDetails) : settings;

const donationStatusJson = (r: PaymentDonationRow, settings: PaymentSettings) => ({
  id: r.id,
  campaignId: r.campaign_id,
  status: publicStatus(r),
  amount: r.amount,
  currency: r.currency,
  payment: paymentOf(r, settings),
});

type PollRow = PaymentDonationRow & PaymentSettingsRow;

// The donation and its campaign's payment settings in one query: donors' pages repeat this poll.
const POLL = `SELECT d.*, c.payment_instructions, ${PAYMENT_SETTINGS_COLUMNS}
              FROM donations d JOIN campaigns c ON c.id = d.campaign_id JOIN projects p ON p.id = c.project_id
              JOIN organisations o ON o.id = p.org_id WHERE d.id = ?`;

/** What GET /donations/{id} answers; a pending pledge whose window has closed is expired first. */
export async function readDonationStatus(
  db: D1Database,
  id: string,
  afterExpiry: (campaignId: string) => Promise<void> = async () => {},
  now = new Date().toISOString(),
) {
  const read = () => db.prepare(POLL).bind(id).first<PollRow>();
  let row = await read();
  if (!row) throw notFound('Donation', id);
  if (row.status === 'pending' && row.expires_at && row.expires_at <= now) {
    const campaignId = await expireIfOverdue(db, id, now);
    if (campaignId) await afterExpiry(campaignId);
    row = (await read())!;
  }
  return donationStatusJson(row, paymentSettingsOf(row));
}
