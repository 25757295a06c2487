// A staff change may show anywhere (an organisation's name is on every page of it; a project's
// text on its cards, pages and oEmbed answers), so every successful admin write purges the whole
// read cache of this location. Staff write rarely: each key is read from D1 once again afterwards.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { purge } from '../cache/purge';
import { ALL } from '../cache/tags';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const staffWritePurge = (): MiddlewareHandler<Env> => async (c, next) => {
  await next();
  if (!READS.has(c.req.method) && c.res.status < 400) await purge(c, [ALL]);
};
