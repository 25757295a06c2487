// GET /admin/session: who the token is (super-admin or one organisation, its role and label) and
// which admin routes it may call (from the access table), so the console shows only what works.
import { createRoute } from '@hono/zod-openapi';
import { requireOrg } from '../../db/queries';
import { jsonOk, problems } from '../../schemas/common';
import { AdminSessionSchema } from '../../schemas/admin';
import { ADMIN_SECURITY, router } from '../factory';
import { ADMIN_RULES, allows } from './access';

const ruleKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

export const adminSessionRoutes = router();

adminSessionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/session',
    tags: ['Admin: session'],
    security: ADMIN_SECURITY,
    summary: 'Who this token is: the super-admin, or one organisation',
    responses: { 200: jsonOk(AdminSessionSchema, 'Session'), ...problems(401) },
  }),
  async (c) => {
    const p = c.get('principal');
    if (p.kind === 'super') return c.json({ kind: 'super' as const, allowed: ADMIN_RULES.map(ruleKey) }, 200);
    const org = await requireOrg(c.env.DB, p.orgId);
    const allowed = ADMIN_RULES.filter((r) => allows(r.need, p.role)).map(ruleKey);
    return c.json(
      {
        kind: 'org' as const,
        orgId: org.id,
        orgName: org.name,
        tokenId: p.tokenId,
        label: p.label,
        role: p.role,
        allowed,
      },
      200,
    );
  },
);
