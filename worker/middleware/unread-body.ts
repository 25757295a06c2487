// Whatever refused a request early (origin, Idempotency-Key, rate limit, auth, 404), its body is
// read to the end before the answer leaves, so the client's next request on the same keep-alive
// connection is not stuck behind it. Registered first, for every request.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { discardUnread } from '../lib/discard-body';

export const finishUnreadBody = (): MiddlewareHandler<Env> => async (c, next) => {
  const raw = c.req.raw;
  await next();
  // `raw` is the request as it arrived (body-limit may have replaced c.req.raw with a copy).
  if (!raw.body || raw.bodyUsed || (await discardUnread(raw))) return;
  // Too long to read: ask for the connection to be closed rather than reused.
  c.res = new Response(c.res.body, c.res);
  c.res.headers.set('Connection', 'close');
};
