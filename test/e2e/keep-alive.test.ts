// An early refusal must not poison the client's keep-alive connection. One socket (an http.Agent
// with maxSockets 1) carries a refused write whose body the service did not want, then a plain
// read: the read must answer on that same connection (or the refusal must have closed it), never
// hang. Against the real worker in wrangler dev, as `npm start` runs it.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../scripts/local-server.mjs';
import { liveServer } from './shared-server.js';

/** WRITE_LIMIT of worker/middleware/rate-limit.ts (writes per address and minute). */
const WRITE_LIMIT = 300;

let server: LocalServer;
let agent: http.Agent;
beforeAll(async () => {
  server = await liveServer();
});
afterAll(async () => {
  agent?.destroy();
  await server?.stop();
});

type Answer = { status: number; body: string; reusedSocket: boolean; connection: string | undefined };

/** One request on the shared agent; `chunks` are written one by one (chunked unless a length is set). */
function request(method: string, path: string, headers: Record<string, string>, chunks: Buffer[] = []): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(server.url + path, { method, headers, agent, timeout: 8000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, reusedSocket: req.reusedSocket, connection: res.headers.connection }));
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 8 s`)));
    req.on('error', reject);
    (async () => {
      for (const [i, c] of chunks.entries()) {
        // Separate chunks on the wire; the last one ends the request at once: Node's client reuses
        // a socket only if its request had ended when the answer arrived (a fast server answers
        // a refusal within the pause).
        if (i > 0) await new Promise((r) => setTimeout(r, 2));
        req.write(c);
      }
      req.end();
    })();
  });
}

const DONATIONS = '/api/v1/campaigns/gaoping-lunch/donations';
const bigBody = () => {
  const json = Buffer.from(JSON.stringify({ amount: 100, message: 'x'.repeat(20 * 1024) }));
  return Array.from({ length: Math.ceil(json.length / 4096) }, (_, i) => json.subarray(i * 4096, (i + 1) * 4096));
};
const smallBody = () => [Buffer.from(JSON.stringify({ amount: 100 }))];

/** The refusal, then a read on the same agent: both answer, the read with 200. */
async function refusedThenRead(refusal: () => Promise<Answer>, status: number) {
  agent?.destroy();
  agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const refused = await refusal();
  expect(refused.status, refused.body).toBe(status);
  const read = await request('GET', '/api/v1/campaigns/gaoping-lunch', { Accept: 'application/json' });
  expect(read.status).toBe(200);
  expect(JSON.parse(read.body).id).toBe('gaoping-lunch');
  // Either the connection was kept and works, or the refusal said it would close it.
  expect(read.reusedSocket || refused.connection === 'close').toBe(true);
}

describe('keep-alive connections after an early refusal', () => {
  const origin = () => ({ Origin: server.url, 'Content-Type': 'application/json' });

  it('413 for a 20 KiB chunked body, then a read on the same connection', async () => {
    await refusedThenRead(() => request('POST', DONATIONS, { ...origin(), 'Idempotency-Key': crypto.randomUUID() }, bigBody()), 413);
  });

  it('413 for a 20 KiB body with Content-Length, then a read', async () => {
    const body = Buffer.concat(bigBody());
    await refusedThenRead(
      () => request('POST', DONATIONS, { ...origin(), 'Idempotency-Key': crypto.randomUUID(), 'Content-Length': String(body.length) }, [body]),
      413,
    );
  });

  it('403 for an unregistered origin (body unread), then a read', async () => {
    await refusedThenRead(
      () => request('POST', DONATIONS, { Origin: 'https://evil.example', 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, smallBody()),
      403,
    );
  });

  it('400 without an Idempotency-Key, then a read', async () => {
    await refusedThenRead(() => request('POST', DONATIONS, origin(), smallBody()), 400);
  });

  it('429 once the address used its write budget (body unread), then a read', async () => {
    const ip = '203.0.113.77';
    const headers = { ...origin(), 'CF-Connecting-IP': ip };
    // Use the budget up until the limiter refuses (up to twice the limit: a run that crosses the
    // limiter's minute starts a fresh window half-way).
    let refusedOnce = false;
    for (let i = 0; i < 2 * WRITE_LIMIT + 25 && !refusedOnce; i += 25) {
      const statuses = await Promise.all(
        Array.from({ length: 25 }, async () => {
          const res = await fetch(server.url + DONATIONS, { method: 'POST', headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ amount: 100 }) });
          await res.arrayBuffer();
          return res.status;
        }),
      );
      refusedOnce = statuses.includes(429);
    }
    expect(refusedOnce).toBe(true);
    await refusedThenRead(() => request('POST', DONATIONS, { ...headers, 'Idempotency-Key': crypto.randomUUID() }, bigBody().slice(0, 3)), 429);
  });

  it('401 for an admin write without a token (chunked body unread), then a read', async () => {
    await refusedThenRead(() => request('POST', '/api/v1/admin/projects', { 'Content-Type': 'application/json' }, bigBody().slice(0, 2)), 401);
  });
});
