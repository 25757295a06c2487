// The reusable stack for every public write (donations, lunch sponsorships, wish claims): origin
// check + CORS preflight, 16 KiB body cap, per-client rate limit, Idempotency-Key, and the purge
// of what readers see once the write succeeded.
// Mount with `app.use(path, ...publicWrite(resolveOrg, affects))`, then write via `idempotentBatch`.
import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { purge } from '../cache/purge';
import type { CacheTag } from '../cache/tags';
import { bodyLimit } from './body-limit';
import { idempotency, type LookupFirst } from './idempotency';
import { originCheck, type OrgResolver } from './origin';
import { rateLimit } from './rate-limit';

/** The cache tags whose answers a successful write changes. */
export type AffectedTags = (c: Context<Env>) => Promise<CacheTag[]>;

/** Purges before the answer leaves (this isolate at once, the location's markers in waitUntil). */
const purgeAfterWrite =
  (affects: AffectedTags): MiddlewareHandler<Env> =>
  async (c, next) => {
    await next();
    if (c.res.status < 300 && c.req.method === 'POST' && !c.res.headers.has('Idempotent-Replayed'))
      await purge(c, await affects(c), false);
  };

/**
 * `lookupFirst`: whether the Idempotency-Key is looked up before the handler runs (needed when the
 * handler does something outside its batch, like opening a provider order); otherwise the
 * handler's batch finds a repeated key itself and replays the first answer.
 */
export function publicWrite(
  resolveOrg: OrgResolver,
  affects: AffectedTags,
  lookupFirst?: LookupFirst,
): MiddlewareHandler<Env>[] {
  return [originCheck(resolveOrg), bodyLimit(), rateLimit(), idempotency(lookupFirst), purgeAfterWrite(affects)];
}

export { idempotentBatch } from './idempotency';
