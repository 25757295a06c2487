// Admin answers carry contacts and unmasked names: no browser, proxy or edge may keep them.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';

export const noStore = (): MiddlewareHandler<Env> => async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};
