// The reusable stack for every public write (donations, lunch sponsorships, wish claims): origin
// check + CORS preflight, 16 KiB body cap, per-client rate limit, Idempotency-Key, and the purge
// of what readers see once the write succeeded.
// Mount with `app.use(path, ...publicWrite(resolveOrg, affects))`, then write via `idempotentBatch`.
import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { purge } from '../cache/purge';
import type { CacheTag } from '../cache/tags';
import { bodyLimit } from './body-limit';
import { idempotency } from './idempotency';
import { originCheck, type OrgResolver } from './origin';
import { rateLimit } from './rate-limit';

/** The cache tags whose answers a successful write changes. */
export type AffectedTags = (c: Context<Env>) => Promise<CacheTag[]>;

/** Purges before the answer leaves, so the writer's next read already sees the write. */
const purgeAfterWrite = (affects: AffectedTags): MiddlewareHandler<Env> => async (c, next) => {
  await next();
  if (c.res.status < 300 && c.req.method === 'POST' && !c.res.headers.has('Idempotent-Replayed')) await purge(c, await affects(c));
};

export function publicWrite(resolveOrg: OrgResolver, affects: AffectedTags): MiddlewareHandler<Env>[] {
  return [originCheck(resolveOrg), bodyLimit(), rateLimit(), idempotency(), purgeAfterWrite(affects)];
}

export { idempotentBatch } from './idempotency';
