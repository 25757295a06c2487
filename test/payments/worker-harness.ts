// Worker-test harness for payments: the real worker entry and the real D1, with provider secrets
// generated in the test added to the bindings, and the providers' HTTP APIs answered at the fetch
// boundary (the worker's outbound `fetch` is the one global the tests replace).
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { expect, vi } from 'vitest';
import worker from '../../worker/index';
import { adminOk, BASE, freshIp, SITE } from '../worker/helpers';

export type Bindings = Cloudflare.Env & Record<string, unknown>;

/** The test bindings plus extra vars/secrets (e.g. a fixture's WECHATPAY_* keys). */
export const bindingsWith = (extra: Record<string, string>): Bindings => ({ ...env, ...extra });

export async function send(bindings: Bindings, path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(BASE + path, init) as Request<unknown, IncomingRequestCfProperties>,
    bindings,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

/** Runs the cron handler once, as the [triggers] schedule would. */
export async function runCron(bindings: Bindings) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: new Date(), cron: '*/5 * * * *' }), bindings, ctx);
  await waitOnExecutionContext(ctx);
}

export function postPledge(bindings: Bindings, path: string, body: unknown, o: { key?: string; origin?: string } = {}) {
  return send(bindings, path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'CF-Connecting-IP': freshIp(),
      Origin: o.origin ?? SITE,
      'Idempotency-Key': o.key ?? crypto.randomUUID(),
    },
    body: JSON.stringify(body),
  });
}

export type ProviderCall = { url: URL; method: string; headers: Headers; body: string };

/**
 * Replaces the outbound fetch for the provider host(s): `answer` plays the provider; every call is
 * recorded. Any other outbound request fails the test (nothing may leave the machine).
 */
export function standIn(hosts: string | string[], answer: (call: ProviderCall) => Response | Promise<Response>) {
  const calls: ProviderCall[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    const call = {
      url: new URL(req.url),
      method: req.method,
      headers: req.headers,
      body: new TextDecoder().decode(await req.arrayBuffer()),
    };
    expect([hosts].flat(), `unexpected outbound request to ${req.url}`).toContain(call.url.host);
    calls.push(call);
    return answer(call);
  });
  return { calls, restore: () => spy.mockRestore() };
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const setProvider = (orgId: string, paymentProvider: string) =>
  adminOk('PATCH', `/admin/orgs/${orgId}`, { paymentProvider });

export const ledger = (donationId: string) =>
  env.DB.prepare(
    'SELECT outcome, event_type, amount, currency FROM payment_events WHERE donation_id = ? ORDER BY rowid',
  )
    .bind(donationId)
    .all<{ outcome: string; event_type: string; amount: number | null; currency: string | null }>()
    .then((r) => r.results.map((e) => e.outcome));

/** The newest ledger rows of a provider (for deliveries matching no donation). */
export const latestEvents = (provider: string, n = 1) =>
  env.DB.prepare('SELECT * FROM payment_events WHERE provider = ? ORDER BY rowid DESC LIMIT ?')
    .bind(provider, n)
    .all<{
      outcome: string;
      event_id: string | null;
      donation_id: string | null;
      order_ref: string | null;
      detail: string | null;
    }>()
    .then((r) => r.results);
