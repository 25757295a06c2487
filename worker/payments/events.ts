// The provider-neutral shape of a verified callback, and the reasons a callback is refused.
export const TIMESTAMP_TOLERANCE_SECONDS = 300;

/** How the event finds its donation: WeChat and Stripe checkout by donation id, a Stripe refund by payment_intent. */
export type EventMatch = { donationId: string } | { paymentRef: string };

export type CallbackEvent = {
  kind: 'paid' | 'refunded' | 'expired' | 'ignored';
  eventId: string | null;
  eventType: string;
  match: EventMatch | null;
  orderRef: string | null;
  /** WeChat transaction_id / refund_id, Stripe payment_intent. */
  paymentRef: string | null;
  amount: number | null;
  /** Upper-case ISO 4217; null when the provider does not say (then the donation's currency stands). */
  currency: string | null;
  /** A monthly plan's first invoice: the plan it starts and its subscription. */
  plan?: { id: string; subscriptionId: string };
};

/**
 * A Stripe subscription event about a monthly plan (payments/monthly.ts). The first invoice is a
 * plain "paid" CallbackEvent for the pledge's own donation (with `plan` set); later ones are renewals.
 */
export type SubscriptionEvent = {
  kind: 'renewal' | 'payment_failed' | 'subscription_ended' | 'plan_started';
  eventId: string | null;
  eventType: string;
  subscriptionId: string;
  planId: string | null;
  invoiceId: string | null;
  paymentRef: string | null;
  amount: number | null;
  currency: string | null;
};

export const isSubscriptionEvent = (r: unknown): r is SubscriptionEvent =>
  typeof r === 'object' &&
  r !== null &&
  'subscriptionId' in r &&
  ['renewal', 'payment_failed', 'subscription_ended', 'plan_started'].includes((r as SubscriptionEvent).kind);

export type CallbackRefusal = { refused: 'bad_signature' | 'stale_timestamp' | 'malformed'; detail: string };

export const isRefusal = (r: CallbackEvent | SubscriptionEvent | CallbackRefusal): r is CallbackRefusal =>
  'refused' in r;

/** Every ledger outcome (payment_events.outcome). */
export type LedgerOutcome =
  | 'applied'
  | 'refund_applied'
  | 'expiry_applied'
  | 'duplicate'
  | 'unknown_order'
  | 'amount_mismatch'
  | 'currency_mismatch'
  | 'late'
  | 'out_of_order'
  | 'not_confirmed'
  | 'bad_signature'
  | 'stale_timestamp'
  | 'malformed'
  | 'ignored';

/** Outcomes that need a look from staff (listed as unmatched by the reconciliation). */
export const NEEDS_ATTENTION: LedgerOutcome[] = [
  'unknown_order',
  'amount_mismatch',
  'currency_mismatch',
  'late',
  'out_of_order',
  'not_confirmed',
  'bad_signature',
  'stale_timestamp',
  'malformed',
];
