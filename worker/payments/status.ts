// What a donor's status poll shows: the public status (an expired pledge is a cancelled one with
// cancel_reason 'expired') and how to pay while it is pending. Never a name or a contact.
import type { DonationRow } from '../db/rows';
import type { PaymentSettings } from './choice';
import { offlinePayment } from './offline';
import type { PaymentJson } from './pledge';

export type PaymentDonationRow = DonationRow & { payment_url: string | null };

export const PUBLIC_STATUSES = ['pending', 'confirmed', 'cancelled', 'refunded', 'expired'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const publicStatus = (r: PaymentDonationRow): PublicStatus =>
  r.status === 'cancelled' && r.cancel_reason === 'expired' ? 'expired' : r.status;

export function paymentOf(r: PaymentDonationRow, settings: PaymentSettings): PaymentJson {
  const expiresAt = r.expires_at ?? '';
  if (r.provider === 'wechatpay') return { method: 'wechatpay', reference: r.reference, codeUrl: r.payment_url ?? '', expiresAt };
  if (r.provider === 'stripe') return { method: 'stripe', reference: r.reference, checkoutUrl: r.payment_url ?? '', expiresAt };
  return offlinePayment(settings, r.reference);
}

export const donationStatusJson = (r: PaymentDonationRow, settings: PaymentSettings) => ({
  id: r.id, campaignId: r.campaign_id, status: publicStatus(r), amount: r.amount, currency: r.currency, payment: paymentOf(r, settings),
});
