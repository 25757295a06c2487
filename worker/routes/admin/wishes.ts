// Admin: micro-wishes entered by staff, with the claimer's private contact; release a claim (back
// to open, with a reason) and mark a wish fulfilled with a thank-you. Status moves are conditional
// UPDATEs, and the wishes_guard_status trigger refuses any move the board does not know.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { decodeCursor, page } from '../../db/cursor';
import { idTaken } from '../../db/id-taken';
import { requireOrg } from '../../db/queries';
import {
  adminClaimJson,
  adminWishJson,
  claimsOf,
  fulfilWish,
  insertWish,
  listWishes,
  releaseWish,
  requireWish,
  updateWish,
} from '../../db/wishes';
import type { Env } from '../../env';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { nowIso } from '../../lib/time';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import {
  AdminWishDetailSchema,
  AdminWishFilter,
  AdminWishPageSchema,
  AdminWishSchema,
  STAFF_WISH_STATUSES,
  WishCreate,
  WishFulfil,
  WishPatch,
  WishRelease,
} from '../../schemas/wishes';
import { ADMIN_SECURITY, router } from '../factory';

export const adminWishRoutes = router();

/** The wish, if this token may act on its organisation (404 unknown, 403 another organisation's). */
async function requireOwnWish(c: Context<Env>, id: string) {
  const wish = await requireWish(c.env.DB, id);
  assertOrgAccess(c, wish.org_id);
  return wish;
}
const tags = ['Admin: wishes'];

const invalidTransition = (detail: string) => new ProblemError(409, 'invalid_transition', detail);
const isGuardRefusal = (e: unknown) =>
  /invalid_wish_transition/.test(
    e instanceof Error ? `${e.message} ${e.cause instanceof Error ? e.cause.message : ''}` : String(e),
  );

adminWishRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/wishes',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Enter a wish collected from a resident (open)',
    request: { body: jsonBody(WishCreate) },
    responses: { 201: jsonOk(AdminWishSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    assertOrgAccess(c, b.orgId);
    const id = b.id ?? newId('wi');
    if (await idTaken(c.env.DB, 'wishes', id)) {
      throw new ProblemError(409, 'already_exists', `Wish "${id}" already exists`);
    }
    await insertWish(c.env.DB, id, b);
    return c.json(adminWishJson(await requireWish(c.env.DB, id)), 201);
  },
);

adminWishRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/wishes',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List wishes, newest first, with claimers’ contacts',
    request: { query: AdminWishFilter },
    responses: { 200: jsonOk(AdminWishPageSchema, 'Wishes'), ...problems(400, 401, 403) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const org = scopeOrg(c, q.orgId);
    const after = decodeCursor(q.cursor);
    const results = await listWishes(c.env.DB, { org, status: q.status, category: q.category, after }, q.limit);
    const { items, nextCursor } = page(results, q.limit);
    return c.json({ items: items.map(adminWishJson), nextCursor }, 200);
  },
);

adminWishRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/wishes/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'A wish with every claim (released ones too)',
    request: { params: idParam('id') },
    responses: { 200: jsonOk(AdminWishDetailSchema, 'The wish'), ...problems(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const wish = await requireOwnWish(c, id);
    return c.json({ ...adminWishJson(wish), claims: (await claimsOf(c.env.DB, id)).map(adminClaimJson) }, 200);
  },
);

adminWishRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/admin/wishes/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Edit a wish; `status` may only move an unclaimed wish between open, withdrawn and expired',
    request: { params: idParam('id'), body: jsonBody(WishPatch) },
    responses: { 200: jsonOk(AdminWishSchema, 'Updated'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const wish = await requireOwnWish(c, id);
    if (
      body.status &&
      body.status !== wish.status &&
      !(STAFF_WISH_STATUSES as readonly string[]).includes(wish.status)
    ) {
      throw invalidTransition(`The wish is ${wish.status}: release the claim first, or it is already fulfilled`);
    }
    try {
      await updateWish(c.env.DB, id, body);
    } catch (e) {
      // A claim that arrived between our read and this write: the trigger keeps the claim.
      if (isGuardRefusal(e)) throw invalidTransition('The wish was claimed meanwhile');
      throw e;
    }
    return c.json(adminWishJson(await requireWish(c.env.DB, id)), 200);
  },
);

adminWishRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/wishes/{id}/release',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Release the claim on a claimed wish (back to open), with a reason',
    request: { params: idParam('id'), body: jsonBody(WishRelease) },
    responses: { 200: jsonOk(AdminWishSchema, 'Open again'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const wish = await requireOwnWish(c, id);
    const db = c.env.DB;
    const now = nowIso();
    // Both conditional on the claimed state, in one transaction: either both move or neither does.
    const [moved] = await db.batch(releaseWish(db, id, reason, now));
    if (!moved?.meta.changes)
      throw invalidTransition(`The wish is ${wish.status}; only a claimed wish can be released`);
    return c.json(adminWishJson(await requireWish(db, id)), 200);
  },
);

adminWishRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/wishes/{id}/fulfil',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Mark a claimed wish fulfilled, with a thank-you note and photo',
    request: { params: idParam('id'), body: jsonBody(WishFulfil) },
    responses: { 200: jsonOk(AdminWishSchema, 'Fulfilled'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const wish = await requireOwnWish(c, id);
    const db = c.env.DB;
    const now = nowIso();
    const thanks = {
      fulfilledAt: b.fulfilledAt ? new Date(b.fulfilledAt).toISOString() : now,
      note: b.note,
      photoUrl: b.photoUrl ?? null,
    };
    const [moved] = await db.batch(fulfilWish(db, id, thanks, now));
    if (!moved?.meta.changes)
      throw invalidTransition(`The wish is ${wish.status}; only a claimed wish can be fulfilled`);
    return c.json(adminWishJson(await requireWish(db, id)), 200);
  },
);
