// The reusable stack for every public write (donations now; lunch sponsorships and wish claims
// later): origin check + CORS preflight, 16 KiB body cap, per-client rate limit, Idempotency-Key.
// Mount with `app.use(path, ...publicWrite(resolveOrg))`, then write via `idempotentBatch`.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { bodyLimit } from './body-limit';
import { idempotency } from './idempotency';
import { originCheck, type OrgResolver } from './origin';
import { rateLimit } from './rate-limit';

export function publicWrite(resolveOrg: OrgResolver): MiddlewareHandler<Env>[] {
  return [originCheck(resolveOrg), bodyLimit(), rateLimit(), idempotency()];
}

export { idempotentBatch } from './idempotency';
