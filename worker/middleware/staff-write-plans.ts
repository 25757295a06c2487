// A staff write can stop a campaign's gifts in many ways (closing it, moving its end date,
// unpublishing its project, taking the qualification from its recipient, changing its filing), so
// after every successful admin write the plans of campaigns that no longer take gifts end
// (payments/plan-stops.ts). The write has already been committed and answered for: ending plans
// is its consequence, like a trigger's, and a failure here fails nothing (the cron ends them).
// Stripe is told afterwards, in waitUntil, never inside the staff write.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { stopPlansWhereGiftsStopped } from '../payments/plan-stops';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const staffWritePlans = (): MiddlewareHandler<Env> => async (c, next) => {
  // The request's own binding: the audited one a route's rule installs records the route's object.
  const db = c.env.DB;
  await next();
  if (READS.has(c.req.method) || c.res.status >= 400) return;
  let ctx: ExecutionContext | undefined;
  try {
    ctx = c.executionCtx as ExecutionContext;
  } catch {
    ctx = undefined; // app.request() in a unit test has none
  }
  try {
    await stopPlansWhereGiftsStopped(c.env, db, (work) => (ctx ? ctx.waitUntil(work) : void work));
  } catch (e) {
    console.error('ending the plans of campaigns that stopped taking gifts failed; the cron will', e);
  }
};
