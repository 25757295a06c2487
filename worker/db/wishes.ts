// Wish rows (as stored), their public and staff JSON views, and the lookups both APIs share.
import { maskName, saysSomething, scrubContacts } from '../lib/mask';
import { notFound } from '../lib/problem';
import type { AdminClaimSchema, AdminWishSchema, PublicWishSchema } from '../schemas/wishes';
import type { z } from '@hono/zod-openapi';

export type WishRow = {
  id: string; org_id: string; title: string; story: string; category: z.infer<typeof PublicWishSchema>['category'];
  wisher_name: string; community: string | null; value_amount: number | null; currency: string; photo_url: string | null;
  status: z.infer<typeof AdminWishSchema>['status']; claim_id: string | null; fulfilled_at: string | null;
  thanks_note: string | null; thanks_photo_url: string | null; created_at: string; updated_at: string;
};

export type ClaimRow = {
  id: string; wish_id: string; name: string; organisation: string | null; contact: string;
  status: z.infer<typeof AdminClaimSchema>['status']; release_reason: string | null; released_at: string | null; created_at: string;
};

/** A wish with its current claim's columns (LEFT JOIN, so null when unclaimed). */
export type WishWithClaimRow = WishRow & {
  c_id: string | null; c_name: string | null; c_organisation: string | null; c_contact: string | null;
  c_status: ClaimRow['status'] | null; c_release_reason: string | null; c_released_at: string | null; c_created_at: string | null;
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
  id: c.id, name: c.name, organisation: c.organisation, contact: c.contact, status: c.status,
  releaseReason: c.release_reason, releasedAt: c.released_at, createdAt: c.created_at,
});

export const adminWishJson = (r: WishWithClaimRow): z.infer<typeof AdminWishSchema> => ({
  id: r.id, orgId: r.org_id, title: r.title, story: r.story, category: r.category, wisherName: r.wisher_name,
  community: r.community, value: r.value_amount, currency: r.currency, photoUrl: r.photo_url, status: r.status,
  claim: r.c_id
    ? adminClaimJson({
        id: r.c_id, wish_id: r.id, name: r.c_name ?? '', organisation: r.c_organisation, contact: r.c_contact ?? '',
        status: r.c_status ?? 'active', release_reason: r.c_release_reason, released_at: r.c_released_at, created_at: r.c_created_at ?? '',
      })
    : null,
  fulfilledAt: r.fulfilled_at, thanks: r.thanks_note, thanksPhotoUrl: r.thanks_photo_url, createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function requireWish(db: D1Database, id: string): Promise<WishWithClaimRow> {
  const row = await db.prepare(`${WISH_SELECT} WHERE w.id = ?`).bind(id).first<WishWithClaimRow>();
  if (!row) throw notFound('Wish', id);
  return row;
}
