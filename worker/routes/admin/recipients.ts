// Admin: the charities an organisation raises money for (the licensed recipients). A campaign
// names one of them (routes/admin/campaigns.ts); only one with public-fundraising qualification
// lets the campaign accept gifts (giving/recipient.ts).
import { createRoute } from '@hono/zod-openapi';
import { idTaken } from '../../db/id-taken';
import { requireOrg } from '../../db/queries';
import {
  insertRecipient,
  listRecipients,
  requireRecipient,
  updateRecipient,
  type RecipientRow,
} from '../../db/recipients';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { scopeOrg } from '../../middleware/admin-auth';
import { AdminRecipientSchema, RecipientCreate, RecipientPatch } from '../../schemas/accountability';
import { listOf, OrgFilter } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminRecipientRoutes = router();
const tags = ['Admin: recipients'];

const recipientJson = (r: RecipientRow) => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  creditCode: r.credit_code,
  qualification: r.qualification,
  website: r.website,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

adminRecipientRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/recipients',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Add a recipient charity',
    request: { body: jsonBody(RecipientCreate) },
    responses: { 201: jsonOk(AdminRecipientSchema, 'Added'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    const id = b.id ?? newId('rc');
    if (await idTaken(c.env.DB, 'recipients', id)) {
      throw new ProblemError(409, 'already_exists', `Recipient "${id}" already exists`);
    }
    await insertRecipient(c.env.DB, id, b);
    return c.json(recipientJson(await requireRecipient(c.env.DB, id)), 201);
  },
);

adminRecipientRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/recipients',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List recipient charities',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(AdminRecipientSchema, 'AdminRecipientList'), 'Recipients'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    return c.json({ items: (await listRecipients(c.env.DB, org)).map(recipientJson) }, 200);
  },
);

adminRecipientRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/recipients/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Update a recipient charity',
    request: { params: idParam('id'), body: jsonBody(RecipientPatch) },
    responses: { 200: jsonOk(AdminRecipientSchema, 'Updated'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await updateRecipient(c.env.DB, id, c.req.valid('json'));
    return c.json(recipientJson(await requireRecipient(c.env.DB, id)), 200);
  },
);
