// A local stand-in for Stripe Checkout, started by the e2e test on 127.0.0.1 (the worker reaches
// it through STRIPE_API_BASE). At its HTTP boundary it behaves like Stripe:
//   - POST /v1/checkout/sessions (form-encoded, Bearer secret key, Idempotency-Key): a session
//     whose `url` is a checkout page on this stand-in;
//   - GET that page: the amount, a "Pay" button and a "Cancel" link (to cancel_url);
//   - "Pay": POSTs a signed checkout.session.completed event to the worker's webhook, then
//     redirects the browser to success_url (as Stripe does, the webhook is not tied to the redirect).
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
}

export interface StripeStandInOptions {
  secretKey: string;
  /** checkout.session.completed for a paid session, signed like Stripe (Stripe-Signature header). */
  completedEvent(session: CheckoutSession): Promise<{ headers: Record<string, string>; body: string }>;
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
  close(): Promise<void>;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(body);
}

export async function startStripeStandIn(o: StripeStandInOptions): Promise<StripeStandIn> {
  const byKey = new Map<string, CheckoutSession>();
  let last: { headers: Record<string, string>; body: string } | undefined;
  const deliver = async (event: { headers: Record<string, string>; body: string }) => {
    const res = await fetch(standIn.webhookUrl, { method: 'POST', headers: event.headers, body: event.body });
    const answer = { status: res.status, body: await res.text() };
    standIn.deliveries.push(answer);
    return answer;
  };
  const standIn = { sessions: [] as CheckoutSession[], webhookUrl: '', deliveries: [] as { status: number; body: string }[] } as StripeStandIn;

  const server = await serveLocal(
    async (req, body, res) => {
      const path = new URL(req.url ?? '/', standIn.url).pathname;
      if (req.method === 'POST' && path === '/v1/checkout/sessions') {
        if (req.headers.authorization !== `Bearer ${o.secretKey}`) {
          return send(res, 401, 'application/json', JSON.stringify({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } }));
        }
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
          };
          standIn.sessions.push(s);
          if (key) byKey.set(key, s);
        }
        return send(res, 200, 'application/json', JSON.stringify({ id: s.id, object: 'checkout.session', url: s.url, status: 'open' }));
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
    close: server.close,
  });
}
