// What the Node host reads before it serves, from the same places wrangler reads them:
// wrangler.toml ([vars], [[ratelimits]], [triggers] crons, [assets]), then `.dev.vars` (as
// wrangler dev does), then the process environment (systemd's EnvironmentFile on a server). So
// the two runtimes share one configuration: the write limit, the cron schedule and which paths
// reach the worker first are written once.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'smol-toml';
import type { Bindings } from '../worker/env';

/** Every string binding of the app: the names taken from `.dev.vars` and the environment. */
const VAR_NAMES = [
  'ADMIN_TOKEN',
  'SERVICE_NAME',
  'DONOR_LINK_SECRET',
  'BOOKMARK_SECRET',
  'PUBLIC_ORIGIN',
  'ICP_NUMBER',
  'WECHATPAY_API_BASE',
  'STRIPE_API_BASE',
  'PAYMENT_EXPIRY_MINUTES',
  'WECHATPAY_MCH_ID',
  'WECHATPAY_APP_ID',
  'WECHATPAY_MCH_SERIAL',
  'WECHATPAY_MCH_PRIVATE_KEY',
  'WECHATPAY_API_V3_KEY',
  'WECHATPAY_PLATFORM_CERT',
  'WECHATPAY_PUBLIC_KEY',
  'WECHATPAY_PUBLIC_KEY_ID',
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
] as const satisfies readonly StringBinding[];
type StringBinding = { [K in keyof Bindings]-?: Bindings[K] extends string | undefined ? K : never }[keyof Bindings];
// A var added to worker/env.ts but not to the list above fails the type check here.
const allNamed: [Exclude<StringBinding, (typeof VAR_NAMES)[number]>] extends [never] ? true : false = true;
void allNamed;

export type HostConfig = {
  root: string;
  port: number;
  host: string;
  /** The SQLite file (DATA_DIR/gongyi.sqlite). */
  databaseFile: string;
  assetsDir: string;
  migrationsDir: string;
  seedDir: string;
  /** wrangler.toml [assets] run_worker_first: these paths reach the worker even when a file matches. */
  runWorkerFirst: string[];
  crons: string[];
  writeLimit: { limit: number; period: number };
  vars: Partial<Record<StringBinding, string>>;
  /** Header a trusted proxy (the CDN) puts the client's address in; unset: the socket's address. */
  clientIpHeader: string | undefined;
  /** CDN purge hook (cdn-purge.ts): where every purge is POSTed, and the HMAC secret. */
  cdnPurgeUrl: string | undefined;
  cdnPurgeSecret: string | undefined;
  /** In-process read cache bound (cache-storage.ts). */
  cacheMaxBytes: number;
};

/** KEY=value lines (comments, `export`, quotes), as wrangler reads .dev.vars. */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

type Wrangler = {
  vars?: Record<string, unknown>;
  ratelimits?: { name: string; simple?: { limit: number; period: number } }[];
  triggers?: { crons?: string[] };
  assets?: { directory?: string; run_worker_first?: string[] | boolean };
  d1_databases?: { migrations_dir?: string }[];
};

export function loadConfig(root: string, env: NodeJS.ProcessEnv = process.env): HostConfig {
  const toml = parse(readFileSync(join(root, 'wrangler.toml'), 'utf8')) as Wrangler;
  const limiter = toml.ratelimits?.find((r) => r.name === 'WRITE_LIMITER')?.simple;
  if (!limiter) throw new Error('wrangler.toml has no [[ratelimits]] WRITE_LIMITER with simple = { limit, period }');
  const devVarsFile = env.DEV_VARS_FILE ?? join(root, '.dev.vars');
  const devVars = existsSync(devVarsFile) ? parseDotenv(readFileSync(devVarsFile, 'utf8')) : {};
  const vars: HostConfig['vars'] = {};
  for (const name of VAR_NAMES) {
    const value = env[name] ?? devVars[name] ?? (toml.vars?.[name] === undefined ? undefined : String(toml.vars[name]));
    if (value !== undefined && value !== '') vars[name] = value;
  }
  const port = Number(env.PORT || 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a TCP port number, got ${JSON.stringify(env.PORT)}`);
  const dataDir = resolve(root, env.DATA_DIR || '.data');
  const rwf = toml.assets?.run_worker_first;
  return {
    root,
    port,
    host: env.HOST || '0.0.0.0',
    databaseFile: join(dataDir, 'gongyi.sqlite'),
    assetsDir: resolve(root, env.ASSETS_DIR || toml.assets?.directory || 'dist'),
    migrationsDir: resolve(root, toml.d1_databases?.[0]?.migrations_dir ?? 'schema/migrations'),
    seedDir: join(root, 'schema/seed'),
    runWorkerFirst: Array.isArray(rwf) ? rwf : rwf ? ['/*'] : [],
    crons: toml.triggers?.crons ?? [],
    writeLimit: { limit: limiter.limit, period: limiter.period },
    vars,
    clientIpHeader: env.CLIENT_IP_HEADER || undefined,
    cdnPurgeUrl: env.CDN_PURGE_URL || devVars.CDN_PURGE_URL || undefined,
    cdnPurgeSecret: env.CDN_PURGE_SECRET || devVars.CDN_PURGE_SECRET || undefined,
    cacheMaxBytes: Number(env.CACHE_MAX_MB || 64) * 1024 * 1024,
  };
}
