// GET /img/{kind}/{id}.svg (kind: progress → campaign, lunch → school, stats → organisation):
// the live image of an object's figures with a QR code to its share page, for places where no
// script or iframe runs. Read from the same public views as the API (so the figures agree),
// cached like the other reads, `?lang=` `?theme=light|dark` `?width=320…1200`.
import type { Context } from 'hono';
import { PAGE_POLICIES } from './read-policies';
import { requireOrg, requireProject } from '../db/queries';
import type { Env } from '../env';
import { sharePageUrl, embedPageUrl } from '../embedding/embed-code';
import { ProblemError } from '../lib/problem';
import { publicOrigin } from '../lib/public-origin';
import { readCache } from '../middleware/read-cache';
import { router } from '../routes/factory';
import { readCampaign } from '../read-models/campaign';
import { readSchool } from '../read-models/school';
import { readStats } from '../read-models/stats';
import { date, integer, money, percent } from '../../common/format';
import { imageTheme, imageWidth, liveImageSvg, type LiveImage } from './render/live-image';
import { messagesFor, pageLocale, type Locale } from './render/locale';
import { figureParts, labelOf } from '../../common/stats-figures';

export const LIVE_IMAGE_KINDS = ['progress', 'lunch', 'stats'] as const;
type Kind = (typeof LIVE_IMAGE_KINDS)[number];

const W = {
  'zh-Hans': {
    raised: (a: string) => `已筹 ${a}`,
    goal: (g: string, p: string, n: string) => `目标 ${g} · ${p} · ${n} 人次捐赠`,
    through: (d: string) => `已资助至 ${d}`,
    notYet: '尚未资助',
    meals: (m: string, c: string) => `已资助 ${m} 餐 · ${c} 名孩子`,
    figures: '公益数据',
  },
  'zh-Hant': {
    raised: (a: string) => `已籌 ${a}`,
    goal: (g: string, p: string, n: string) => `目標 ${g} · ${p} · ${n} 人次捐贈`,
    through: (d: string) => `已資助至 ${d}`,
    notYet: '尚未資助',
    meals: (m: string, c: string) => `已資助 ${m} 餐 · ${c} 名孩子`,
    figures: '公益數據',
  },
  en: {
    raised: (a: string) => `${a} raised`,
    goal: (g: string, p: string, n: string) => `of ${g} · ${p} · ${n} gifts`,
    through: (d: string) => `Lunch funded through ${d}`,
    notYet: 'Not funded yet',
    meals: (m: string, c: string) => `${m} meals funded · ${c} children`,
    figures: 'Figures',
  },
} satisfies Record<Locale, unknown>;

/** What an image shows of one object, in one language: the same figures as its API answer. */
export async function liveImageOf(
  db: D1Database,
  origin: string,
  kind: Kind,
  id: string,
  locale: Locale,
): Promise<LiveImage> {
  const t = W[locale];
  const lang = locale === 'zh-Hans' ? undefined : locale;
  if (kind === 'progress') {
    const c = await readCampaign(db, id); // public only: a draft or unpublished campaign is 404
    const p = await requireProject(db, c.projectId);
    return {
      title: c.title,
      org: p.org_name ?? '',
      progress: c.goalAmount > 0 ? c.raisedAmount / c.goalAmount : 0,
      figure: t.raised(money(c.raisedAmount, c.currency, locale)),
      detail: t.goal(
        money(c.goalAmount, c.currency, locale),
        percent(c.raisedAmount / c.goalAmount, locale),
        integer(c.donorCount, locale),
      ),
      url: sharePageUrl(origin, c.projectId, lang),
    };
  }
  if (kind === 'lunch') {
    const s = await readSchool(db, id);
    const org = await requireOrg(db, s.orgId);
    const project = (await db
      .prepare('SELECT project_id FROM campaigns WHERE id = ?')
      .bind(s.campaignId)
      .first<{ project_id: string }>())!.project_id;
    return {
      title: s.name,
      org: org.name,
      progress: null,
      figure: s.fundedThrough ? t.through(date(s.fundedThrough, locale)) : t.notYet,
      detail: t.meals(integer(s.mealsFunded, locale), integer(s.childrenCount, locale)),
      url: sharePageUrl(origin, project, lang),
    };
  }
  const org = await requireOrg(db, id);
  const stats = await readStats(db, id);
  // Named and formatted as <gongyi-stats> and the stats embed page show them (万, 余, live labels).
  const m = messagesFor(locale).stats;
  const line = (s: (typeof stats)[number]) => {
    const { label, unit } = labelOf(s, m);
    const { num, unit: u } = figureParts(s, s.value, unit, locale);
    return `${label} ${num}${u}`;
  };
  const [first, ...rest] = stats;
  return {
    title: org.brand || org.name,
    org: org.name,
    progress: null,
    figure: first ? line(first) : t.figures,
    detail: first?.period ?? '',
    lines: rest.slice(0, 4).map(line),
    url: embedPageUrl(origin, 'stats', id, lang),
  };
}

const isKind = (k: string): k is Kind => (LIVE_IMAGE_KINDS as readonly string[]).includes(k);

async function liveImage(c: Context<Env>) {
  const kind = c.req.param('kind') ?? '';
  const file = c.req.param('file') ?? '';
  if (!isKind(kind) || !file.endsWith('.svg')) throw new ProblemError(404, 'not_found', 'No such image');
  const locale = pageLocale(c.req.query('lang'));
  const img = await liveImageOf(c.env.DB, publicOrigin(c.env, c.req.url), kind, file.slice(0, -4), locale);
  return c.body(
    liveImageSvg(img, { width: imageWidth(c.req.query('width')), theme: imageTheme(c.req.query('theme')), locale }),
    200,
    {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      // Served as a document (opened directly), it still may do nothing.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': '*',
    },
  );
}

export const liveImageRoutes = router();
liveImageRoutes.get('/img/:kind/:file', readCache(PAGE_POLICIES.liveImage), liveImage);
