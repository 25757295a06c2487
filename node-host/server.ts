// The Node host: the same worker app (worker/index.ts: fetch and scheduled) served by
// @hono/node-server, with Node implementations behind the bindings the app already uses:
//   DB             → SQLite through better-sqlite3 (sqlite-d1.ts; database.ts opens and migrates it)
//   caches.default → an in-process LRU (cache-storage.ts)
//   WRITE_LIMITER  → fixed windows in memory, wrangler.toml's numbers (rate-limiter.ts)
//   ASSETS         → dist/ with _headers, routed by run_worker_first (assets.ts)
//   crypto.subtle  → digests and HMACs in-thread, as workerd computes them (web-crypto.ts)
//   ctx.waitUntil  → tracked, awaited at shutdown (background.ts)
//   ctx.cache      → the CDN purge hook when CDN_PURGE_URL is set (cdn-purge.ts)
//   scheduled      → wrangler.toml's crons in-process (scheduler.ts)
//   vars, secrets  → wrangler.toml [vars], .dev.vars, the environment (config.ts)
// The app has no idea which runtime it is on.
import type { webcrypto } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import worker from '../worker/index';
import type { Bindings } from '../worker/env';
import { AssetsFetcher, workerFirstMatcher } from './assets';
import { Background, executionContext } from './background';
import { MemoryCacheStorage } from './cache-storage';
import { CdnPurgeHook } from './cdn-purge';
import { setClientAddress } from './client-address';
import { loadConfig, type HostConfig } from './config';
import { applyMigrations, loadSeed, openDatabase } from './database';
import { FixedWindowLimiter } from './rate-limiter';
import { withDrainingBody } from './request-body';
import { Scheduler } from './scheduler';
import { d1Binding } from './sqlite-d1';
import { inThreadSubtle } from './web-crypto';

export type NodeHostOptions = {
  root: string;
  env?: NodeJS.ProcessEnv;
  /** Load the demo data (npm run start:node, tests); a production start only migrates. */
  seed?: boolean;
};

export type NodeHost = {
  url: string;
  config: HostConfig;
  server: Server;
  /** Stop accepting, finish in-flight requests and background work, close the database. */
  close(): Promise<void>;
  /** Runs the scheduled handler now, as a cron tick would (and waits for its work). */
  runScheduled(cron?: string, at?: number): Promise<void>;
};

/** How long shutdown lets in-flight requests finish before it cuts the connections. */
const DRAIN_MS = 10_000;

/**
 * The app asks to close a connection whose body it stopped reading (beyond 1 MiB). On Node the
 * host manages connections: closing a socket with unread bytes in it makes the kernel send a
 * reset, which can destroy the answer before the client reads it. Instead @hono/node-server reads
 * and drops the rest after the answer (up to 64 MiB or 500 ms, then it closes), so the answer
 * always arrives and the client's next request on the connection is served.
 */
function keepConnection(res: Response): Response {
  const out = new Response(res.body, res);
  out.headers.delete('Connection');
  return out;
}

/** A body nobody read (a static file's 405, say) is dropped as it arrives, never left in the way. */
function dropUnread(req: Request, res: Response): Response {
  if (req.body && !req.bodyUsed) void req.body.cancel().catch(() => {});
  return res;
}

export async function startNodeHost(o: NodeHostOptions): Promise<NodeHost> {
  const config = loadConfig(o.root, o.env);
  const sqlite = openDatabase(config.databaseFile);
  applyMigrations(sqlite, config.migrationsDir);
  if (o.seed) loadSeed(sqlite, config.seedDir);
  const db = d1Binding(sqlite);

  (globalThis as { caches?: unknown }).caches = new MemoryCacheStorage(config.cacheMaxBytes);
  inThreadSubtle((globalThis as unknown as { crypto: typeof webcrypto }).crypto.subtle);
  const background = new Background();
  const purgeHook = config.cdnPurgeUrl
    ? new CdnPurgeHook({ url: config.cdnPurgeUrl, secret: config.cdnPurgeSecret, background })
    : undefined;
  if (purgeHook && !config.cdnPurgeSecret)
    console.warn('CDN_PURGE_URL is set without CDN_PURGE_SECRET: purge calls go out unsigned');
  const assets = new AssetsFetcher(config.assetsDir);
  const env = {
    ...config.vars,
    DB: db,
    ASSETS: assets,
    WRITE_LIMITER: new FixedWindowLimiter(config.writeLimit.limit, config.writeLimit.period),
  } as Bindings;

  async function runScheduled(cron = config.crons[0] ?? '* * * * *', at = Date.now()) {
    const own = new Background();
    await worker.scheduled(
      { cron, scheduledTime: at, noRetry() {} } as ScheduledController,
      env,
      executionContext(own, purgeHook),
    );
    await own.settle();
  }
  const scheduler = new Scheduler(config.crons, runScheduled).start();

  const workerFirst = workerFirstMatcher(config.runWorkerFirst);
  const publicUrl = (url: URL) =>
    config.vars.PUBLIC_ORIGIN ? config.vars.PUBLIC_ORIGIN.replace(/\/+$/, '') + url.pathname + url.search : url.href;

  const listener = getRequestListener(async (incomingReq, bindings) => {
    const req = withDrainingBody(incomingReq, bindings.incoming as IncomingMessage);
    const url = new URL(req.url);
    // As on Cloudflare: a file is served without the worker unless run_worker_first claims the path.
    if (!workerFirst(url.pathname) && assets.canServe(url)) return dropUnread(req, await assets.fetch(req));
    let res = await worker.fetch(
      req as Request<unknown, IncomingRequestCfProperties>,
      env,
      executionContext(background, purgeHook),
    );
    if (res.headers.get('Connection')?.toLowerCase() === 'close') res = keepConnection(res);
    const tag = res.status === 200 && req.method === 'GET' ? res.headers.get('Cache-Tag') : null;
    if (purgeHook && tag) purgeHook.served(publicUrl(url), tag);
    return dropUnread(req, res);
  });
  const server = createServer((incoming, outgoing) => {
    setClientAddress(incoming, config.clientIpHeader);
    void listener(incoming, outgoing);
  });
  // Longer than the idle timeout of what sits in front (a CDN's origin pool, nginx, a client's
  // pool): the server must not close an idle connection just as the other side reuses it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost =
    config.host === '0.0.0.0' || config.host === '::'
      ? 'localhost'
      : config.host.includes(':')
        ? `[${config.host}]`
        : config.host;

  let closing: Promise<void> | null = null;
  async function close() {
    closing ??= (async () => {
      const stopped = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      // Keep-alive connections end as their in-flight request finishes; cut what is left at the deadline.
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      await stopped;
      clearInterval(idle);
      clearTimeout(cut);
      await scheduler.stop();
      await background.settle();
      await purgeHook?.flush();
      db.adapter.group.commit();
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    })();
    return closing;
  }

  return { url: `http://${shownHost}:${port}`, config, server, close, runScheduled };
}
