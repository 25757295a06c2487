// Micro-wish (微心愿) request/response schemas: the public board, public claims, and staff's views.
import { z } from '@hono/zod-openapi';
import { Currency, Cursor, IsoDateTime, Limit, Money, Slug, Url } from './common';

import { WISH_CATEGORIES } from '../../common/categories';
import { CLAIM_STATUSES, PUBLIC_WISH_STATUSES, STAFF_WISH_STATUSES, WISH_STATUSES } from '../../common/statuses';

export { PUBLIC_WISH_STATUSES, STAFF_WISH_STATUSES, WISH_CATEGORIES, WISH_STATUSES };

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();

export const PublicWishSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    story: z.string(),
    category: z.enum(WISH_CATEGORIES),
    wisher: z.string().openapi({ description: 'Masked: 马**', example: '马**' }),
    community: z.string().nullable(),
    value: z.number().int().nullable().openapi({ description: 'Estimated value in minor units (fen), or null' }),
    currency: z.string(),
    photoUrl: z.string().nullable(),
    status: z.enum(PUBLIC_WISH_STATUSES),
    claimedBy: z
      .string()
      .nullable()
      .openapi({ description: "Claimer's organisation, else their masked name", example: '兴化广播电视台' }),
    claimedAt: z.string().nullable(),
    fulfilledAt: z.string().nullable(),
    thanks: z.string().nullable().openapi({ description: 'Thank-you note once fulfilled' }),
    thanksPhotoUrl: z.string().nullable(),
  })
  .openapi('Wish');

export const WishCountsSchema = z
  .object({ open: z.number().int(), claimed: z.number().int(), fulfilled: z.number().int() })
  .openapi('WishCounts', { description: 'Wishes per status (within the category filter, if any)' });

export const WishPageSchema = z
  .object({ items: z.array(PublicWishSchema), counts: WishCountsSchema, nextCursor: z.string().nullable() })
  .openapi('WishPage');

export const WishListQuery = z.object({
  status: z.enum(PUBLIC_WISH_STATUSES).optional(),
  category: z.enum(WISH_CATEGORIES).optional(),
  limit: Limit,
  cursor: Cursor,
});

export const ClaimInputSchema = z
  .object({
    name: text(50).openapi({ example: '宋慧蓉' }),
    organisation: z.string().trim().max(100).optional().openapi({ example: '兴化广播电视台' }),
    contact: z
      .string()
      .trim()
      .min(5)
      .max(100)
      .openapi({ description: 'Private: only staff see it', example: '13800000000' }),
  })
  .openapi('ClaimInput');

export const ClaimResultSchema = z
  .object({
    id: z.string(),
    wishId: z.string(),
    status: z.literal('claimed'),
    claimedBy: z.string(),
    claimedAt: z.string(),
  })
  .openapi('Claim');

// ── Staff ──
export const AdminClaimSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    organisation: z.string().nullable(),
    contact: z.string(),
    status: z.enum(CLAIM_STATUSES),
    releaseReason: z.string().nullable(),
    releasedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('AdminWishClaim');

export const AdminWishSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    title: z.string(),
    story: z.string(),
    category: z.enum(WISH_CATEGORIES),
    wisherName: z.string(),
    community: z.string().nullable(),
    value: z.number().int().nullable(),
    currency: z.string(),
    photoUrl: z.string().nullable(),
    status: z.enum(WISH_STATUSES),
    claim: AdminClaimSchema.nullable().openapi({
      description: 'The claim holding (or that fulfilled) the wish, with contact',
    }),
    fulfilledAt: z.string().nullable(),
    thanks: z.string().nullable(),
    thanksPhotoUrl: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('AdminWish');

export const AdminWishDetailSchema = AdminWishSchema.extend({
  claims: z.array(AdminClaimSchema).openapi({ description: 'Every claim, released ones included, oldest first' }),
}).openapi('AdminWishDetail');

export const WishCreate = z
  .object({
    id: Slug.optional(),
    orgId: z.string().min(1),
    title: text(200),
    story: z.string().trim().max(2000).optional(),
    category: z.enum(WISH_CATEGORIES),
    wisherName: text(50),
    community: optText(200),
    value: Money.nullable().optional(),
    currency: Currency.default('CNY'),
    photoUrl: Url.nullable().optional(),
  })
  .openapi('WishCreate');

export const WishPatch = WishCreate.omit({ id: true, orgId: true, currency: true })
  .extend({ currency: Currency, status: z.enum(STAFF_WISH_STATUSES) })
  .partial()
  .openapi('WishPatch');

export const WishRelease = z
  .object({ reason: text(500).openapi({ example: '认领人联系不上' }) })
  .openapi('WishRelease');

export const WishFulfil = z
  .object({
    note: text(1000).openapi({ example: '党员把防滑健步鞋送上门，并现场帮老人试穿。' }),
    photoUrl: Url.nullable().optional(),
    fulfilledAt: IsoDateTime.optional(),
  })
  .openapi('WishFulfil');

export const AdminWishFilter = z.object({
  orgId: z.string().optional(),
  status: z.enum(WISH_STATUSES).optional(),
  category: z.enum(WISH_CATEGORIES).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ type: 'integer', minimum: 1, maximum: 200, default: 50 }),
  cursor: Cursor,
});

export const AdminWishPageSchema = z
  .object({ items: z.array(AdminWishSchema), nextCursor: z.string().nullable() })
  .openapi('AdminWishPage');
