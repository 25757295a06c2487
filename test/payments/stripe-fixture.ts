// A Stripe stand-in's side of webhooks: events shaped like Stripe's and a Stripe-Signature header
// ("t=…,v1=HMAC-SHA256(secret, t.body)"). WebCrypto only: workerd and Node 20.
const enc = (s: string) => new TextEncoder().encode(s);

export const STRIPE_TEST_SECRETS = {
  STRIPE_SECRET_KEY: 'sk_test_gongyi_standin',
  STRIPE_WEBHOOK_SECRET: 'whsec_gongyi_standin_secret',
};

export async function stripeSignature(
  body: string,
  secret: string,
  t = Math.floor(Date.now() / 1000),
): Promise<string> {
  const key = await crypto.subtle.importKey('raw', enc(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc(`${t}.${body}`)));
  return `t=${t},v1=${[...mac].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

let seq = 0;
export const stripeEvent = (
  type: string,
  object: Record<string, unknown>,
  id = `evt_test_${Date.now().toString(36)}_${seq++}`,
) =>
  JSON.stringify({
    id,
    object: 'event',
    type,
    api_version: '2025-10-29',
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });

/** checkout.session.completed / .expired for a session opened for `donationId`. */
export const checkoutSession = (o: {
  sessionId: string;
  donationId: string;
  amount: number;
  currency?: string;
  paymentIntent?: string;
  paid?: boolean;
}) => ({
  id: o.sessionId,
  object: 'checkout.session',
  client_reference_id: o.donationId,
  metadata: { donation_id: o.donationId },
  amount_total: o.amount,
  currency: (o.currency ?? 'cny').toLowerCase(),
  payment_intent: o.paymentIntent ?? `pi_${o.donationId}`,
  payment_status: o.paid === false ? 'unpaid' : 'paid',
  status: o.paid === false ? 'open' : 'complete',
});

/** charge.refunded for the charge of `paymentIntent`. */
export const refundedCharge = (o: { paymentIntent: string; amountRefunded: number; currency?: string }) => ({
  id: `ch_${o.paymentIntent}`,
  object: 'charge',
  payment_intent: o.paymentIntent,
  amount_refunded: o.amountRefunded,
  currency: (o.currency ?? 'cny').toLowerCase(),
  refunded: true,
});

/** Headers for posting `body` to the webhook as Stripe would. */
export const stripeWebhookHeaders = async (
  body: string,
  secret = STRIPE_TEST_SECRETS.STRIPE_WEBHOOK_SECRET,
  t?: number,
) => ({
  'Content-Type': 'application/json',
  'Stripe-Signature': await stripeSignature(body, secret, t),
});

/** A Stripe invoice of a subscription (monthly giving), as its invoice.* events carry it. */
export const invoice = (o: {
  id: string;
  sub: string;
  planId: string;
  donationId: string;
  amount: number;
  reason: string;
}) => ({
  id: o.id,
  object: 'invoice',
  billing_reason: o.reason,
  amount_paid: o.amount,
  amount_due: o.amount,
  currency: 'cny',
  payment_intent: `pi_${o.id}`,
  parent: { subscription_details: { subscription: o.sub, metadata: { plan_id: o.planId, donation_id: o.donationId } } },
});
