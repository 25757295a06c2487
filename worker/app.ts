// Assembles the API: problem+json errors, public reads (CORS/ETag), public writes, admin, docs.
// Pages (/embed, /p, /oembed, /admin) are rendered here; anything else is a static asset.
// Every request comes here first (wrangler.toml run_worker_first = true), so every body is read.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from './env';
import { ProblemError } from './lib/problem';
import { donorLinksMisconfigured } from './giving/donor-link';
import { onError, problemResponse, validationHook } from './middleware/problem';
import { READ_POLICIES } from './cache/policy';
import { publicRead } from './middleware/public-read';
import { readCache } from './middleware/read-cache';
import { finishUnreadBody } from './middleware/unread-body';
import { ProjectListQuery } from './schemas/projects';
import { WishListQuery } from './schemas/wishes';
import { consoleRoutes } from './pages/console';
import { pageRoutes } from './pages';
import { withIcpFooter } from './pages/icp-footer';
import { adminRoutes } from './routes/admin';
import { campaignRoutes } from './routes/campaigns';
import { registerDocs } from './routes/docs';
import { disclosureRoutes } from './routes/disclosure';
import { donorRoutes } from './routes/donor';
import { donationRoutes } from './routes/donations';
import { lunchRoutes } from './routes/lunch';
import { orgRoutes } from './routes/orgs';
import { paymentRoutes } from './routes/payments';
import { projectRoutes } from './routes/projects';
import { sponsorshipRoutes } from './routes/sponsorships';
import { statsRoutes } from './routes/stats';
import { wishRoutes } from './routes/wishes';

/** `req` as the asset store should see it: the same method, URL and headers, never a body. */
function withoutBody(req: Request): Request {
  if (!req.body) return req;
  const headers = new Headers(req.headers);
  headers.delete('Content-Length');
  headers.delete('Transfer-Encoding');
  return new Request(req.url, { method: req.method, headers });
}

export function createApp() {
  const app = new OpenAPIHono<Env>({ defaultHook: validationHook });
  app.onError(onError);
  app.use('*', finishUnreadBody());

  // The read cache refreshes a stale entry by asking the app itself, in the background.
  app.use('*', async (c, next) => {
    c.set('selfFetch', async (req) => app.fetch(req, c.env, c.executionCtx));
    await next();
  });

  // Public reads: CORS on each read path, then the read cache with each resource's policy.
  app.use('/api/v1/orgs/*', publicRead());
  app.use('/api/v1/projects/*', publicRead());
  app.use('/api/v1/campaigns/:id', publicRead());
  app.use('/api/v1/lunch/:school', publicRead());
  app.use('/api/v1/orgs/:org', readCache(READ_POLICIES.org));
  app.use('/api/v1/orgs/:org/projects', readCache(READ_POLICIES.orgList('orgProjects', '/projects', ProjectListQuery)));
  app.use('/api/v1/orgs/:org/wishes', readCache(READ_POLICIES.orgList('orgWishes', '/wishes', WishListQuery)));
  app.use('/api/v1/orgs/:org/stats', readCache(READ_POLICIES.orgStats));
  app.use('/api/v1/projects/:id', readCache(READ_POLICIES.project));
  app.use('/api/v1/campaigns/:id', readCache(READ_POLICIES.campaign));
  app.use('/api/v1/lunch/:school', readCache(READ_POLICIES.school));

  app
    .route('/api/v1', orgRoutes)
    .route('/api/v1', projectRoutes)
    .route('/api/v1', campaignRoutes)
    .route('/api/v1', donationRoutes)
    .route('/api/v1', lunchRoutes)
    .route('/api/v1', sponsorshipRoutes)
    .route('/api/v1', statsRoutes)
    .route('/api/v1', disclosureRoutes)
    .route('/api/v1', donorRoutes)
    .route('/api/v1', wishRoutes)
    .route('/api/v1', paymentRoutes)
    .route('/api/v1', adminRoutes);
  registerDocs(app);
  // Liveness, and the baseline the bench compares real routes against: no D1, no middleware. A
  // deployment missing a secret it needs answers 503 and names it (giving/donor-link.ts).
  app.get('/api/health', (c) =>
    donorLinksMisconfigured(c.env) ? c.json({ ok: false, missing: ['DONOR_LINK_SECRET'] }, 503) : c.json({ ok: true }),
  );

  // HTML the worker renders: embed frames, share pages and oEmbed; the staff console.
  app.route('/', pageRoutes).route('/', consoleRoutes);

  app.all('/api/*', (c) =>
    problemResponse(c, new ProblemError(404, 'not_found', `No API route for ${c.req.method} ${c.req.path}`)),
  );
  // The asset store answers files (405 to other methods on a file, 404 to unknown paths) and never
  // reads a body: it gets none, and finishUnreadBody reads the client's. Static pages of dist/ (the
  // demo pages and /docs/) carry the ICP footer when ICP_NUMBER is set.
  app.all('*', async (c) => withIcpFooter(await c.env.ASSETS.fetch(withoutBody(c.req.raw)), c.env.ICP_NUMBER));
  return app;
}
