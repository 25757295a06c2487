// What each public read caches: how long its answer is fresh, how long a stale one may still be
// served while it is refreshed, which query parameters change the answer (the others are left
// out of the key, so random parameters create no entries), and which object it is about.
// Writes purge by subject (cache/tags.ts), so freshness only bounds what other locations and
// un-purged paths can show: money figures a few seconds, texts longer.
import type { z } from '@hono/zod-openapi';
import { pageElder, pageTheme } from '../pages/render/document';
import { pageLocale } from '../pages/render/locale';
import { embedTarget } from '../pages/oembed';
import { parsePeriod } from '../schemas/disclosure';
import { imageTheme, imageWidth } from '../pages/render/live-image';
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

const enc = encodeURIComponent;

/** lang, elder and theme as the pages read them, defaults left out. */
function pageQuery(url: URL): URLSearchParams {
  const q = new URLSearchParams();
  const lang = pageLocale(url.searchParams.get('lang') ?? undefined);
  if (lang !== 'zh-Hans') q.set('lang', lang);
  if (pageElder(url.searchParams.get('elder') ?? undefined)) q.set('elder', '1');
  const theme = pageTheme(url.searchParams.get('theme') ?? undefined);
  if (theme !== 'light') q.set('theme', theme);
  return q;
}

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
const objectRead = (name: string, prefix: string, param: string, tag: (id: string) => CacheTag, fresh: number, stale: number, suffix = '') =>
  ({
    name, fresh, stale,
    key: (r) => {
      const id = r.param(param);
      return { path: `${prefix}/${enc(id)}${suffix}`, query: none(), subject: tag(id) };
    },
  }) satisfies ReadPolicy;

/** A JSON list of an organisation, filtered and paged by `schema`. */
const orgList = (name: string, suffix: string, schema: z.ZodType): ReadPolicy => ({
  name, fresh: 10, stale: 60,
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
  /** /embed/{kind}/{id}: the kind's subject; every kind shows live figures. */
  embed: {
    name: 'embed', fresh: 5, stale: 30,
    key: (r) => {
      const kind = r.param('kind');
      const id = r.param('id');
      const subject = EMBED_SUBJECT[kind]?.(id);
      return subject ? { path: `/embed/${kind}/${enc(id)}`, query: pageQuery(r.url), subject } : null;
    },
  } satisfies ReadPolicy,
  /** /img/{kind}/{id}.svg: the live image, keyed by language, theme and width as parsed. */
  liveImage: {
    name: 'liveImage', fresh: 10, stale: 60,
    key: (r) => {
      const kind = r.param('kind');
      const file = r.param('file');
      const subject = kind === 'progress' || kind === 'lunch' || kind === 'stats' ? EMBED_SUBJECT[kind]?.(file.replace(/\.svg$/, '')) : undefined;
      if (!subject || !file.endsWith('.svg')) return null;
      const q = new URLSearchParams();
      const lang = pageLocale(r.url.searchParams.get('lang') ?? undefined);
      if (lang !== 'zh-Hans') q.set('lang', lang);
      if (imageTheme(r.url.searchParams.get('theme') ?? undefined) === 'dark') q.set('theme', 'dark');
      const width = imageWidth(r.url.searchParams.get('width') ?? undefined);
      if (width !== 600) q.set('width', String(width));
      return { path: `/img/${kind}/${enc(file)}`, query: q, subject };
    },
  } satisfies ReadPolicy,
  /** /p/{projectId}: project text and its campaign's figures. */
  share: {
    name: 'share', fresh: 10, stale: 60,
    key: (r) => {
      const id = r.param('id');
      return { path: `/p/${enc(id)}`, query: pageQuery(r.url), subject: projectTag(id) };
    },
  } satisfies ReadPolicy,
  /** /api/v1/orgs/{org}/disclosure?period=…: keyed by the period as parsed (2026-q4 = 2026-Q4). */
  disclosure: {
    name: 'disclosure', fresh: 10, stale: 60,
    key: (r) => {
      const org = r.param('org');
      const period = parsePeriod(r.url.searchParams.get('period') ?? '');
      return period && { path: `/api/v1/orgs/${enc(org)}/disclosure`, query: new URLSearchParams({ period: period.id }), subject: orgTag(org) };
    },
  } satisfies ReadPolicy,
  /** /disclosure/{org}/{period}: the printable report, in the page's language. */
  disclosurePage: {
    name: 'disclosurePage', fresh: 10, stale: 60,
    key: (r) => {
      const org = r.param('org');
      const period = parsePeriod(r.param('period'));
      return period && { path: `/disclosure/${enc(org)}/${period.id}`, query: pageQuery(r.url), subject: orgTag(org) };
    },
  } satisfies ReadPolicy,
} as const;

const EMBED_SUBJECT: Record<string, (id: string) => CacheTag> = {
  project: projectTag,
  progress: campaignTag,
  lunch: schoolTag,
  column: orgTag,
  wishes: orgTag,
  stats: orgTag,
};

/** The subject of an embed kind, for oEmbed answers about that object. */
export const embedSubject = (kind: string, id: string): CacheTag | null => EMBED_SUBJECT[kind]?.(id) ?? null;

/** /oembed?url=…: keyed by the object the URL shows (and its lang), never by the URL's spelling. */
export const OEMBED_POLICY: ReadPolicy = {
  name: 'oembed', fresh: 300, stale: 3600,
  key: (r) => {
    const p = r.url.searchParams;
    const format = p.get('format');
    if (format !== null && format !== 'json') return null;
    const target = embedTarget(p.get('url') ?? '', r.url.origin);
    const subject = target && embedSubject(target.kind, target.id);
    if (!target || !subject) return null;
    const query = new URLSearchParams({ url: `${target.kind}/${target.id}` });
    if (target.lang) query.set('lang', pageLocale(target.lang));
    for (const dim of ['maxheight', 'maxwidth']) {
      const v = p.get(dim);
      if (v === null) continue;
      if (!/^[1-9]\d{0,4}$/.test(v)) return null; // the handler answers 400
      query.set(dim, v);
    }
    return { path: '/oembed', query, subject };
  },
};
