// GET /disclosure/{org}/{period}: the disclosure report as a printable page (A4, readable and
// printable without JavaScript, no script at all), from the same reader as the JSON report, so
// page and API never disagree. Not frameable, like the share page; zh-Hans unless ?lang=.
import type { Context } from 'hono';
import { PAGE_POLICIES } from './read-policies';
import type { Env } from '../env';
import { publicOrigin } from '../lib/public-origin';
import { pageSecurity } from '../middleware/page-security';
import { readCache } from '../middleware/read-cache';
import { router } from '../routes/factory';
import { parsePeriod } from '../schemas/disclosure';
import { readDisclosure } from '../read-models/disclosure';
import { DISCLOSURE_MESSAGES } from './render/disclosure-messages';
import { disclosureContent } from './render/disclosure';
import { pageDocument, pageElder, pageTheme } from './render/document';
import { pageLocale } from './render/locale';
import { isNotFound, notFoundPage } from './render/not-found';

export const disclosurePageRoutes = router();

async function disclosurePage(c: Context<Env>) {
  const org = c.req.param('org') ?? '';
  const locale = pageLocale(c.req.query('lang'));
  // A malformed period names no report: the same HTML 404 as an unknown organisation.
  const period = parsePeriod(c.req.param('period') ?? '');
  if (!period) return notFoundPage(c, locale, false);
  let report;
  try {
    report = await readDisclosure(c.env.DB, org, period);
  } catch (e) {
    if (isNotFound(e)) return notFoundPage(c, locale, false);
    throw e;
  }
  const t = DISCLOSURE_MESSAGES[locale];
  const jsonUrl = `${publicOrigin(c.env, c.req.url)}/api/v1/orgs/${encodeURIComponent(org)}/disclosure?period=${period.id}`;
  return c.html(
    pageDocument({
      locale,
      elder: pageElder(c.req.query('elder')),
      theme: pageTheme(c.req.query('theme')),
      frame: false,
      scripts: false,
      icp: c.env.ICP_NUMBER,
      title: `${report.org.name} · ${t.title} · ${t.period(period)}`,
      body: disclosureContent({ report, period, locale, jsonUrl }),
    }),
  );
}

disclosurePageRoutes.use('/disclosure/*', pageSecurity({ framing: 'none' }));
disclosurePageRoutes.get('/disclosure/:org/:period', readCache(PAGE_POLICIES.disclosurePage), disclosurePage);
disclosurePageRoutes.get('/disclosure/*', (c) => notFoundPage(c, pageLocale(c.req.query('lang')), false));
