// One client's stray request never changes the answer to another's. One socket (an http.Agent
// with maxSockets 1) carries a request whose body the service did not want (a refused write, or
// 2 MB sent to any path, routed or not), then plain requests: they must answer on that same
// connection and on a new one, never hang or fail, and the server must still be up. A fuzz of
// malformed and oversized requests over a few keep-alive sockets ends with no 5xx. Against the
// real worker in wrangler dev, as `npm start` runs it.
import http from 'node:http';
import fc from 'fast-check';
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
function request(
  method: string,
  path: string,
  headers: Record<string, string>,
  chunks: Buffer[] = [],
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(server.url + path, { method, headers, agent, timeout: 8000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () =>
        resolve({ status: res.statusCode!, body, reusedSocket: req.reusedSocket, connection: res.headers.connection }),
      );
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
    await refusedThenRead(
      () => request('POST', DONATIONS, { ...origin(), 'Idempotency-Key': crypto.randomUUID() }, bigBody()),
      413,
    );
  });

  it('413 for a 20 KiB body with Content-Length, then a read', async () => {
    const body = Buffer.concat(bigBody());
    await refusedThenRead(
      () =>
        request(
          'POST',
          DONATIONS,
          { ...origin(), 'Idempotency-Key': crypto.randomUUID(), 'Content-Length': String(body.length) },
          [body],
        ),
      413,
    );
  });

  it('403 for an unregistered origin (body unread), then a read', async () => {
    await refusedThenRead(
      () =>
        request(
          'POST',
          DONATIONS,
          {
            Origin: 'https://evil.example',
            'Content-Type': 'application/json',
            'Idempotency-Key': crypto.randomUUID(),
          },
          smallBody(),
        ),
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
          const res = await fetch(server.url + DONATIONS, {
            method: 'POST',
            headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() },
            body: JSON.stringify({ amount: 100 }),
          });
          await res.arrayBuffer();
          return res.status;
        }),
      );
      refusedOnce = statuses.includes(429);
    }
    expect(refusedOnce).toBe(true);
    await refusedThenRead(
      () => request('POST', DONATIONS, { ...headers, 'Idempotency-Key': crypto.randomUUID() }, bigBody().slice(0, 3)),
      429,
    );
  });

  it('401 for an admin write without a token (chunked body unread), then a read', async () => {
    await refusedThenRead(
      () => request('POST', '/api/v1/admin/projects', { 'Content-Type': 'application/json' }, bigBody().slice(0, 2)),
      401,
    );
  });
});

/** One request on `via`; `body` is sent with a Content-Length, or chunked in 64 KiB pieces. */
function send(
  via: http.Agent,
  method: string,
  path: string,
  o: { headers?: Record<string, string>; body?: Buffer; chunked?: boolean } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...o.headers };
    // Said outright: Node frames a DELETE's body only when told to.
    if (o.body)
      Object.assign(
        headers,
        o.chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(o.body.length) },
      );
    const req = http.request(server.url + path, { method, headers, agent: via, timeout: 8000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () =>
        resolve({ status: res.statusCode!, body, reusedSocket: req.reusedSocket, connection: res.headers.connection }),
      );
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 8 s`)));
    req.on('error', reject);
    const body = o.body;
    if (body && o.chunked) for (let at = 0; at < body.length; at += 65536) req.write(body.subarray(at, at + 65536));
    else if (body) req.write(body);
    req.end();
  });
}

const TWO_MB = Buffer.alloc(2 * 1024 * 1024, 'x');
const CAMPAIGN = '/api/v1/campaigns/gaoping-lunch';

/** Paths the API routes, paths it does not, pages, static files: each gets a body it does not want. */
const STRAY: [method: string, path: string][] = [
  ['POST', '/nothing-here'],
  ['POST', '/'],
  ['POST', '/p/x'],
  ['POST', '/embed/progress/x'],
  ['POST', '/oembed'],
  ['POST', '/admin/projects'],
  ['POST', '/api/v1/admin/projects'],
  ['POST', DONATIONS],
  ['POST', '/api/v1/nothing-here'],
  ['PUT', '/embed.js'],
  ['DELETE', CAMPAIGN],
  ['GET', '/nothing-here'],
  ['GET', CAMPAIGN],
];

describe('after 2 MB sent to any path, the same connection and a new one answer normally', () => {
  const pledgeHeaders = () => ({
    Origin: server.url,
    'Content-Type': 'application/json',
    'Idempotency-Key': crypto.randomUUID(),
  });
  const pledgeBody = Buffer.from(JSON.stringify({ amount: 100 }));

  /** A read and a write (a pledge) on `via`; both must answer as they would on a clean connection. */
  async function readAndWrite(via: http.Agent) {
    const read = await send(via, 'GET', CAMPAIGN, { headers: { Accept: 'application/json' } });
    expect(read.status, read.body).toBe(200);
    expect(JSON.parse(read.body).id).toBe('gaoping-lunch');
    const write = await send(via, 'POST', DONATIONS, { headers: pledgeHeaders(), body: pledgeBody });
    expect(write.status, write.body).toBe(201);
    return [read, write];
  }

  for (const [method, path] of STRAY) {
    for (const chunked of [false, true]) {
      it(`${method} ${path}, 2 MB ${chunked ? 'chunked' : 'with Content-Length'}`, async () => {
        const same = new http.Agent({ keepAlive: true, maxSockets: 1 });
        const fresh = new http.Agent({ keepAlive: true, maxSockets: 1 });
        try {
          const stray = await send(same, method, path, { headers: pledgeHeaders(), body: TWO_MB, chunked });
          expect(stray.status, stray.body).toBeLessThan(500);
          // The same connection carries the next requests: the stray body was read to its end.
          for (const next of await readAndWrite(same)) expect(next.reusedSocket).toBe(true);
          await readAndWrite(fresh);
          expect(server.alive()).toBe(true);
        } finally {
          same.destroy();
          fresh.destroy();
        }
      });
    }
  }
});

describe('a fuzz of malformed and oversized requests over shared keep-alive connections', () => {
  it('ends with 0 × 5xx and every request answered; the server is still up', async () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 8 }).map(encodeURIComponent),
      fc.constantFrom('%', '%E0%A4%A', '%C0%AF', '%FF', '..', '%2F', '%00', 'x'),
    );
    const path = fc.oneof(
      fc.constantFrom('/', '/nothing-here', '/oembed', '/admin/projects', '/embed.js', DONATIONS, CAMPAIGN),
      piece.map((x) => `/${x}`),
      piece.map((x) => `/p/${x}`),
      piece.map((x) => `/embed/progress/${x}`),
      piece.map((x) => `/oembed?url=${x}`),
      piece.map((x) => `/api/v1/${x}`),
      piece.map((x) => `/api/v1/campaigns/${x}/donations`),
    );
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'),
      path,
      size: fc.constantFrom(0, 100, 20_000, 100_000, 2 * 1024 * 1024),
      chunked: fc.boolean(),
    });
    // Large bodies to unrouted paths and to `/` always, then random ones.
    const requests = [
      { method: 'POST', path: '/nothing-here', size: 100_000, chunked: false },
      { method: 'POST', path: '/', size: 2 * 1024 * 1024, chunked: true },
      { method: 'POST', path: '/api/v1/nothing-here', size: 2 * 1024 * 1024, chunked: false },
      ...fc.sample(request, { numRuns: 120, seed: 24 }),
    ];

    const pool = new http.Agent({ keepAlive: true, maxSockets: 3 });
    const answered: { what: string; status: number | string }[] = [];
    try {
      // Three lanes share three sockets; a GET follows each request, as an innocent neighbour would.
      const lanes = [0, 1, 2].map(async (lane) => {
        for (let i = lane; i < requests.length; i += 3) {
          const r = requests[i]!;
          const what = `${r.method} ${r.path} (${r.size} B${r.chunked ? ', chunked' : ''})`;
          const body = r.size ? TWO_MB.subarray(0, r.size) : undefined;
          for (const [label, go] of [
            [
              what,
              () =>
                send(pool, r.method, r.path, {
                  headers: { 'Content-Type': 'application/json' },
                  body,
                  chunked: r.chunked,
                }),
            ],
            [`GET ${CAMPAIGN} after ${what}`, () => send(pool, 'GET', CAMPAIGN)],
          ] as const) {
            const status = await go().then(
              (a) => a.status,
              (e: Error) => e.message,
            );
            answered.push({ what: label, status });
          }
        }
      });
      await Promise.all(lanes);
    } finally {
      pool.destroy();
    }
    const failed = answered.filter((a) => typeof a.status !== 'number' || a.status >= 500);
    expect(failed).toEqual([]);
    expect(answered).toHaveLength(2 * requests.length);
    expect(server.alive()).toBe(true);
  });
});
