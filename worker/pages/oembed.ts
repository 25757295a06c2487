// GET /oembed?url=…&format=json&maxwidth&maxheight — oEmbed 1.0 (https://oembed.com) for this
// service's share pages (/p/{id}) and embed pages (/embed/{kind}/{id}): a `rich` answer whose html
// is the embed iframe, never larger than maxwidth × maxheight. Errors keep the statuses the spec
// names (404 unknown URL or object, 501 a format other than json) and, like the API, carry a
// problem+json body with a stable code — oEmbed consumers only look at the status.
import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import type { Env } from '../env';
import { EMBED_ELEMENTS, embedCode, isEmbedKind, type EmbedKind } from '../embedding/embed-code';
import { ProblemError } from '../lib/problem';
import { problemResponse, zodFieldErrors } from '../middleware/problem';
import { describeEmbed } from './embed-object';
import { pageLocale } from './render/locale';
import { decodeOrNull } from '../lib/uri';
import { publicOrigin } from '../lib/public-origin';

/** Width of the iframe when the consumer sets no maxwidth: a typical article column. */
export const OEMBED_DEFAULT_WIDTH = 600;
/** Seconds a consumer may cache the answer (the html only changes with the title). */
const CACHE_AGE = 3600;

const Dimension = z.coerce.number().int().min(1).max(10_000).optional();
const OEmbedQuery = z.object({
  url: z.string().min(1).max(2000),
  format: z.string().optional(),
  maxwidth: Dimension,
  maxheight: Dimension,
});

const unknownUrl = (detail: string) => new ProblemError(404, 'not_found', detail);

/** Which object a URL of this service shows, or null when it is not one of ours. */
export function embedTarget(
  raw: string,
  origin: string,
): { kind: EmbedKind; id: string; lang: string | undefined } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  const lang = url.searchParams.get('lang') ?? undefined;
  const share = /^\/p\/([^/]+)\/?$/.exec(url.pathname);
  const embed = /^\/embed\/([a-z]+)\/([^/]+)\/?$/.exec(url.pathname);
  const kind = share ? 'project' : embed?.[1];
  const id = decodeOrNull((share ?? embed)?.[share ? 1 : 2] ?? '');
  if (!kind || !isEmbedKind(kind) || !id) return null; // not an embeddable page, or malformed percent-encoding
  return { kind, id, lang };
}

export async function oembed(c: Context<Env>) {
  const parsed = OEmbedQuery.safeParse(c.req.query());
  if (!parsed.success)
    throw new ProblemError(400, 'validation_failed', 'Invalid oEmbed query', zodFieldErrors(parsed.error, 'query'));
  const q = parsed.data;
  if (q.format !== undefined && q.format !== 'json') {
    // Returned, not thrown: the error handler logs every 5xx as a fault of ours, and this is not one.
    return problemResponse(
      c,
      new ProblemError(501, 'not_implemented', `Format "${q.format}" is not implemented; use format=json`),
    );
  }
  const origin = publicOrigin(c.env, c.req.url);
  const target = embedTarget(q.url, origin);
  if (!target) throw unknownUrl(`${q.url} is not a page of this service that can be embedded`);
  const obj = await describeEmbed(c.env.DB, target.kind, target.id, pageLocale(target.lang), true);
  const width = Math.min(OEMBED_DEFAULT_WIDTH, q.maxwidth ?? Infinity);
  const height = Math.min(EMBED_ELEMENTS[target.kind].height, q.maxheight ?? Infinity);
  const { iframe } = embedCode({
    origin,
    kind: obj.kind,
    id: obj.id,
    title: obj.title,
    lang: target.lang,
    width,
    height,
  });
  return c.json({
    type: 'rich',
    version: '1.0',
    title: obj.title,
    author_name: obj.orgName,
    provider_name: c.env.SERVICE_NAME ?? 'Gongyi',
    provider_url: `${origin}/`,
    cache_age: CACHE_AGE,
    html: iframe,
    width,
    height,
  });
}
