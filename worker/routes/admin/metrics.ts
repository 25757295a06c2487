// GET /admin/metrics (super-admin): this isolate's D1 statements and read-cache outcomes since it
// started. The bench reads it before and after a run to report D1 queries per request.
import { createRoute, z } from '@hono/zod-openapi';
import { keyLoads, metrics } from '../../lib/metrics';
import { jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminMetricsRoutes = router();

const Counter = z.number().int();
const MetricsSchema = z
  .object({
    d1: z.object({ statements: Counter, roundTrips: Counter }),
    cache: z.record(z.string(), Counter),
    keys: z
      .record(z.string(), z.object({ loads: Counter, statements: Counter, roundTrips: Counter }))
      .openapi({ description: 'Per read-cache key (path and query): how often it loaded from D1 and what that cost' }),
  })
  .openapi('Metrics');

adminMetricsRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/metrics',
    tags: ['Admin'],
    security: ADMIN_SECURITY,
    summary:
      "This isolate's D1 statements, read-cache outcomes (hit, stale, miss, coalesced, refresh, bypass, store, purge) and D1 loads per key",
    responses: { 200: jsonOk(MetricsSchema, 'Counters since the isolate started'), ...problems(401, 403) },
  }),
  (c) => {
    return c.json({ d1: { ...metrics.d1 }, cache: { ...metrics.cache }, keys: Object.fromEntries(keyLoads) }, 200);
  },
);
