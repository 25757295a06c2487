// GET /admin/session: who the token is (super-admin or one organisation), for the staff console.
import { createRoute, z } from '@hono/zod-openapi';
import { requireOrg } from '../../db/queries';
import { jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminSessionRoutes = router();

const SessionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('super') }),
    z.object({ kind: z.literal('org'), orgId: z.string(), orgName: z.string() }),
  ])
  .openapi('AdminSession');

adminSessionRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/session', tags: ['Admin: session'], security: ADMIN_SECURITY,
    summary: 'Who this token is: the super-admin, or one organisation',
    responses: { 200: jsonOk(SessionSchema, 'Session'), ...problems(401) },
  }),
  async (c) => {
    const p = c.get('principal');
    if (p.kind === 'super') return c.json({ kind: 'super' as const }, 200);
    const org = await requireOrg(c.env.DB, p.orgId);
    return c.json({ kind: 'org' as const, orgId: org.id, orgName: org.name }, 200);
  },
);
