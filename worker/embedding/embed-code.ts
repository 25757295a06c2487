// The ways to put an object on another site, as copyable snippets: the script + element (best:
// live, no frame), an iframe of /embed/{kind}/{id} (for CMSs that strip <script>), a plain link
// (for editors who can only paste a URL), and for progress, lunch and stats a live image
// (/img/{kind}/{id}.svg in a link, for places that strip scripts and iframes alike: government
// CMSs, e-mail, forums). The oEmbed answer's `html` is the iframe.

import { EMBED_KINDS, type EmbedKind } from '../../common/embed-kinds';
export { EMBED_KINDS, type EmbedKind };

export const isEmbedKind = (v: string): v is EmbedKind => (EMBED_KINDS as readonly string[]).includes(v);

/**
 * Each kind's element, the attribute naming its object, and the iframe height (CSS px) of the
 * snippet. Without embed.js on the host page nothing resizes the frame, so this height is all the
 * card gets: it holds the tallest live card of the demo data from a 320 px phone to a 600 px
 * column, in each language, at real glyph widths (Noto CJK), plus about 5 % for longer texts.
 * Measured by test/e2e/layout.test.ts, which fails when a card outgrows its snippet.
 */
export const EMBED_ELEMENTS: Record<EmbedKind, { tag: string; attr: string; height: number }> = {
  project: { tag: 'gongyi-project', attr: 'project', height: 2160 },
  progress: { tag: 'gongyi-progress', attr: 'campaign', height: 780 },
  lunch: { tag: 'gongyi-lunch', attr: 'school', height: 1280 },
  column: { tag: 'gongyi-column', attr: 'org', height: 2780 },
  wishes: { tag: 'gongyi-wishes', attr: 'org', height: 1760 },
  stats: { tag: 'gongyi-stats', attr: 'org', height: 660 },
};

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const withLang = (url: string, lang?: string) => (lang ? `${url}?lang=${encodeURIComponent(lang)}` : url);

export const embedPageUrl = (origin: string, kind: EmbedKind, id: string, lang?: string) =>
  withLang(`${origin}/embed/${kind}/${encodeURIComponent(id)}`, lang);

export const sharePageUrl = (origin: string, projectId: string, lang?: string) =>
  withLang(`${origin}/p/${encodeURIComponent(projectId)}`, lang);

export type EmbedCodeInput = {
  origin: string;
  kind: EmbedKind;
  id: string;
  /** The iframe's accessible name (screen readers announce frames by their title). */
  title: string;
  lang?: string;
  /** The project a project or progress object belongs to: its share page is the link. */
  projectId?: string | null;
  /** Fixed iframe size (oEmbed); default width 100% of the host column and the kind's height. */
  width?: number;
  height?: number;
  /** The live image (progress, lunch, stats): its alt text (the figures in words) and where it leads (its QR code's page). */
  image?: { alt: string; href: string };
};

export type EmbedCode = { script: string; iframe: string; link: string; image?: string };

/** Kinds that have a live image. */
export const IMAGE_KINDS: readonly EmbedKind[] = ['progress', 'lunch', 'stats'];

export const liveImageUrl = (origin: string, kind: EmbedKind, id: string, lang?: string) =>
  withLang(`${origin}/img/${kind}/${encodeURIComponent(id)}.svg`, lang);

export function embedCode(o: EmbedCodeInput): EmbedCode {
  const { tag, attr, height } = EMBED_ELEMENTS[o.kind];
  const lang = o.lang ? ` lang="${escapeAttr(o.lang)}"` : '';
  const script = `<script type="module" src="${o.origin}/embed.js"></script>\n<${tag} ${attr}="${escapeAttr(o.id)}"${lang}></${tag}>`;
  // No style attribute: a host page's CSP may block inline styles; embed.js sizes the frame via CSSOM.
  const iframe =
    `<iframe src="${escapeAttr(embedPageUrl(o.origin, o.kind, o.id, o.lang))}" title="${escapeAttr(o.title)}" ` +
    `width="${o.width ?? '100%'}" height="${o.height ?? height}" loading="lazy" frameborder="0"></iframe>`;
  const link = o.projectId ? sharePageUrl(o.origin, o.projectId, o.lang) : embedPageUrl(o.origin, o.kind, o.id, o.lang);
  const image = IMAGE_KINDS.includes(o.kind)
    ? `<a href="${escapeAttr(o.image?.href ?? link)}"><img src="${escapeAttr(liveImageUrl(o.origin, o.kind, o.id, o.lang))}" ` +
      `alt="${escapeAttr(o.image?.alt ?? o.title)}" width="600"></a>`
    : undefined;
  return { script, iframe, link, ...(image ? { image } : {}) };
}
