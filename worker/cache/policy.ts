// What each public read caches: how long its answer is fresh, how long a stale one may still be
// served while it is refreshed, which query parameters change the answer (the others are left
// out of the key, so random parameters create no entries), and which object it is about.
// Writes purge by subject (cache/tags.ts), so freshness only bounds what other locations and
// un-purged paths can show: money figures a few seconds, texts longer.
//
// The API's reads are declared here; the pages declare theirs beside them (pages/read-policies.ts),
// so the cache knows the mechanism and no page.
import type { z } from '@hono/zod-openapi';
import { parsePeriod } from '../schemas/disclosure';
import { campaignTag, orgTag, projectTag, schoolTag, type CacheTag } from './tags';

/** A request as the cache sees it: its URL and the route's decoded path parameters. */
export type ReadRequest = { url: URL; param: (name: string) => string };

/** The canonical form of one read: the key's path and query, and the subject tag. */
export type ReadKey = { path: string; query: URLSearchParams; subject: CacheTag };

export type ReadPolicy = {
  name: string;
  /** Seconds an entry is served as it is. */
  fresh: number;
  /** Further seconds a stale entry is served while one request refreshes it. */
  stale: number;
  /** null: this request is not cached (e.g. invalid parameters: the handler answers 400). */
  key(r: ReadRequest): ReadKey | null;
};

export const enc = encodeURIComponent;

/** A list's filters and paging as its zod schema parses them (unknown parameters dropped). */
function schemaQuery(url: URL, schema: z.ZodType): URLSearchParams | null {
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return null;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(parsed.data as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) {
    if (v !== undefined && v !== null) q.set(k, String(v));
  }
  return q;
}

const none = () => new URLSearchParams();

/** A JSON read of one object at `${prefix}/{param}${suffix}`. */
const objectRead = (
  name: string,
  prefix: string,
  param: string,
  tag: (id: string) => CacheTag,
  fresh: number,
  stale: number,
  suffix = '',
) =>
  ({
    name,
    fresh,
    stale,
    key: (r) => {
      const id = r.param(param);
      return { path: `${prefix}/${enc(id)}${suffix}`, query: none(), subject: tag(id) };
    },
  }) satisfies ReadPolicy;

/** A JSON list of an organisation, filtered and paged by `schema`. */
const orgList = (name: string, suffix: string, schema: z.ZodType): ReadPolicy => ({
  name,
  fresh: 10,
  stale: 60,
  key: (r) => {
    const org = r.param('org');
    const query = schemaQuery(r.url, schema);
    return query && { path: `/api/v1/orgs/${enc(org)}${suffix}`, query, subject: orgTag(org) };
  },
});

export const READ_POLICIES = {
  org: objectRead('org', '/api/v1/orgs', 'org', orgTag, 300, 3600),
  orgStats: objectRead('orgStats', '/api/v1/orgs', 'org', orgTag, 10, 60, '/stats'),
  project: objectRead('project', '/api/v1/projects', 'id', projectTag, 60, 600),
  campaign: objectRead('campaign', '/api/v1/campaigns', 'id', campaignTag, 5, 30),
  school: objectRead('school', '/api/v1/lunch', 'school', schoolTag, 5, 30),
  orgList,
  /** /api/v1/orgs/{org}/disclosure?period=…: keyed by the period as parsed (2026-q4 = 2026-Q4). */
  disclosure: {
    name: 'disclosure',
    fresh: 10,
    stale: 60,
    key: (r) => {
      const org = r.param('org');
      const period = parsePeriod(r.url.searchParams.get('period') ?? '');
      return (
        period && {
          path: `/api/v1/orgs/${enc(org)}/disclosure`,
          query: new URLSearchParams({ period: period.id }),
          subject: orgTag(org),
        }
      );
    },
  } satisfies ReadPolicy,
} as const;
