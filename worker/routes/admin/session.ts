// GET /admin/session: who the token is (super-admin or one organisation, its role and label) and
// which admin routes it may call (from the access table), so the console shows only what works.
import { createRoute, z } from '@hono/zod-openapi';
import { requireOrg } from '../../db/queries';
import { jsonOk, problems } from '../../schemas/common';
import { TOKEN_ROLES } from '../../schemas/admin';
import { ADMIN_SECURITY, router } from '../factory';
import { ADMIN_RULES, allows } from './access';

const ruleKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
const Allowed = z
  .array(z.string())
  .openapi({ description: 'The admin routes this token may call, e.g. "POST /admin/donations/:id/confirm"' });

export const adminSessionRoutes = router();

const SessionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('super'), allowed: Allowed }),
    z.object({
      kind: z.literal('org'),
      orgId: z.string(),
      orgName: z.string(),
      tokenId: z.string(),
      label: z.string().nullable(),
      role: z.enum(TOKEN_ROLES),
      allowed: Allowed,
    }),
  ])
  .openapi('AdminSession');

adminSessionRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/session',
    tags: ['Admin: session'],
    security: ADMIN_SECURITY,
    summary: 'Who this token is: the super-admin, or one organisation',
    responses: { 200: jsonOk(SessionSchema, 'Session'), ...problems(401) },
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
