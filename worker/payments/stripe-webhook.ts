// Stripe webhooks: Stripe-Signature "t=…,v1=…" is HMAC-SHA256 of "t.rawBody" with the endpoint's
// signing secret; compared in constant time, and t must be within 300 s of now.
import { sameDigest } from '../lib/crypto';
import type { StripeConfig } from './config';
import { bytesToHex, utf8 } from './encoding';
import { type CallbackEvent, type CallbackRefusal, TIMESTAMP_TOLERANCE_SECONDS } from './events';

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return bytesToHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(message))));
}

type StripeObject = {
  id?: string; client_reference_id?: string | null; metadata?: Record<string, string>; payment_status?: string;
  amount_total?: number; amount_refunded?: number; currency?: string; payment_intent?: string | null;
};
type StripeEvent = { id?: string; type?: string; data?: { object?: StripeObject } };

export async function readStripeWebhook(
  cfg: StripeConfig,
  signatureHeader: string | null,
  rawBody: string,
  now = new Date(),
): Promise<CallbackEvent | CallbackRefusal> {
  const parts = (signatureHeader ?? '').split(',').map((p) => p.trim().split('='));
  const t = parts.find(([k]) => k === 't')?.[1] ?? '';
  const signatures = parts.filter(([k]) => k === 'v1').map(([, v]) => v ?? '');
  if (!/^\d+$/.test(t) || signatures.length === 0) return { refused: 'bad_signature', detail: 'missing or unreadable Stripe-Signature' };
  const expected = await hmacHex(cfg.webhookSecret, `${t}.${rawBody}`);
  if (!signatures.some((s) => sameDigest(s, expected))) return { refused: 'bad_signature', detail: 'no v1 signature matches' };
  if (Math.abs(now.getTime() / 1000 - Number(t)) > TIMESTAMP_TOLERANCE_SECONDS) return { refused: 'stale_timestamp', detail: `t=${t}` };

  let event: StripeEvent;
  try {
    event = JSON.parse(rawBody) as StripeEvent;
  } catch {
    return { refused: 'malformed', detail: 'body is not JSON' };
  }
  const o = event.data?.object ?? {};
  const eventId = event.id ?? null;
  const eventType = event.type ?? 'unknown';
  const currency = o.currency ? o.currency.toUpperCase() : null;
  const donationId = o.client_reference_id ?? o.metadata?.donation_id ?? '';
  switch (eventType) {
    case 'checkout.session.completed':
      return {
        kind: o.payment_status === 'paid' ? 'paid' : 'ignored', eventId, eventType, match: { donationId },
        orderRef: o.id ?? null, paymentRef: o.payment_intent ?? null, amount: o.amount_total ?? null, currency,
      };
    case 'checkout.session.expired':
      return { kind: 'expired', eventId, eventType, match: { donationId }, orderRef: o.id ?? null, paymentRef: null, amount: null, currency: null };
    case 'charge.refunded':
      return {
        kind: 'refunded', eventId, eventType, match: { paymentRef: o.payment_intent ?? '' },
        orderRef: o.id ?? null, paymentRef: o.payment_intent ?? null, amount: o.amount_refunded ?? null, currency,
      };
    default:
      return { kind: 'ignored', eventId, eventType, match: null, orderRef: o.id ?? null, paymentRef: null, amount: null, currency: null };
  }
}
