// GET /orgs/{org}/disclosure?period=2026-Q4 (or 2026-12, or 2026): the organisation's public
// disclosure report, per campaign and in sums. A public read: CORS from /orgs/* (app.ts), cached
// like the other organisation reads (the policy keys it by the period as parsed).
import { createRoute } from '@hono/zod-openapi';
import { READ_POLICIES } from '../cache/policy';
import { readCache } from '../middleware/read-cache';
import { idParam, jsonOk, problems } from '../schemas/common';
import { DisclosureQuery, DisclosureSchema, parsePeriod } from '../schemas/disclosure';
import { readDisclosure } from '../read-models/disclosure';
import { router } from './factory';

export const disclosureRoutes = router();

disclosureRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/orgs/{org}/disclosure',
    tags: ['Public'],
    summary:
      'Disclosure report (资金使用公示): money in by channel, refunds, spending and balance per campaign for a quarter, month or year',
    description:
      'Days are China Standard Time (UTC+8). Money is integer minor units. No personal data. Printable: /disclosure/{org}/{period}.',
    middleware: [readCache(READ_POLICIES.disclosure)] as const,
    request: { params: idParam('org'), query: DisclosureQuery },
    responses: { 200: jsonOk(DisclosureSchema, 'The report'), ...problems(400, 404) },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    // The query schema accepted it, so it parses.
    const period = parsePeriod(c.req.valid('query').period)!;
    return c.json(await readDisclosure(c.env.DB, org, period), 200);
  },
);
