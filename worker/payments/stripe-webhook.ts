// Stripe webhooks: Stripe-Signature "t=…,v1=…" is HMAC-SHA256 of "t.rawBody" with the endpoint's
// signing secret; compared in constant time, and t must be within 300 s of now.
import { sameDigest } from '../lib/crypto';
import type { StripeConfig } from './config';
import { bytesToHex, utf8 } from './encoding';
import {
  type CallbackEvent,
  type CallbackRefusal,
  type SubscriptionEvent,
  TIMESTAMP_TOLERANCE_SECONDS,
} from './events';

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return bytesToHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(message))));
}

type SubscriptionDetails = { subscription?: string | null; metadata?: Record<string, string> | null };
type StripeObject = {
  id?: string;
  client_reference_id?: string | null;
  metadata?: Record<string, string>;
  payment_status?: string;
  amount_total?: number;
  amount_refunded?: number;
  currency?: string;
  payment_intent?: string | null;
  mode?: string;
  // Subscriptions and their invoices (older API versions at the top level, newer under `parent`).
  subscription?: string | null;
  billing_reason?: string;
  amount_paid?: number;
  amount_due?: number;
  subscription_details?: SubscriptionDetails | null;
  parent?: { subscription_details?: SubscriptionDetails | null } | null;
};

/** An invoice's subscription and the plan metadata we set on it, whichever API version sent it. */
function invoicePlan(o: StripeObject): { subscriptionId: string; planId: string | null; donationId: string | null } {
  const details = o.parent?.subscription_details ?? o.subscription_details ?? null;
  const subscriptionId = details?.subscription ?? o.subscription ?? '';
  return {
    subscriptionId,
    planId: details?.metadata?.plan_id ?? null,
    donationId: details?.metadata?.donation_id ?? null,
  };
}
type StripeEvent = { id?: string; type?: string; data?: { object?: StripeObject } };

export async function readStripeWebhook(
  cfg: StripeConfig,
  signatureHeader: string | null,
  rawBody: string,
  now = new Date(),
): Promise<CallbackEvent | SubscriptionEvent | CallbackRefusal> {
  const parts = (signatureHeader ?? '').split(',').map((p) => p.trim().split('='));
  const t = parts.find(([k]) => k === 't')?.[1] ?? '';
  const signatures = parts.filter(([k]) => k === 'v1').map(([, v]) => v ?? '');
  if (!/^\d+$/.test(t) || signatures.length === 0)
    return { refused: 'bad_signature', detail: 'missing or unreadable Stripe-Signature' };
  const expected = await hmacHex(cfg.webhookSecret, `${t}.${rawBody}`);
  if (!signatures.some((s) => sameDigest(s, expected)))
    return { refused: 'bad_signature', detail: 'no v1 signature matches' };
  if (Math.abs(now.getTime() / 1000 - Number(t)) > TIMESTAMP_TOLERANCE_SECONDS)
    return { refused: 'stale_timestamp', detail: `t=${t}` };

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
  const sub = (kind: SubscriptionEvent['kind'], extra: Partial<SubscriptionEvent> = {}): SubscriptionEvent => ({
    kind,
    eventId,
    eventType,
    subscriptionId: '',
    planId: null,
    invoiceId: null,
    paymentRef: null,
    amount: null,
    currency,
    ...extra,
  });
  switch (eventType) {
    case 'checkout.session.completed':
      // A monthly plan's session: its first invoice confirms the gift (with the payment to refund).
      if (o.mode === 'subscription')
        return sub('plan_started', { subscriptionId: o.subscription ?? '', planId: o.metadata?.plan_id ?? null });
      return {
        kind: o.payment_status === 'paid' ? 'paid' : 'ignored',
        eventId,
        eventType,
        match: { donationId },
        orderRef: o.id ?? null,
        paymentRef: o.payment_intent ?? null,
        amount: o.amount_total ?? null,
        currency,
      };
    case 'checkout.session.expired':
      return {
        kind: 'expired',
        eventId,
        eventType,
        match: { donationId },
        orderRef: o.id ?? null,
        paymentRef: null,
        amount: null,
        currency: null,
      };
    case 'charge.refunded':
      return {
        kind: 'refunded',
        eventId,
        eventType,
        match: { paymentRef: o.payment_intent ?? '' },
        orderRef: o.id ?? null,
        paymentRef: o.payment_intent ?? null,
        amount: o.amount_refunded ?? null,
        currency,
      };
    case 'invoice.paid': {
      const p = invoicePlan(o);
      if (!p.subscriptionId) break;
      if (o.billing_reason === 'subscription_create' && p.donationId && p.planId) {
        return {
          kind: 'paid',
          eventId,
          eventType,
          match: { donationId: p.donationId },
          orderRef: o.id ?? null,
          paymentRef: o.payment_intent ?? o.id ?? null,
          amount: o.amount_paid ?? null,
          currency,
          plan: { id: p.planId, subscriptionId: p.subscriptionId },
        };
      }
      return sub('renewal', {
        subscriptionId: p.subscriptionId,
        planId: p.planId,
        invoiceId: o.id ?? null,
        paymentRef: o.payment_intent ?? o.id ?? null,
        amount: o.amount_paid ?? null,
      });
    }
    case 'invoice.payment_failed': {
      const p = invoicePlan(o);
      if (p.subscriptionId)
        return sub('payment_failed', {
          subscriptionId: p.subscriptionId,
          planId: p.planId,
          invoiceId: o.id ?? null,
          amount: o.amount_due ?? null,
        });
      break;
    }
    case 'customer.subscription.deleted':
      return sub('subscription_ended', { subscriptionId: o.id ?? '', planId: o.metadata?.plan_id ?? null });
    default:
      break;
  }
  return {
    kind: 'ignored',
    eventId,
    eventType,
    match: null,
    orderRef: o.id ?? null,
    paymentRef: null,
    amount: null,
    currency: null,
  };
}
