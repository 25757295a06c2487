// Per-client write budget via the WRITE_LIMITER binding (wrangler.toml: 30 per 60 s).
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { ProblemError } from '../lib/problem';

export const RATE_PERIOD_SECONDS = 60;

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
