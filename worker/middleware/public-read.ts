// Public reads are embeddable from any page: CORS *, and the preflight a widget sends when it
// brings back the bookmark of its own write (Gongyi-Bookmark). Caching, ETag and 304 come from
// the read cache (middleware/read-cache.ts) on each read route.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { BOOKMARK_HEADER } from '../../common/headers';

export const publicRead = (): MiddlewareHandler<Env> => async (c, next) => {
  if (c.req.method === 'OPTIONS') {
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': `If-None-Match, ${BOOKMARK_HEADER}`,
      'Access-Control-Max-Age': '86400',
    });
  }
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Access-Control-Expose-Headers', 'ETag, Age');
  await next();
};
