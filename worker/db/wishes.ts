// Wish rows (as stored), their public and staff JSON views, the lookups both APIs share, and the
// writes: a claim (public), staff's entries and status moves. Status moves are conditional UPDATEs,
// and the wishes_guard_status trigger refuses any move the board does not know.
import { maskName, saysSomething, scrubContacts } from '../privacy/mask';
import { notFound } from '../lib/problem';
import type { AdminClaimSchema, AdminWishSchema, PublicWishSchema, WishCreate, WishPatch } from '../schemas/wishes';
import type { z } from '@hono/zod-openapi';
import type { Keyset } from './cursor';
import { patchStatement } from './patch';

export type WishRow = {
  id: string;
  org_id: string;
  title: string;
  story: string;
  category: z.infer<typeof PublicWishSchema>['category'];
  wisher_name: string;
  community: string | null;
  value_amount: number | null;
  currency: string;
  photo_url: string | null;
  status: z.infer<typeof AdminWishSchema>['status'];
  claim_id: string | null;
  fulfilled_at: string | null;
  thanks_note: string | null;
  thanks_photo_url: string | null;
  created_at: string;
  updated_at: string;
};

export type ClaimRow = {
  id: string;
  wish_id: string;
  name: string;
  organisation: string | null;
  contact: string;
  status: z.infer<typeof AdminClaimSchema>['status'];
  release_reason: string | null;
  released_at: string | null;
  created_at: string;
};

/** A wish with its current claim's columns (LEFT JOIN, so null when unclaimed). */
export type WishWithClaimRow = WishRow & {
  c_id: string | null;
  c_name: string | null;
  c_organisation: string | null;
  c_contact: string | null;
  c_status: ClaimRow['status'] | null;
  c_release_reason: string | null;
  c_released_at: string | null;
  c_created_at: string | null;
};

export const WISH_SELECT = `SELECT w.*, c.id AS c_id, c.name AS c_name, c.organisation AS c_organisation, c.contact AS c_contact,
  c.status AS c_status, c.release_reason AS c_release_reason, c.released_at AS c_released_at, c.created_at AS c_created_at
  FROM wishes w LEFT JOIN wish_claims c ON c.id = w.claim_id`;

/**
 * How the public sees who took a wish: their organisation (contacts blanked, their own name masked
 * in it: an organisation field is not a place for a person), else their masked name.
 */
export function claimedByLabel(name: string, organisation: string | null): string {
  const org = scrubContacts(organisation?.trim(), [name]);
  return saysSomething(org) ? org : maskName(name);
}

/** The only public view of a wish: masked wisher, claimer without contact, contact-free text. */
export const publicWishJson = (r: WishWithClaimRow): z.infer<typeof PublicWishSchema> => ({
  id: r.id,
  title: r.title,
  story: scrubContacts(r.story, [r.wisher_name]) ?? '',
  category: r.category,
  wisher: maskName(r.wisher_name),
  community: r.community,
  value: r.value_amount,
  currency: r.currency,
  photoUrl: r.photo_url,
  status: r.status as z.infer<typeof PublicWishSchema>['status'],
  claimedBy: r.c_name ? claimedByLabel(r.c_name, r.c_organisation) : null,
  claimedAt: r.c_created_at,
  fulfilledAt: r.fulfilled_at,
  thanks: scrubContacts(r.thanks_note, [r.wisher_name, r.c_name]),
  thanksPhotoUrl: r.thanks_photo_url,
});

export const adminClaimJson = (c: ClaimRow): z.infer<typeof AdminClaimSchema> => ({
  id: c.id,
  name: c.name,
  organisation: c.organisation,
  contact: c.contact,
  status: c.status,
  releaseReason: c.release_reason,
  releasedAt: c.released_at,
  createdAt: c.created_at,
});

export const adminWishJson = (r: WishWithClaimRow): z.infer<typeof AdminWishSchema> => ({
  id: r.id,
  orgId: r.org_id,
  title: r.title,
  story: r.story,
  category: r.category,
  wisherName: r.wisher_name,
  community: r.community,
  value: r.value_amount,
  currency: r.currency,
  photoUrl: r.photo_url,
  status: r.status,
  claim: r.c_id
    ? adminClaimJson({
        id: r.c_id,
        wish_id: r.id,
        name: r.c_name ?? '',
        organisation: r.c_organisation,
        contact: r.c_contact ?? '',
        status: r.c_status ?? 'active',
        release_reason: r.c_release_reason,
        released_at: r.c_released_at,
        created_at: r.c_created_at ?? '',
      })
    : null,
  fulfilledAt: r.fulfilled_at,
  thanks: r.thanks_note,
  thanksPhotoUrl: r.thanks_photo_url,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function requireWish(db: D1Database, id: string): Promise<WishWithClaimRow> {
  const row = await db.prepare(`${WISH_SELECT} WHERE w.id = ?`).bind(id).first<WishWithClaimRow>();
  if (!row) throw notFound('Wish', id);
  return row;
}

export async function insertWish(db: D1Database, id: string, b: z.infer<typeof WishCreate>): Promise<void> {
  await db
    .prepare(
      `INSERT INTO wishes (id, org_id, title, story, category, wisher_name, community, value_amount, currency, photo_url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      id,
      b.orgId,
      b.title,
      b.story ?? '',
      b.category,
      b.wisherName,
      b.community ?? null,
      b.value ?? null,
      b.currency,
      b.photoUrl ?? null,
    )
    .run();
}

/** Staff's list, newest first, every status: `limit` + 1 rows, so the caller learns whether another page exists. */
export async function listWishes(
  db: D1Database,
  f: { org?: string; status?: WishRow['status']; category?: WishRow['category']; after: Keyset | null },
  limit: number,
): Promise<WishWithClaimRow[]> {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.org) {
    where.push('w.org_id = ?');
    args.push(f.org);
  }
  if (f.status) {
    where.push('w.status = ?');
    args.push(f.status);
  }
  if (f.category) {
    where.push('w.category = ?');
    args.push(f.category);
  }
  if (f.after) {
    where.push('(w.created_at < ? OR (w.created_at = ? AND w.id < ?))');
    args.push(f.after.createdAt, f.after.createdAt, f.after.id);
  }
  const { results } = await db
    .prepare(
      `${WISH_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY w.created_at DESC, w.id DESC LIMIT ?`,
    )
    .bind(...args, limit + 1)
    .all<WishWithClaimRow>();
  return results;
}

/** Every claim of a wish, released ones too, oldest first. */
export async function claimsOf(db: D1Database, wishId: string): Promise<ClaimRow[]> {
  return (
    await db.prepare('SELECT * FROM wish_claims WHERE wish_id = ? ORDER BY created_at, id').bind(wishId).all<ClaimRow>()
  ).results;
}

/** Runs the edit; the guard trigger's refusal (a claim arrived meanwhile) is thrown to the caller. */
export async function updateWish(db: D1Database, id: string, body: z.infer<typeof WishPatch>): Promise<void> {
  const stmt = patchStatement(db, 'wishes', id, body, {
    title: { column: 'title' },
    story: { column: 'story' },
    category: { column: 'category' },
    wisherName: { column: 'wisher_name' },
    community: { column: 'community' },
    value: { column: 'value_amount' },
    currency: { column: 'currency' },
    photoUrl: { column: 'photo_url' },
    status: { column: 'status' },
  });
  if (stmt) await stmt.run();
}

/**
 * Back to open, the active claim released with `reason`: both conditional on the claimed state, for
 * one batch (either both move or neither does). The first statement's changes say whether it moved.
 */
export const releaseWish = (db: D1Database, id: string, reason: string, now: string) => [
  db
    .prepare(`UPDATE wishes SET status = 'open', claim_id = NULL, updated_at = ? WHERE id = ? AND status = 'claimed'`)
    .bind(now, id),
  db
    .prepare(
      `UPDATE wish_claims SET status = 'released', release_reason = ?, released_at = ? WHERE wish_id = ? AND status = 'active'`,
    )
    .bind(reason, now, id),
];

/** Fulfilled, with the thank-you, and its claim too: for one batch, like releaseWish. */
export const fulfilWish = (
  db: D1Database,
  id: string,
  t: { fulfilledAt: string; note: string; photoUrl: string | null },
  now: string,
) => [
  db
    .prepare(
      `UPDATE wishes SET status = 'fulfilled', fulfilled_at = ?, thanks_note = ?, thanks_photo_url = ?, updated_at = ?
          WHERE id = ? AND status = 'claimed'`,
    )
    .bind(t.fulfilledAt, t.note, t.photoUrl, now, id),
  db.prepare(`UPDATE wish_claims SET status = 'fulfilled' WHERE wish_id = ? AND status = 'active'`).bind(id),
];

/**
 * A claim: one INSERT. The BEFORE trigger aborts unless the wish is still open, the AFTER trigger
 * marks it claimed (for the caller's idempotent batch).
 */
export const insertClaim = (
  db: D1Database,
  c: { id: string; wishId: string; name: string; organisation: string | null; contact: string; createdAt: string },
) =>
  db
    .prepare(
      'INSERT INTO wish_claims (id, wish_id, name, organisation, contact, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(c.id, c.wishId, c.name, c.organisation, c.contact, 'active', c.createdAt);
