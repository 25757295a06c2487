// Server-rendered pages for hosts that cannot run scripts: /embed/{kind}/{id}, /p/{projectId}, /oembed,
// and the printable disclosure report /disclosure/{org}/{period}.
import { cors } from 'hono/cors';
import { OEMBED_POLICY, PAGE_POLICIES } from './read-policies';
import { readCache } from '../middleware/read-cache';
import { pageSecurity } from '../middleware/page-security';
import { router } from '../routes/factory';
import { disclosurePageRoutes } from './disclosure';
import { donorPageRoutes } from './donor';
import { liveImageRoutes } from './live-image';
import { embedPage } from './embed';
import { notFoundPage } from './render/not-found';
import { oembed } from './oembed';
import { PAGE_CSS, PAGE_CSS_PATH } from './render/stylesheet';
import { pageLocale } from './render/locale';
import { sharePage } from './share';

export const pageRoutes = router();

// The stylesheet's URL carries its hash (render/stylesheet.ts), so it may be cached for a year.
pageRoutes.get(PAGE_CSS_PATH, (c) =>
  c.body(PAGE_CSS, 200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': 'public, max-age=31536000, immutable',
  }),
);

// Embed pages may be framed by any site; share pages are for reading, not framing.
pageRoutes.use('/embed/*', pageSecurity({ framing: 'any' }));
pageRoutes.get('/embed/:kind/:id', readCache(PAGE_POLICIES.embed), embedPage);
pageRoutes.get('/embed/*', (c) => notFoundPage(c, pageLocale(c.req.query('lang')), true));

pageRoutes.use('/p/*', pageSecurity({ framing: 'none' }));
pageRoutes.get('/p/:id', readCache(PAGE_POLICIES.share), sharePage);
pageRoutes.get('/p/*', (c) => notFoundPage(c, pageLocale(c.req.query('lang')), false));

pageRoutes.route('/', disclosurePageRoutes);
pageRoutes.route('/', donorPageRoutes);
pageRoutes.route('/', liveImageRoutes);

// Consumers (CMSs, chat apps) fetch oEmbed from anywhere, errors included.
pageRoutes.use('/oembed', cors({ origin: '*' }));
pageRoutes.get('/oembed', readCache(OEMBED_POLICY), oembed);
