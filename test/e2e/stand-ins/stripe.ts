// A local stand-in for Stripe Checkout, started by the e2e test on 127.0.0.1 (the worker reaches
// it through STRIPE_API_BASE). At its HTTP boundary it behaves like Stripe:
//   - POST /v1/checkout/sessions (form-encoded, Bearer secret key, Idempotency-Key): a session
//     whose `url` is a checkout page on this stand-in;
//   - GET that page: the amount, a "Pay" button and a "Cancel" link (to cancel_url);
//   - "Pay": POSTs a signed checkout.session.completed event to the worker's webhook, then
//     redirects the browser to success_url (as Stripe does, the webhook is not tied to the redirect).
// Subscriptions (mode=subscription, a monthly price): "Pay" starts a subscription, and the webhook
// gets checkout.session.completed (with `subscription`) and the first invoice.paid
// (billing_reason subscription_create); renew() bills the next month (invoice.paid,
// subscription_cycle); DELETE /v1/subscriptions/{id} cancels one.
// Signing is the shared test fixture's (test/payments/stripe-fixture.ts), passed in.
import type { ServerResponse } from 'node:http';
import { serveLocal } from './http.js';

export interface CheckoutSession {
  id: string;
  url: string;
  donationId: string;
  amount: number;
  currency: string;
  successUrl: string;
  cancelUrl: string;
  paid: boolean;
  mode: 'payment' | 'subscription';
  /** line_items[0][price_data][recurring][interval] (a subscription's price), else null. */
  interval: string | null;
  /** metadata[…]: the session's own. */
  metadata: Record<string, string>;
  /** subscription_data[metadata][…]: what every invoice of the subscription names. */
  subscriptionMetadata: Record<string, string>;
  /** The subscription "Pay" started, for a subscription session. */
  subscriptionId: string | null;
}

export interface Subscription {
  id: string;
  session: CheckoutSession;
  /** Ids of the invoices paid so far, first one first. */
  invoices: string[];
  cancelled: boolean;
}

type SignedEvent = { headers: Record<string, string>; body: string };

export interface StripeStandInOptions {
  secretKey: string;
  /** checkout.session.completed for a paid session, signed like Stripe (Stripe-Signature header). */
  completedEvent(session: CheckoutSession): Promise<SignedEvent>;
  /** Any event (`type`, its `data.object`) signed like Stripe: subscriptions need it. */
  signedEvent?(type: string, object: Record<string, unknown>): Promise<SignedEvent>;
}

export interface StripeStandIn {
  url: string;
  sessions: CheckoutSession[];
  /** Where "Pay" delivers its webhook: the worker's /api/v1/payments/stripe/webhook (set once the worker runs). */
  webhookUrl: string;
  /** The worker's answer to each webhook delivery. */
  deliveries: { status: number; body: string }[];
  /** Stripe delivers the last event again (it retries until it sees a 2xx). */
  redeliver(): Promise<{ status: number; body: string }>;
  subscriptions: Subscription[];
  /** Each DELETE /v1/subscriptions/{id} received (the id). */
  cancellations: string[];
  /**
   * The next month: a signed invoice.paid (billing_reason subscription_cycle) for `subscriptionId`.
   * `chargedBeforeCancel`: an invoice Stripe had already charged when the cancellation came, whose
   * webhook still arrives afterwards.
   */
  renew(subscriptionId: string, o?: { chargedBeforeCancel?: boolean }): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(body);
}

export async function startStripeStandIn(o: StripeStandInOptions): Promise<StripeStandIn> {
  const byKey = new Map<string, CheckoutSession>();
  let last: SignedEvent | undefined;
  const deliver = async (event: SignedEvent) => {
    const res = await fetch(standIn.webhookUrl, { method: 'POST', headers: event.headers, body: event.body });
    const answer = { status: res.status, body: await res.text() };
    standIn.deliveries.push(answer);
    return answer;
  };
  const standIn = {
    sessions: [] as CheckoutSession[],
    webhookUrl: '',
    deliveries: [] as { status: number; body: string }[],
    subscriptions: [] as Subscription[],
    cancellations: [] as string[],
  } as StripeStandIn;
  const signed = (type: string, object: Record<string, unknown>) => {
    if (!o.signedEvent) throw new Error('the stand-in needs signedEvent for subscriptions');
    return o.signedEvent(type, object);
  };
  // An invoice as the 2025 API shapes it: the subscription and its metadata under parent.subscription_details.
  const paidInvoice = async (sub: Subscription, reason: 'subscription_create' | 'subscription_cycle') => {
    const id = `in_test_${sub.id.slice('sub_test_'.length)}_${sub.invoices.length + 1}`;
    sub.invoices.push(id);
    const s = sub.session;
    last = await signed('invoice.paid', {
      id,
      object: 'invoice',
      billing_reason: reason,
      status: 'paid',
      amount_due: s.amount,
      amount_paid: s.amount,
      currency: s.currency,
      parent: {
        type: 'subscription_details',
        subscription_details: { subscription: sub.id, metadata: s.subscriptionMetadata },
      },
    });
    return deliver(last);
  };
  const metadataOf = (f: URLSearchParams, prefix: string) =>
    Object.fromEntries([...f].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length, -1), v]));

  const server = await serveLocal(
    async (req, body, res) => {
      const path = new URL(req.url ?? '/', standIn.url).pathname;
      if (path.startsWith('/v1/') && req.headers.authorization !== `Bearer ${o.secretKey}`) {
        return send(
          res,
          401,
          'application/json',
          JSON.stringify({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } }),
        );
      }
      const cancel = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
      if (req.method === 'DELETE' && cancel) {
        const id = decodeURIComponent(cancel[1]!);
        standIn.cancellations.push(id);
        const sub = standIn.subscriptions.find((x) => x.id === id);
        if (!sub)
          return send(
            res,
            404,
            'application/json',
            JSON.stringify({ error: { type: 'invalid_request_error', code: 'resource_missing' } }),
          );
        sub.cancelled = true;
        return send(res, 200, 'application/json', JSON.stringify({ id, object: 'subscription', status: 'canceled' }));
      }
      if (req.method === 'POST' && path === '/v1/checkout/sessions') {
        const key = String(req.headers['idempotency-key'] ?? '');
        let s = key ? byKey.get(key) : undefined;
        if (!s) {
          const f = new URLSearchParams(body);
          const id = `cs_test_${standIn.sessions.length + 1}`;
          s = {
            id,
            url: `${standIn.url}/c/pay/${id}`,
            donationId: f.get('client_reference_id') ?? '',
            amount: Number(f.get('line_items[0][price_data][unit_amount]')),
            currency: f.get('line_items[0][price_data][currency]') ?? '',
            successUrl: f.get('success_url') ?? '',
            cancelUrl: f.get('cancel_url') ?? '',
            paid: false,
            mode: f.get('mode') === 'subscription' ? 'subscription' : 'payment',
            interval: f.get('line_items[0][price_data][recurring][interval]'),
            metadata: metadataOf(f, 'metadata['),
            subscriptionMetadata: metadataOf(f, 'subscription_data[metadata]['),
            subscriptionId: null,
          };
          standIn.sessions.push(s);
          if (key) byKey.set(key, s);
        }
        return send(
          res,
          200,
          'application/json',
          JSON.stringify({ id: s.id, object: 'checkout.session', url: s.url, status: 'open' }),
        );
      }
      const m = /^\/c\/pay\/(cs_test_\d+)(\/pay)?$/.exec(path);
      const s = m && standIn.sessions.find((x) => x.id === m[1]);
      if (!s) return send(res, 404, 'text/plain', 'No such checkout session');
      if (req.method === 'GET' && !m[2]) {
        const amount = `${s.currency.toUpperCase()} ${(s.amount / 100).toFixed(2)}`;
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          `<!doctype html><html lang="en"><title>Checkout (stand-in)</title><link rel="icon" href="data:,"><main><h1>Pay ${escape(amount)}</h1>
          <form method="post" action="/c/pay/${s.id}/pay"><button type="submit">Pay</button></form>
          <a href="${escape(s.cancelUrl)}">Cancel</a></main></html>`,
        );
      }
      if (req.method === 'POST' && m[2] && s.mode === 'subscription') {
        if (s.paid) return send(res, 303, 'text/plain', 'See Other', { Location: s.successUrl });
        // A subscription starts: the session completes naming it, and its first invoice is paid.
        s.paid = true;
        const sub: Subscription = {
          id: `sub_test_${standIn.subscriptions.length + 1}`,
          session: s,
          invoices: [],
          cancelled: false,
        };
        standIn.subscriptions.push(sub);
        s.subscriptionId = sub.id;
        await deliver(
          await signed('checkout.session.completed', {
            id: s.id,
            object: 'checkout.session',
            mode: 'subscription',
            subscription: sub.id,
            client_reference_id: s.donationId,
            metadata: s.metadata,
            amount_total: s.amount,
            currency: s.currency,
            payment_status: 'paid',
            status: 'complete',
          }),
        );
        await paidInvoice(sub, 'subscription_create');
        return send(res, 303, 'text/plain', 'See Other', { Location: s.successUrl });
      }
      if (req.method === 'POST' && m[2]) {
        s.paid = true;
        last = await o.completedEvent(s);
        await deliver(last);
        return send(res, 303, 'text/plain', 'See Other', { Location: s.successUrl });
      }
      send(res, 405, 'text/plain', 'Method Not Allowed');
    },
    (res, e) => send(res, 500, 'text/plain', String(e)),
  );
  return Object.assign(standIn, {
    url: server.url,
    redeliver: () => (last ? deliver(last) : Promise.reject(new Error('nothing delivered yet'))),
    renew: (id: string, r: { chargedBeforeCancel?: boolean } = {}) => {
      const sub = standIn.subscriptions.find((x) => x.id === id);
      if (!sub || (sub.cancelled && !r.chargedBeforeCancel))
        return Promise.reject(new Error(`no running subscription ${id}`));
      return paidInvoice(sub, 'subscription_cycle');
    },
    close: server.close,
  });
}
