// The e2e tests' calls to the service's API (/api/v1) from Node: staff calls with a bearer token,
// public reads past any cache, and public writes as a page on a given origin would send them.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { LocalServer } from '../../scripts/local-server.mjs';

/** Where the service runs; `adminToken` is the default token of the staff calls. */
export type Server = Pick<LocalServer, 'url' | 'adminToken'>;

/**
 * A staff call: `Authorization: Bearer <token>` (the server's admin token unless another is given),
 * the body as JSON. The raw response, for tests that assert its status.
 */
export function adminCall(
  server: Server,
  method: string,
  path: string,
  body?: unknown,
  token = server.adminToken,
): Promise<Response> {
  return fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A staff call's JSON answer; a non-2xx throws with the method, path, status and body text. */
export async function adminJson<T = any>(
  server: Server,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const res = await adminCall(server, method, path, body, token);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A public read (`Cache-Control: no-cache`), whatever its status: the status, the parsed body and its text. */
export async function publicJson<T = any>(
  server: Pick<Server, 'url'>,
  path: string,
): Promise<{ status: number; body: T; text: string }> {
  const res = await fetch(`${server.url}/api/v1${path}`, { headers: { 'Cache-Control': 'no-cache' } });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as T, text };
}

/** A public read that must answer 200 (asserted, with the body text in the message); its parsed body. */
export async function publicRead<T = any>(server: Pick<Server, 'url'>, path: string): Promise<T> {
  const { status, body, text } = await publicJson<T>(server, path);
  expect(status, `GET ${path}: ${text}`).toBe(200);
  return body;
}

/**
 * A public write as a page sends it: `Origin` (default: the service's own, as on its demo pages;
 * another to play a foreign site), a fresh `Idempotency-Key`, and `CF-Connecting-IP` when `ip` is
 * given (another client address). The raw response.
 */
export function publicPost(
  server: Pick<Server, 'url'>,
  path: string,
  body: unknown,
  o: { origin?: string; ip?: string } = {},
): Promise<Response> {
  return fetch(`${server.url}/api/v1${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: o.origin ?? server.url,
      'Idempotency-Key': randomUUID(),
      ...(o.ip ? { 'CF-Connecting-IP': o.ip } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** The JSON body of a response with `status` (default: any 2xx); anything else throws with its URL, status and body text. */
export async function okJson<T = any>(res: Response | Promise<Response>, status?: number): Promise<T> {
  const r = await res;
  if (status === undefined ? !r.ok : r.status !== status) throw new Error(`${r.url}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}
