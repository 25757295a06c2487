// Small helpers shared by scripts/start.mjs, scripts/local-server.mjs, the e2e tests and the bench.
// Plain Node ESM, no dependencies.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in <root>/scripts). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const bin = (name) => join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? name + '.cmd' : name);

/** Wrangler from node_modules (never a global one, never a download through npx). */
export const WRANGLER = bin('wrangler');
export const VITE = bin('vite');
export const TSC = bin('tsc');

/** Environment for every wrangler call: no telemetry, no Cloudflare network look-ups. */
export function wranglerEnv(extra = {}) {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    ...extra,
  };
}

/**
 * Run a command to completion. Output is streamed (inherit) or captured (quiet) and then only
 * shown when the command fails. Rejects with the captured output on a non-zero exit.
 */
export function run(cmd, args, { quiet = false, env = wranglerEnv({ CI: 'true' }), cwd = ROOT } = {}) {
  // CI=true: wrangler never prompts (migrations apply, d1 execute); stdin is closed anyway.
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${[cmd, ...args].join(' ')} failed (${signal ?? 'exit ' + code})\n${out.slice(-4000)}`));
    });
  });
}

/** A TCP port nobody listens on right now (loopback). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A random admin token in the same shape the worker hands out ("gy_…", 32 random bytes). */
export function randomToken() {
  return 'gy_' + randomBytes(32).toString('base64url');
}

/** The value of KEY in a dotenv-style file, or undefined. */
export function readVar(file, key) {
  if (!existsSync(file)) return undefined;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && m[1] === key) return m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return undefined;
}

/** The secrets `npm start` keeps in .dev.vars, each with the comment written above it. */
const DEV_SECRETS = [
  [
    'ADMIN_TOKEN',
    '# Local super-admin token for the Gongyi admin API (Authorization: Bearer …). Created by npm start.',
    randomToken,
  ],
  [
    'DONOR_LINK_SECRET',
    "# Signs donors' own links (/donor/…): a secret of its own, so a new ADMIN_TOKEN breaks no donor's link. Created by npm start.",
    () => randomBytes(32).toString('base64url'),
  ],
];

/**
 * Make sure <root>/.dev.vars carries an ADMIN_TOKEN and a DONOR_LINK_SECRET (creating the file, or
 * appending the lines, when missing; existing values are kept). Returns {file, token, created}:
 * the admin token and the names just added.
 */
export function ensureDevVars(file = join(ROOT, '.dev.vars')) {
  const created = [];
  for (const [name, comment, make] of DEV_SECRETS) {
    if (readVar(file, name)) continue;
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const line = `${comment}\n${name}=${make()}\n`;
    writeFileSync(file, before && !before.endsWith('\n') ? before + '\n' + line : before + line, { mode: 0o600 });
    created.push(name);
  }
  return { file, token: readVar(file, 'ADMIN_TOKEN'), created };
}

/** Poll `url` until it answers (any status below 500) or the deadline passes. */
export async function waitForHttp(url, { timeoutMs = 60_000, intervalMs = 200, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`server exited before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status < 500) return res.status;
      last = 'HTTP ' + res.status;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${url} (${last})`);
}

/**
 * Build the widgets, the staff console and demo pages into dist/ (`npm run build`: the widgets'
 * Vite build, the console's, then the Node host; else `vite build`).
 * NODE_ENV is forced to production: under a test runner it is "test", and Vite would then resolve
 * Lit's development build (unminified, dev warnings: ~40% more bytes).
 */
export async function buildWidgets({ quiet = false } = {}) {
  const env = { ...process.env, NODE_ENV: 'production' };
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  if (pkg.scripts?.build) await run('npm', ['run', '--silent', 'build'], { quiet, env });
  else await run(VITE, ['build'], { quiet, env });
}
