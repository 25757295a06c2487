// Public writes come only from the service's own origin or a site the owning organisation
// registered. Also answers the CORS preflight and reflects the accepted origin on the response.
import type { Context, MiddlewareHandler } from 'hono';
import { BOOKMARK_HEADER } from '../db/request-db';
import type { Env } from '../env';
import { hotRow } from '../cache/hot-rows';
import { ProblemError } from '../lib/problem';
import { publicOrigin } from '../lib/public-origin';

/** Finds the organisation owning the write target; throws 404 for an unknown target. */
export type OrgResolver = (c: Context<Env>) => Promise<string>;

/** The organisation's registered origins (a handful), memoised like the other rows writes consult. */
const siteOrigins = (c: Context<Env>, orgId: string) =>
  hotRow(`sites:${orgId}`, async () => {
    const { results } = await c.env.DB.prepare('SELECT origin FROM sites WHERE org_id = ?').bind(orgId).all<{ origin: string }>();
    return results.map((r) => r.origin);
  });

async function isAllowed(c: Context<Env>, origin: string, orgId: string): Promise<boolean> {
  if (origin === publicOrigin(c.env, c.req.url)) return true;
  return (await siteOrigins(c, orgId)).includes(origin);
}

export const originCheck = (resolveOrg: OrgResolver): MiddlewareHandler<Env> => async (c, next) => {
  const orgId = await resolveOrg(c);
  const origin = c.req.header('Origin');
  if (!origin || !(await isAllowed(c, origin, orgId))) {
    throw new ProblemError(403, 'origin_not_allowed', origin ? `Origin ${origin} is not registered for this organisation` : 'Origin header missing');
  }
  c.set('allowedOrigin', origin);
  const cors = {
    'Access-Control-Allow-Origin': origin,
    // Gongyi-Bookmark: the widget reads back its own write with it (read-your-writes).
    'Access-Control-Expose-Headers': `Idempotent-Replayed, Retry-After, ${BOOKMARK_HEADER}`,
    Vary: 'Origin',
  };
  if (c.req.method === 'OPTIONS') {
    return c.body(null, 204, {
      ...cors,
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
      'Access-Control-Max-Age': '600',
    });
  }
  for (const [k, v] of Object.entries(cors)) c.header(k, v);
  await next();
};
