// Admin: the charities an organisation raises money for (the licensed recipients). A campaign
// names one of them (routes/admin/campaigns.ts); only one with public-fundraising qualification
// lets the campaign accept gifts (views/recipient.ts).
import { createRoute } from '@hono/zod-openapi';
import { patchStatement } from '../../db/patch';
import { requireOrg } from '../../db/queries';
import { newId } from '../../lib/ids';
import { notFound, ProblemError } from '../../lib/problem';
import { scopeOrg } from '../../middleware/admin-auth';
import { AdminRecipientSchema, RecipientCreate, RecipientPatch } from '../../schemas/accountability';
import { listOf, OrgFilter } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminRecipientRoutes = router();
const tags = ['Admin: recipients'];

type RecipientRow = {
  id: string; org_id: string; name: string; credit_code: string; qualification: string | null; website: string | null;
  created_at: string; updated_at: string;
};

const recipientJson = (r: RecipientRow) => ({
  id: r.id, orgId: r.org_id, name: r.name, creditCode: r.credit_code, qualification: r.qualification, website: r.website,
  createdAt: r.created_at, updatedAt: r.updated_at,
});

async function requireRecipient(db: D1Database, id: string): Promise<RecipientRow> {
  const row = await db.prepare('SELECT * FROM recipients WHERE id = ?').bind(id).first<RecipientRow>();
  if (!row) throw notFound('Recipient', id);
  return row;
}

adminRecipientRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/recipients', tags, security: ADMIN_SECURITY, summary: 'Add a recipient charity',
    request: { body: jsonBody(RecipientCreate) },
    responses: { 201: jsonOk(AdminRecipientSchema, 'Added'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    const id = b.id ?? newId('rc');
    if (await c.env.DB.prepare('SELECT 1 FROM recipients WHERE id = ?').bind(id).first()) {
      throw new ProblemError(409, 'already_exists', `Recipient "${id}" already exists`);
    }
    await c.env.DB.prepare('INSERT INTO recipients (id, org_id, name, credit_code, qualification, website) VALUES (?, ?, ?, ?, ?, ?)')
      .bind(id, b.orgId, b.name, b.creditCode, b.qualification ?? null, b.website ?? null)
      .run();
    return c.json(recipientJson(await requireRecipient(c.env.DB, id)), 201);
  },
);

adminRecipientRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/recipients', tags, security: ADMIN_SECURITY, summary: 'List recipient charities',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(AdminRecipientSchema, 'AdminRecipientList'), 'Recipients'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    const stmt = org
      ? c.env.DB.prepare('SELECT * FROM recipients WHERE org_id = ? ORDER BY name, id').bind(org)
      : c.env.DB.prepare('SELECT * FROM recipients ORDER BY org_id, name, id');
    return c.json({ items: (await stmt.all<RecipientRow>()).results.map(recipientJson) }, 200);
  },
);

adminRecipientRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/recipients/{id}', tags, security: ADMIN_SECURITY, summary: 'Update a recipient charity',
    request: { params: idParam('id'), body: jsonBody(RecipientPatch) },
    responses: { 200: jsonOk(AdminRecipientSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const stmt = patchStatement(c.env.DB, 'recipients', id, c.req.valid('json'), {
      name: { column: 'name' }, creditCode: { column: 'credit_code' }, qualification: { column: 'qualification' }, website: { column: 'website' },
    });
    if (stmt) await stmt.run();
    return c.json(recipientJson(await requireRecipient(c.env.DB, id)), 200);
  },
);
