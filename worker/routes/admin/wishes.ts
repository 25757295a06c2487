// Admin: micro-wishes entered by staff, with the claimer's private contact; release a claim (back
// to open, with a reason) and mark a wish fulfilled with a thank-you. Status moves are conditional
// UPDATEs, and the wishes_guard_status trigger refuses any move the board does not know.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { decodeCursor, page } from '../../db/cursor';
import { patchStatement } from '../../db/patch';
import { requireOrg } from '../../db/queries';
import { adminClaimJson, adminWishJson, requireWish, WISH_SELECT, type ClaimRow, type WishWithClaimRow } from '../../db/wishes';
import type { Env } from '../../env';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { nowIso } from '../../lib/time';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import {
  AdminWishDetailSchema, AdminWishFilter, AdminWishPageSchema, AdminWishSchema, STAFF_WISH_STATUSES, WishCreate, WishFulfil,
  WishPatch, WishRelease,
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
  /invalid_wish_transition/.test(e instanceof Error ? `${e.message} ${e.cause instanceof Error ? e.cause.message : ''}` : String(e));

adminWishRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/wishes', tags, security: ADMIN_SECURITY, summary: 'Enter a wish collected from a resident (open)',
    request: { body: jsonBody(WishCreate) },
    responses: { 201: jsonOk(AdminWishSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    assertOrgAccess(c, b.orgId);
    const id = b.id ?? newId('wi');
    if (await c.env.DB.prepare('SELECT 1 FROM wishes WHERE id = ?').bind(id).first()) {
      throw new ProblemError(409, 'already_exists', `Wish "${id}" already exists`);
    }
    await c.env.DB.prepare(
      `INSERT INTO wishes (id, org_id, title, story, category, wisher_name, community, value_amount, currency, photo_url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
      .bind(id, b.orgId, b.title, b.story ?? '', b.category, b.wisherName, b.community ?? null, b.value ?? null, b.currency, b.photoUrl ?? null)
      .run();
    return c.json(adminWishJson(await requireWish(c.env.DB, id)), 201);
  },
);

adminWishRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/wishes', tags, security: ADMIN_SECURITY, summary: 'List wishes, newest first, with claimers’ contacts',
    request: { query: AdminWishFilter },
    responses: { 200: jsonOk(AdminWishPageSchema, 'Wishes'), ...problems(400, 401, 403) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const where: string[] = [];
    const args: unknown[] = [];
    const org = scopeOrg(c, q.orgId);
    if (org) (where.push('w.org_id = ?'), args.push(org));
    if (q.status) (where.push('w.status = ?'), args.push(q.status));
    if (q.category) (where.push('w.category = ?'), args.push(q.category));
    const after = decodeCursor(q.cursor);
    if (after) (where.push('(w.created_at < ? OR (w.created_at = ? AND w.id < ?))'), args.push(after.createdAt, after.createdAt, after.id));
    const { results } = await c.env.DB.prepare(
      `${WISH_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY w.created_at DESC, w.id DESC LIMIT ?`,
    )
      .bind(...args, q.limit + 1)
      .all<WishWithClaimRow>();
    const { items, nextCursor } = page(results, q.limit);
    return c.json({ items: items.map(adminWishJson), nextCursor }, 200);
  },
);

adminWishRoutes.openapi(
  createRoute({
    method: 'get', path: '/admin/wishes/{id}', tags, security: ADMIN_SECURITY, summary: 'A wish with every claim (released ones too)',
    request: { params: idParam('id') },
    responses: { 200: jsonOk(AdminWishDetailSchema, 'The wish'), ...problems(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const wish = await requireOwnWish(c, id);
    const { results } = await c.env.DB.prepare('SELECT * FROM wish_claims WHERE wish_id = ? ORDER BY created_at, id').bind(id).all<ClaimRow>();
    return c.json({ ...adminWishJson(wish), claims: results.map(adminClaimJson) }, 200);
  },
);

adminWishRoutes.openapi(
  createRoute({
    method: 'patch', path: '/admin/wishes/{id}', tags, security: ADMIN_SECURITY,
    summary: 'Edit a wish; `status` may only move an unclaimed wish between open, withdrawn and expired',
    request: { params: idParam('id'), body: jsonBody(WishPatch) },
    responses: { 200: jsonOk(AdminWishSchema, 'Updated'), ...problems(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const wish = await requireOwnWish(c, id);
    if (body.status && body.status !== wish.status && !(STAFF_WISH_STATUSES as readonly string[]).includes(wish.status)) {
      throw invalidTransition(`The wish is ${wish.status}: release the claim first, or it is already fulfilled`);
    }
    const stmt = patchStatement(c.env.DB, 'wishes', id, body, {
      title: { column: 'title' }, story: { column: 'story' }, category: { column: 'category' }, wisherName: { column: 'wisher_name' },
      community: { column: 'community' }, value: { column: 'value_amount' }, currency: { column: 'currency' },
      photoUrl: { column: 'photo_url' }, status: { column: 'status' },
    });
    try {
      if (stmt) await stmt.run();
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
    method: 'post', path: '/admin/wishes/{id}/release', tags, security: ADMIN_SECURITY,
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
    const [moved] = await db.batch([
      db.prepare(`UPDATE wishes SET status = 'open', claim_id = NULL, updated_at = ? WHERE id = ? AND status = 'claimed'`).bind(now, id),
      db.prepare(`UPDATE wish_claims SET status = 'released', release_reason = ?, released_at = ? WHERE wish_id = ? AND status = 'active'`)
        .bind(reason, now, id),
    ]);
    if (!moved?.meta.changes) throw invalidTransition(`The wish is ${wish.status}; only a claimed wish can be released`);
    return c.json(adminWishJson(await requireWish(db, id)), 200);
  },
);

adminWishRoutes.openapi(
  createRoute({
    method: 'post', path: '/admin/wishes/{id}/fulfil', tags, security: ADMIN_SECURITY,
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
    const [moved] = await db.batch([
      db.prepare(
        `UPDATE wishes SET status = 'fulfilled', fulfilled_at = ?, thanks_note = ?, thanks_photo_url = ?, updated_at = ?
          WHERE id = ? AND status = 'claimed'`,
      ).bind(b.fulfilledAt ? new Date(b.fulfilledAt).toISOString() : now, b.note, b.photoUrl ?? null, now, id),
      db.prepare(`UPDATE wish_claims SET status = 'fulfilled' WHERE wish_id = ? AND status = 'active'`).bind(id),
    ]);
    if (!moved?.meta.changes) throw invalidTransition(`The wish is ${wish.status}; only a claimed wish can be fulfilled`);
    return c.json(adminWishJson(await requireWish(db, id)), 200);
  },
);
