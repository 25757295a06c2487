// Public reads are embeddable from any page and cacheable: CORS *, a content ETag, short
// Cache-Control, and 304 when the client already has this version.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import { sha256HexBytes } from '../lib/crypto';

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch &&
  (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag));

export const publicRead = (maxAgeSeconds = 15): MiddlewareHandler<Env> => async (c, next) => {
  if (c.req.method === 'OPTIONS') {
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
    });
  }
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Access-Control-Expose-Headers', 'ETag');
  await next();
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return;
  if (c.res.status !== 200) {
    c.res.headers.set('Cache-Control', 'no-store');
    return;
  }
  const body = await c.res.clone().arrayBuffer();
  const etag = `"${(await sha256HexBytes(body)).slice(0, 32)}"`;
  const headers = new Headers(c.res.headers);
  headers.set('ETag', etag);
  headers.set('Cache-Control', `public, max-age=${maxAgeSeconds}, stale-while-revalidate=60`);
  if (matches(c.req.header('If-None-Match'), etag)) {
    headers.delete('Content-Type');
    headers.delete('Content-Length');
    c.res = undefined; // drop the 200 so its headers are not merged back in
    c.res = new Response(null, { status: 304, headers });
  } else {
    c.res = undefined;
    c.res = new Response(body, { status: 200, headers });
  }
};
