// GET /embed/{kind}/{id}: one widget as a complete, frameable HTML page. The live element's light
// DOM is the server-rendered content, so a reader without JavaScript (or a CMS preview) sees it;
// with JavaScript embed.js upgrades the element (its shadow root replaces the content) and reports
// the page's height to the framing page. Data comes from the same readers as the public API, so
// masking is identical.
import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import { requireOrg } from '../db/queries';
import { orgJson } from '../db/rows';
import type { Env } from '../env';
import { EMBED_ELEMENTS, embedPageUrl, isEmbedKind, sharePageUrl, type EmbedKind } from '../embedding/embed-code';
import { readCampaign } from '../read-models/campaign';
import { readSchool } from '../read-models/school';
import { readProjectPage } from '../read-models/project-page';
import { readProject } from '../read-models/project';
import { readStats } from '../read-models/stats';
import { readWishPage } from '../read-models/wish-page';
import { COLUMN_CARDS, columnContent } from './render/column';
import { elementAttrs, pageDocument, pageElder, pageTheme, type Html } from './render/document';
import { messagesFor, pageLocale, type Locale, type Messages } from './render/locale';
import { lunchContent } from './render/lunch';
import { isNotFound, notFoundPage } from './render/not-found';
import { progressContent } from './render/progress';
import { projectContent } from './render/project';
import { statsContent } from './render/stats';
import { WISHES_SHOWN, wishesContent } from './render/wishes';
import { publicOrigin } from '../lib/public-origin';

type RenderInput = { db: D1Database; id: string; origin: string; locale: Locale; m: Messages };
type Rendered = { title: string; body: Html };

const readOrgJson = async (db: D1Database, id: string) => orgJson(await requireOrg(db, id));

/** Each kind: read like the public API does, then render what its element shows. */
const RENDER: Record<EmbedKind, (i: RenderInput) => Promise<Rendered>> = {
  async project({ db, id, origin, locale, m }) {
    const project = await readProject(db, id);
    const campaign = project.campaignId ? await readCampaign(db, project.campaignId) : null;
    const body = projectContent({ project, campaign, locale, m, giveUrl: sharePageUrl(origin, project.id, locale) });
    return { title: project.title, body };
  },
  async progress({ db, id, origin, locale, m }) {
    const campaign = await readCampaign(db, id);
    const body = progressContent({
      campaign,
      locale,
      m,
      heading: 'h1',
      giveUrl: sharePageUrl(origin, campaign.projectId, locale),
    });
    return { title: campaign.title, body };
  },
  async lunch({ db, id, origin, locale, m }) {
    const school = await readSchool(db, id);
    return {
      title: school.name,
      body: lunchContent({ school, locale, m, sponsorUrl: embedPageUrl(origin, 'lunch', id, locale) }),
    };
  },
  async column({ db, id, origin, locale, m }) {
    const [org, stats, page] = await Promise.all([
      readOrgJson(db, id),
      readStats(db, id),
      readProjectPage(db, id, { limit: COLUMN_CARDS }),
    ]);
    const body = columnContent({ org, stats, page, locale, m, projectUrl: (p) => sharePageUrl(origin, p, locale) });
    return { title: `${org.name} · ${m.column.column}`, body };
  },
  async wishes({ db, id, origin, locale, m }) {
    const [org, page] = await Promise.all([readOrgJson(db, id), readWishPage(db, id, { limit: WISHES_SHOWN })]);
    const body = wishesContent({ org, page, locale, m, claimUrl: embedPageUrl(origin, 'wishes', id, locale) });
    return { title: `${org.name} · ${m.wishes.title}`, body };
  },
  async stats({ db, id, locale, m }) {
    const [org, items] = await Promise.all([readOrgJson(db, id), readStats(db, id)]);
    return { title: `${org.name} · ${m.stats.title}`, body: statsContent({ orgName: org.name, items, locale, m }) };
  },
};

export async function embedPage(c: Context<Env>) {
  const kind = c.req.param('kind') ?? '';
  const id = c.req.param('id') ?? '';
  const locale = pageLocale(c.req.query('lang'));
  if (!isEmbedKind(kind)) return notFoundPage(c, locale, true);
  const view = { locale, elder: pageElder(c.req.query('elder')), theme: pageTheme(c.req.query('theme')) };
  const m = messagesFor(locale);
  let rendered: Rendered;
  try {
    rendered = await RENDER[kind]({ db: c.env.DB, id, origin: publicOrigin(c.env, c.req.url), locale, m });
  } catch (e) {
    if (isNotFound(e)) return notFoundPage(c, locale, true);
    throw e;
  }
  const { tag, attr } = EMBED_ELEMENTS[kind];
  // Tag and attribute names are ours (raw); the id is escaped like any text.
  const element = html`<${raw(tag)} ${raw(attr)}="${id}"${elementAttrs(view)}>
${rendered.body}
</${raw(tag)}>`;
  return c.html(pageDocument({ ...view, title: rendered.title, frame: true, body: element }));
}
