// Per-address write budget via the WRITE_LIMITER binding (wrangler.toml: WRITE_LIMIT per 60 s).
// Sized for giving days behind carrier and office NAT, where hundreds of donors share one public
// address: 300 a minute lets 300 people behind one address give within the same minute (and one
// pledge a second is never refused), while a script sending 1,000 a minute is cut to 300. What a
// pledge that gets through can do is bounded elsewhere: it is only pending (staff or a verified
// payment confirm it), and its Idempotency-Key makes retries free.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { ProblemError } from '../lib/problem';

export const RATE_PERIOD_SECONDS = 60;
/** Writes per address and period; must equal wrangler.toml's [[ratelimits]] WRITE_LIMITER limit. */
export const WRITE_LIMIT = 300;

export const clientKey = (header: string | undefined) => header?.trim() || 'local';

export const rateLimit = (): MiddlewareHandler<Env> => async (c, next) => {
  const { success } = await c.env.WRITE_LIMITER.limit({ key: `write:${clientKey(c.req.header('CF-Connecting-IP'))}` });
  if (!success) {
    throw new ProblemError(429, 'rate_limited', 'Too many writes from this client; try again later', undefined, {
      'Retry-After': String(RATE_PERIOD_SECONDS),
    });
  }
  await next();
};
