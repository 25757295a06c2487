// Start the whole service locally on a fresh database, on either runtime: one `wrangler dev`
// process (workerd + local D1, the default) or the Node host (node-host/: Node + SQLite), with
// the same migrations and demo data. Used by the e2e tests and the bench; `npm start` and
// `npm run start:node` use the same pieces with the project's default database.
//
//   import { startLocalServer } from './scripts/local-server.mjs';
//   const srv = await startLocalServer();                      // free port, fresh temp D1, random token
//   const node = await startLocalServer({ runtime: 'node' });  // the same on Node (or GONGYI_RUNTIME=node)
//   await fetch(srv.url + '/api/v1/campaigns/gaoping-lunch');
//   await srv.stop();
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, WRANGLER, freePort, randomToken, run, waitForHttp, wranglerEnv } from './lib.mjs';
import { NODE_SERVER, buildNodeHost } from './build-node.mjs';

/** The runtimes a local server can run on; GONGYI_RUNTIME picks the default. */
export const RUNTIMES = ['workerd', 'node'];
export const defaultRuntime = () => {
  const r = process.env.GONGYI_RUNTIME || 'workerd';
  if (!RUNTIMES.includes(r)) throw new Error(`GONGYI_RUNTIME must be one of ${RUNTIMES.join(', ')}, got ${r}`);
  return r;
};

export const DB_NAME = 'gongyi';
export const SEED_DIR = 'schema/seed';

/** The demo data files, in order (one per feature: 0001_foundation.sql, 0002_…). */
export const seedFiles = () =>
  readdirSync(join(ROOT, SEED_DIR))
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => `${SEED_DIR}/${f}`);

/**
 * Apply the D1 migrations and load the demo data into a local database.
 * `persistTo` undefined → wrangler's default (.wrangler/state), as `npm start` uses.
 */
export async function prepareDatabase({ persistTo, quiet = false } = {}) {
  // A fresh temp database is a copy of a prepared one: the same migrations and demo data give the
  // same files, and six wrangler runs (≈ 17 s) become one copy. Keyed by what goes into it.
  if (persistTo && process.env.GONGYI_D1_TEMPLATES !== '0') {
    const template = join(tmpdir(), `gongyi-d1-template-${databaseFingerprint()}`);
    if (!existsSync(template)) {
      const building = mkdtempSync(join(tmpdir(), 'gongyi-d1-building-'));
      await applyAll(building, quiet);
      try {
        renameSync(building, template);
      } catch {
        rmSync(building, { recursive: true, force: true }); // another process made it first
      }
    }
    cpSync(template, persistTo, { recursive: true });
    return;
  }
  await applyAll(persistTo, quiet);
}

/** What a prepared database depends on: every migration and seed file, and the wrangler version. */
function databaseFingerprint() {
  const h = createHash('sha256');
  for (const dir of ['schema/migrations', SEED_DIR]) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) h.update(f).update(readFileSync(join(ROOT, dir, f)));
  }
  h.update(readFileSync(join(ROOT, 'node_modules/wrangler/package.json')));
  return h.digest('hex').slice(0, 16);
}

async function applyAll(persistTo, quiet) {
  const persist = persistTo ? ['--persist-to', persistTo] : [];
  await run(WRANGLER, ['d1', 'migrations', 'apply', DB_NAME, '--local', ...persist], { quiet });
  for (const file of seedFiles()) {
    // Always captured: wrangler prints every statement's result as JSON; shown only on failure.
    await run(WRANGLER, ['d1', 'execute', DB_NAME, '--local', ...persist, '--file', file, '--yes'], { quiet: true });
    if (!quiet) console.log(`Loaded ${file} (idempotent: existing rows are kept as they are)`);
  }
}

/**
 * @param {object} [o]
 * @param {'workerd'|'node'} [o.runtime] default: GONGYI_RUNTIME, else workerd (wrangler dev)
 * @param {number} [o.port]        default: a free port
 * @param {string} [o.host]        address to listen on and to put in `url` (default 127.0.0.1)
 * @param {string} [o.persistTo]   D1 directory; default: a fresh temp dir, removed again by stop()
 * @param {string} [o.adminToken]  default: a random one (passed with --var, .dev.vars untouched)
 * @param {Record<string,string>} [o.vars] extra worker vars/secrets (e.g. a payment provider's stand-in URL);
 *                                 DONOR_LINK_SECRET is a random one unless given here
 * @param {boolean} [o.seed]       apply migrations + demo data first (default true)
 * @param {boolean} [o.verbose]    stream wrangler's output (default: keep it, show it on failure)
 * @param {number} [o.timeoutMs]   readiness deadline (default 90 s)
 */
export async function startLocalServer(o = {}) {
  if ((o.runtime ?? defaultRuntime()) === 'node') return startNodeServer(o);
  const host = o.host ?? '127.0.0.1';
  const port = o.port ?? (await freePort());
  const ownDir = !o.persistTo;
  const persistTo = o.persistTo ?? mkdtempSync(join(tmpdir(), 'gongyi-d1-'));
  const adminToken = o.adminToken ?? randomToken();
  const verbose = o.verbose ?? process.env.GONGYI_VERBOSE === '1';
  // A copy of dist/: wrangler dev reloads the worker when its assets change, and a reload answers
  // a POST in flight with 503 "Your worker restarted mid-request"; a build elsewhere (npm start,
  // npm run build) must not do that to a running bench or test.
  const dist = join(ROOT, 'dist');
  const assets = existsSync(dist) ? mkdtempSync(join(tmpdir(), 'gongyi-assets-')) : null;
  if (assets) cpSync(dist, assets, { recursive: true });
  const cleanup = () => {
    if (ownDir) rmSync(persistTo, { recursive: true, force: true });
    if (assets) rmSync(assets, { recursive: true, force: true });
  };

  try {
    if (o.seed !== false) await prepareDatabase({ persistTo, quiet: !verbose });
  } catch (e) {
    cleanup();
    throw e;
  }

  const args = [
    'dev',
    '--local',
    '--ip',
    host,
    '--port',
    String(port),
    '--inspector-port',
    String(await freePort()),
    '--persist-to',
    persistTo,
    ...(assets ? ['--assets', assets] : []),
    '--var',
    `ADMIN_TOKEN:${adminToken}`,
    '--var',
    `DONOR_LINK_SECRET:${randomToken()}`,
    ...Object.entries(o.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
    '--show-interactive-dev-session=false',
    '--log-level',
    verbose ? 'log' : 'warn',
  ];
  // Own process group, so stop() ends wrangler and the workerd it spawned, and nothing else.
  const child = spawn(WRANGLER, args, {
    cwd: ROOT,
    env: wranglerEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let exited = false;
  const keep = (d) => {
    log = (log + d).slice(-20_000);
    if (verbose) process.stderr.write(d);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // If this process ends without stop() (a crash, a test runner bailing out), take wrangler along.
  const killOnExit = () => {
    try {
      if (!exited) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', killOnExit);
  child.on('exit', () => {
    exited = true;
    process.off('exit', killOnExit);
  });

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  async function stop() {
    if (!exited) {
      const gone = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000);
      await gone;
      clearTimeout(t);
    }
    cleanup();
  }

  try {
    // /api/health is the trivial route; any answer below 500 means workerd is serving.
    await waitForHttp(url + '/api/health', { timeoutMs: o.timeoutMs ?? 90_000, isAlive: () => !exited });
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n--- wrangler output ---\n${log}`);
  }
  return {
    url,
    port,
    adminToken,
    persistTo,
    runtime: 'workerd',
    pid: child.pid,
    stop,
    logs: () => log,
    alive: () => !exited,
  };
}

/**
 * The Node host (node-host/dist/server.mjs, bundled first when missing) on a fresh SQLite file in
 * `persistTo` (DATA_DIR), seeded like wrangler's. As under wrangler dev, a client may name its
 * address with CF-Connecting-IP (tests play many clients); the repository's .dev.vars is not read.
 */
async function startNodeServer(o) {
  const host = o.host ?? '127.0.0.1';
  const port = o.port ?? (await freePort());
  const ownDir = !o.persistTo;
  const persistTo = o.persistTo ?? mkdtempSync(join(tmpdir(), 'gongyi-sqlite-'));
  const adminToken = o.adminToken ?? randomToken();
  const verbose = o.verbose ?? process.env.GONGYI_VERBOSE === '1';
  if (!existsSync(NODE_SERVER) || process.env.GONGYI_SKIP_BUILD !== '1') await buildNodeHost();
  const env = {
    ...process.env,
    GONGYI_ROOT: ROOT,
    PORT: String(port),
    HOST: host,
    DATA_DIR: persistTo,
    DEV_VARS_FILE: join(persistTo, 'no.dev.vars'),
    CLIENT_IP_HEADER: 'CF-Connecting-IP',
    ADMIN_TOKEN: adminToken,
    DONOR_LINK_SECRET: randomToken(), // as under wrangler dev: pledges carry a donor link
    ...(o.vars ?? {}),
  };
  const child = spawn(process.execPath, [NODE_SERVER, ...(o.seed === false ? [] : ['--seed'])], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let exited = false;
  const keep = (d) => {
    log = (log + d).slice(-20_000);
    if (verbose) process.stderr.write(d);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const killOnExit = () => {
    try {
      if (!exited) process.kill(child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', killOnExit);
  const gone = new Promise((r) =>
    child.on('exit', (code, signal) => {
      exited = true;
      process.off('exit', killOnExit);
      r({ code, signal });
    }),
  );
  const cleanup = () => {
    if (ownDir) rmSync(persistTo, { recursive: true, force: true });
  };
  async function stop() {
    if (!exited) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await gone;
      clearTimeout(t);
    }
    cleanup();
  }
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    await waitForHttp(url + '/api/health', { timeoutMs: o.timeoutMs ?? 90_000, isAlive: () => !exited });
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n--- node host output ---\n${log}`);
  }
  return {
    url,
    port,
    adminToken,
    persistTo,
    runtime: 'node',
    pid: child.pid,
    stop,
    exited: () => gone,
    logs: () => log,
    alive: () => !exited,
  };
}
