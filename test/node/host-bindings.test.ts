// The Node host's bindings behind the unchanged app: the read cache (same keys, headers and
// purge-on-write as on workerd, over a bounded in-process LRU), the CDN purge hook (signed,
// batched, retried, never holding up the write; a local receiver plays the CDN's relay), the
// write limiter's numbers, and the cron schedule with the scheduled handler on SQLite.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_POLICIES } from '../../worker/cache/policy';
import { WRITE_LIMIT, RATE_PERIOD_SECONDS } from '../../worker/middleware/rate-limit';
import { MemoryCache } from '../../node-host/cache-storage';
import { loadConfig } from '../../node-host/config';
import { FixedWindowLimiter } from '../../node-host/rate-limiter';
import { nextRun, parseCron, Scheduler } from '../../node-host/scheduler';
import { startNodeHost, type NodeHost } from '../../node-host/server';

const ROOT = process.cwd();
const SECRET = 'purge-secret-for-tests';

/** The CDN side: records every purge call; answers 500 to the first `failFirst` calls. */
type Call = { body: string; signature: string; at: number };
const calls: Call[] = [];
let failFirst = 0;
let receiver: Server;
let receiverUrl = '';

let host: NodeHost;
let dataDir: string;
beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      calls.push({ body, signature: String(req.headers['gongyi-signature'] ?? ''), at: Date.now() });
      if (failFirst > 0) {
        failFirst -= 1;
        res.writeHead(500).end('try again');
      } else res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/purge`;
  dataDir = mkdtempSync(join(tmpdir(), 'gongyi-bindings-'));
  host = await startNodeHost({
    root: ROOT,
    seed: true,
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEV_VARS_FILE: join(dataDir, 'none'),
      ADMIN_TOKEN: 'node-bindings-admin',
      CLIENT_IP_HEADER: 'CF-Connecting-IP',
      CDN_PURGE_URL: receiverUrl,
      CDN_PURGE_SECRET: SECRET,
      PAYMENT_EXPIRY_MINUTES: '30',
    },
  });
});
afterAll(async () => {
  await host?.close();
  await new Promise((r) => receiver?.close(r));
  rmSync(dataDir, { recursive: true, force: true });
});

const get = (path: string) => fetch(host.url + path);
const pledge = (ip = '198.51.100.7') =>
  fetch(`${host.url}/api/v1/campaigns/gaoping-lunch/donations`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: host.url,
      'Idempotency-Key': crypto.randomUUID(),
      'CF-Connecting-IP': ip,
    },
    body: JSON.stringify({ amount: 800 }),
  });

describe('read cache on Node', () => {
  it('answers with the same Cache-Control, Cache-Tag and ETag as on workerd, from memory the second time', async () => {
    const first = await get('/api/v1/campaigns/gaoping-lunch?utm_source=x');
    const second = await get('/api/v1/campaigns/gaoping-lunch');
    const p = READ_POLICIES.campaign;
    for (const res of [first, second]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe(`public, max-age=${p.fresh}, stale-while-revalidate=${p.stale}`);
      expect(res.headers.get('Cache-Tag')).toBe('campaign:gaoping-lunch');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
    expect(second.headers.get('Gongyi-Cache')).toBe('hit');
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
    const notModified = await fetch(host.url + '/api/v1/campaigns/gaoping-lunch', {
      headers: { 'If-None-Match': first.headers.get('ETag')! },
    });
    expect(notModified.status).toBe(304);
  });

  it('a pledge purges: the next read shows it at once', async () => {
    const before = (await (await get('/api/v1/campaigns/gaoping-lunch')).json()) as { pendingAmount: number };
    expect((await pledge()).status).toBe(201);
    const after = await get('/api/v1/campaigns/gaoping-lunch');
    expect(after.headers.get('Gongyi-Cache')).not.toBe('hit');
    expect(((await after.json()) as { pendingAmount: number }).pendingAmount).toBe(before.pendingAmount + 800);
  });

  it('the LRU keeps within its bytes, honours max-age and refuses no-store', async () => {
    const cache = new MemoryCache(64 * 1024);
    for (let i = 0; i < 100; i++) {
      await cache.put(
        `https://x/${i}`,
        new Response('x'.repeat(2000), { headers: { 'Cache-Control': 'public, max-age=60' } }),
      );
    }
    expect(cache.size.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(await cache.match('https://x/99')).toBeDefined();
    expect(await cache.match('https://x/0')).toBeUndefined(); // the least recently used went first
    await cache.put('https://x/nostore', new Response('a', { headers: { 'Cache-Control': 'no-store' } }));
    expect(await cache.match('https://x/nostore')).toBeUndefined();
    await cache.put('https://x/short', new Response('a', { headers: { 'Cache-Control': 'public, max-age=0' } }));
    expect(await cache.match('https://x/short')).toBeUndefined();
  });
});

describe('CDN purge hook', () => {
  const verify = (c: Call) => {
    const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(c.signature);
    expect(m, `signature header ${c.signature}`).not.toBeNull();
    expect(createHmac('sha256', SECRET).update(`${m![1]}.${c.body}`).digest('hex')).toBe(m![2]);
    return JSON.parse(c.body) as { tags: string[]; urls: string[]; purgeEverything: boolean };
  };

  it('POSTs the purged tags and the URLs served under them, signed, batched, after the write answered', async () => {
    await new Promise((r) => setTimeout(r, 1500)); // the earlier tests' purges have gone out
    calls.length = 0;
    await (await get('/api/v1/campaigns/gaoping-lunch?lang=en')).arrayBuffer();
    await (await get('/embed/progress/gaoping-lunch')).arrayBuffer();
    const started = Date.now();
    const answers = await Promise.all([pledge('198.51.100.8'), pledge('198.51.100.9'), pledge('198.51.100.10')]);
    const answeredIn = Date.now() - started;
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(calls, 'nothing is sent before the write answered').toHaveLength(0);
    const deadline = Date.now() + 5000;
    while (calls.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(calls).toHaveLength(1); // three pledges, one call
    const body = verify(calls[0]!);
    expect(body.tags).toEqual(expect.arrayContaining(['campaign:gaoping-lunch', 'project:gaoping-lunch']));
    expect(body.urls).toEqual(
      expect.arrayContaining([
        `${host.url}/api/v1/campaigns/gaoping-lunch?lang=en`,
        `${host.url}/embed/progress/gaoping-lunch`,
      ]),
    );
    expect(calls[0]!.at - started).toBeGreaterThan(answeredIn);
  });

  it('retries a purge the receiver refused, with the same body', async () => {
    calls.length = 0;
    failFirst = 1;
    expect((await pledge('198.51.100.11')).status).toBe(201);
    const deadline = Date.now() + 8000;
    while (calls.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(calls.length).toBe(2);
    expect(calls[1]!.body).toBe(calls[0]!.body);
    expect(verify(calls[1]!).tags).toContain('campaign:gaoping-lunch');
  });
});

describe('write limiter on Node', () => {
  it('keeps wrangler.toml’s numbers: 300 writes a minute per address, in fixed windows', async () => {
    const config = loadConfig(ROOT, { DEV_VARS_FILE: '/nonexistent' });
    expect(config.writeLimit).toEqual({ limit: WRITE_LIMIT, period: RATE_PERIOD_SECONDS });
    let now = 60_000 * 1000;
    const limiter = new FixedWindowLimiter(config.writeLimit.limit, config.writeLimit.period, () => now);
    const results = [];
    for (let i = 0; i < WRITE_LIMIT + 1; i++) results.push((await limiter.limit({ key: 'write:a' })).success);
    expect(results.filter(Boolean)).toHaveLength(WRITE_LIMIT);
    expect(results.at(-1)).toBe(false);
    expect((await limiter.limit({ key: 'write:b' })).success).toBe(true);
    now += 60_000;
    expect((await limiter.limit({ key: 'write:a' })).success).toBe(true);
  });

  it('the host answers 429 with Retry-After past the budget of one address', async () => {
    const ip = '203.0.113.201';
    const statuses = await Promise.all(Array.from({ length: WRITE_LIMIT + 5 }, () => pledge(ip).then((r) => r.status)));
    // A window boundary during the burst can let a few more through; never fewer than the limit.
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(WRITE_LIMIT);
    const refused = await pledge(ip);
    if (refused.status === 429) expect(refused.headers.get('Retry-After')).toBe(String(RATE_PERIOD_SECONDS));
    expect(statuses.includes(429) || refused.status === 429).toBe(true);
  });
});

describe('cron on Node', () => {
  it('runs wrangler.toml’s schedule: */5 fires at every fifth minute, UTC', () => {
    const config = loadConfig(ROOT, { DEV_VARS_FILE: '/nonexistent' });
    expect(config.crons).toEqual(['*/5 * * * *']);
    const next = nextRun(config.crons.map(parseCron), new Date('2026-11-22T08:03:20Z'));
    expect(next?.at.toISOString()).toBe('2026-11-22T08:05:00.000Z');
    expect(nextRun([parseCron('0 1 1 * *')], new Date('2026-11-22T08:03:20Z'))?.at.toISOString()).toBe(
      '2026-12-01T01:00:00.000Z',
    );
  });

  it('the scheduler calls the handler at each due minute, one run at a time, and stop() waits for a run', async () => {
    let now = Date.parse('2026-11-22T08:04:59.900Z');
    const runs: string[] = [];
    let release: () => void = () => {};
    const s = new Scheduler(
      ['*/5 * * * *'],
      async (cron, at) => {
        runs.push(`${cron}@${new Date(at).toISOString()}`);
        await new Promise<void>((r) => (release = r));
      },
      () => now,
    ).start();
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toEqual(['*/5 * * * *@2026-11-22T08:05:00.000Z']);
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    now += 10 * 60_000;
  });

  it('the scheduled handler expires an overdue online pledge in SQLite', async () => {
    const db = new Database(host.config.databaseFile);
    db.pragma('busy_timeout = 5000');
    const id = `dn_cron_${Date.now()}`;
    db.prepare(
      `INSERT INTO donations (id, campaign_id, amount, currency, reference, status, channel, provider, expires_at)
       VALUES (?, 'gaoping-lunch', 1500, 'CNY', ?, 'pending', 'online', 'stripe', '2000-01-01T00:00:00.000Z')`,
    ).run(id, `GY-${id}`);
    db.close();
    await host.runScheduled();
    const check = new Database(host.config.databaseFile, { readonly: true });
    const row = check.prepare('SELECT status, cancel_reason FROM donations WHERE id = ?').get(id);
    check.close();
    expect(row).toEqual({ status: 'cancelled', cancel_reason: 'expired' });
  });
});
