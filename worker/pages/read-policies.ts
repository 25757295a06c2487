// What each page's read caches (the mechanism and the API's reads: cache/policy.ts): an embed
// frame, the live image, the share page, the printable disclosure and oEmbed, keyed by the page's
// own parameters as the page parses them (lang, elder, theme, width), and the object it shows.
import { enc, type ReadPolicy } from '../cache/policy';
import { campaignTag, orgTag, projectTag, schoolTag, type CacheTag } from '../cache/tags';
import { parsePeriod } from '../schemas/disclosure';
import { embedTarget } from './oembed';
import { pageElder, pageTheme } from './render/document';
import { imageTheme, imageWidth } from './render/live-image';
import { pageLocale } from './render/locale';

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

export const PAGE_POLICIES = {
  /** /embed/{kind}/{id}: the kind's subject; every kind shows live figures. */
  embed: {
    name: 'embed',
    fresh: 5,
    stale: 30,
    key: (r) => {
      const kind = r.param('kind');
      const id = r.param('id');
      const subject = EMBED_SUBJECT[kind]?.(id);
      return subject ? { path: `/embed/${kind}/${enc(id)}`, query: pageQuery(r.url), subject } : null;
    },
  } satisfies ReadPolicy,
  /** /img/{kind}/{id}.svg: the live image, keyed by language, theme and width as parsed. */
  liveImage: {
    name: 'liveImage',
    fresh: 10,
    stale: 60,
    key: (r) => {
      const kind = r.param('kind');
      const file = r.param('file');
      const subject =
        kind === 'progress' || kind === 'lunch' || kind === 'stats'
          ? EMBED_SUBJECT[kind]?.(file.replace(/\.svg$/, ''))
          : undefined;
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
    name: 'share',
    fresh: 10,
    stale: 60,
    key: (r) => {
      const id = r.param('id');
      return { path: `/p/${enc(id)}`, query: pageQuery(r.url), subject: projectTag(id) };
    },
  } satisfies ReadPolicy,
  /** /disclosure/{org}/{period}: the printable report, in the page's language. */
  disclosurePage: {
    name: 'disclosurePage',
    fresh: 10,
    stale: 60,
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
  name: 'oembed',
  fresh: 300,
  stale: 3600,
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
