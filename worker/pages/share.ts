// GET /p/{projectId}: the shareable project page. Link previews (WeChat, Weibo, Slack, X …) read
// its <title>, description and Open Graph / Twitter tags; CMSs that speak oEmbed find /oembed via
// the discovery <link>. The body is a page of its own (render/share-page.ts): the organisation's
// masthead, the story in full, and the campaign's live <gongyi-progress> with the pledge form,
// all readable without JavaScript.
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Env } from '../env';
import { sharePageUrl } from '../embedding/embed-code';
import { readCampaign } from '../read-models/campaign';
import { readProject } from '../read-models/project';
import type { Campaign } from '../schemas/campaigns';
import type { Project } from '../schemas/projects';
import { isNotFound, notFoundPage } from './render/not-found';
import { pageDocument, pageElder, pageTheme } from './render/document';
import { messagesFor, pageLocale, type Locale } from './render/locale';
import { shareContent, shareFooter, shareMasthead } from './render/share-page';
import { requireOrg } from '../db/queries';
import type { OrgRow } from '../db/rows';
import { publicOrigin } from '../lib/public-origin';
import { SHARE_CARD } from '../embedding/share-card';

const OG_LOCALE: Record<Locale, string> = { 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW', en: 'en_US' };

/**
 * The cover, unless it is SVG: WeChat's link card and most crawlers read raster images only, and a
 * chat card without an image looks broken, so those projects get the square share card instead.
 */
function shareImage(coverUrl: string | null, origin: string): { url: string; cover: boolean } {
  const cover = coverUrl ? new URL(coverUrl, origin) : null;
  if (cover && !/\.svg$/i.test(cover.pathname)) return { url: cover.href, cover: true };
  return { url: origin + SHARE_CARD.path, cover: false };
}

const shareHead = (o: { project: Project; origin: string; locale: Locale; siteName: string }) => {
  const p = o.project;
  const url = sharePageUrl(o.origin, p.id);
  const image = shareImage(p.coverUrl, o.origin);
  const oembed = `${o.origin}/oembed?url=${encodeURIComponent(url)}&format=json`;
  return html`<meta name="description" content="${p.summary}">
<link rel="canonical" href="${url}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${o.siteName}">
<meta property="og:locale" content="${OG_LOCALE[o.locale]}">
<meta property="og:title" content="${p.title}">
<meta property="og:description" content="${p.summary}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="${image.url}">
${
  image.cover
    ? ''
    : html`<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${SHARE_CARD.size}">
<meta property="og:image:height" content="${SHARE_CARD.size}">
`
}<meta property="og:image:alt" content="${p.title}">
<meta name="twitter:card" content="${image.cover ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${p.title}">
<meta name="twitter:description" content="${p.summary}">
<meta name="twitter:image" content="${image.url}">
<link rel="alternate" type="application/json+oembed" href="${oembed}" title="${p.title}">
`;
};

export async function sharePage(c: Context<Env>) {
  const id = c.req.param('id') ?? '';
  const locale = pageLocale(c.req.query('lang'));
  const view = { locale, elder: pageElder(c.req.query('elder')), theme: pageTheme(c.req.query('theme')) };
  const origin = publicOrigin(c.env, c.req.url);
  let project: Project;
  let campaign: Campaign | null;
  let org: OrgRow;
  try {
    project = await readProject(c.env.DB, id);
    [campaign, org] = await Promise.all([
      project.campaignId ? readCampaign(c.env.DB, project.campaignId) : null,
      requireOrg(c.env.DB, project.orgId),
    ]);
  } catch (e) {
    if (isNotFound(e)) return notFoundPage(c, locale, false);
    throw e;
  }
  const m = messagesFor(locale);
  const serviceName = c.env.SERVICE_NAME ?? 'Gongyi';
  const page = { ...view, project, campaign, org, m, serviceName };
  const head = shareHead({ project, origin, locale, siteName: serviceName });
  return c.html(
    pageDocument({
      ...view,
      title: `${project.title} · ${project.orgName}`,
      frame: false,
      head,
      header: shareMasthead(page),
      body: shareContent(page),
      footer: shareFooter(page),
      icp: c.env.ICP_NUMBER,
    }),
  );
}
