// Public writes come only from the service's own origin or a site the owning organisation
// registered. Every answer of a public write route is readable by the page that sent it, its
// refusals included (a 403 origin_not_allowed, a 404, a 429): a widget on an unregistered site
// must be able to say what happened instead of "network error". Readable is not allowed: the
// preflight lets any page send its POST, and the POST itself is refused here, writing nothing.
import type { Context, MiddlewareHandler } from 'hono';
import { BOOKMARK_HEADER } from '../../common/headers';
import type { Env } from '../env';
import { hotRow } from '../cache/hot-rows';
import { ProblemError } from '../lib/problem';
import { publicOrigin } from '../lib/public-origin';

/** Finds the organisation owning the write target; throws 404 for an unknown target. */
export type OrgResolver = (c: Context<Env>) => Promise<string>;

/** The organisation's registered origins (a handful), memoised like the other rows writes consult. */
const siteOrigins = (c: Context<Env>, orgId: string) =>
  hotRow(`sites:${orgId}`, async () => {
    const { results } = await c.env.DB.prepare('SELECT origin FROM sites WHERE org_id = ?')
      .bind(orgId)
      .all<{ origin: string }>();
    return results.map((r) => r.origin);
  });

async function isAllowed(c: Context<Env>, origin: string, orgId: string): Promise<boolean> {
  if (origin === publicOrigin(c.env, c.req.url)) return true;
  return (await siteOrigins(c, orgId)).includes(origin);
}

/**
 * CORS for the answer to `origin`. No credentials are ever allowed, so reflecting the origin
 * reveals nothing a `*` would not; it keeps one rule for accepted writes and refusals alike.
 */
const corsHeaders = (origin: string) => ({
  'Access-Control-Allow-Origin': origin,
  // Gongyi-Bookmark: the widget reads back its own write with it (read-your-writes).
  'Access-Control-Expose-Headers': `Idempotent-Replayed, Retry-After, ${BOOKMARK_HEADER}`,
  Vary: 'Origin',
});

export const originCheck =
  (resolveOrg: OrgResolver): MiddlewareHandler<Env> =>
  async (c, next) => {
    const origin = c.req.header('Origin');
    const cors = origin ? corsHeaders(origin) : { Vary: 'Origin' };
    if (c.req.method === 'OPTIONS') {
      // The preflight only asks whether the browser may send the POST: it may, from anywhere, and
      // without a database read. The POST then meets the origin check below and gets a readable 403.
      return c.body(null, 204, {
        ...cors,
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
        'Access-Control-Max-Age': '600',
      });
    }
    // Set before anything can throw: the error handler's problem+json keeps these headers.
    for (const [k, v] of Object.entries(cors)) c.header(k, v);
    const orgId = await resolveOrg(c);
    if (!origin || !(await isAllowed(c, origin, orgId))) {
      throw new ProblemError(
        403,
        'origin_not_allowed',
        origin
          ? `Origin ${origin} is not registered for this organisation: its staff add it in the console's 嵌入网站 (Sites) view`
          : 'Origin header missing',
      );
    }
    c.set('allowedOrigin', origin);
    await next();
  };
