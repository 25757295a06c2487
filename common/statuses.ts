// The states the API answers with and the widgets and the console branch on. A new state is
// added here, and the compiler then shows every `switch` and every catalog that must learn it.

/**
 * `[...a, ...b]` as a call a bundler may drop when nobody uses the result: a bare spread might run
 * an iterator, so a widget importing one list from here would carry the others' spreads.
 */
const plus = <const A extends readonly string[], const B extends readonly string[]>(
  a: A,
  ...b: B
): readonly [...A, ...B] => [...a, ...b];

export const PROJECT_STATUSES = ['planned', 'in_progress', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** A project update's (timeline entry's) state. */
export const UPDATE_STATES = ['done', 'doing', 'planned'] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const DONATION_STATUSES = ['pending', 'confirmed', 'cancelled', 'refunded'] as const;
export type DonationStatus = (typeof DONATION_STATUSES)[number];
/** What staff see: a renewal that arrived when its campaign took no gifts is needs_refund until refunded. */
export const STAFF_DONATION_STATUSES = /* @__PURE__ */ plus(DONATION_STATUSES, 'needs_refund');
export type StaffDonationStatus = (typeof STAFF_DONATION_STATUSES)[number];
/** What a donor's page polls (GET /donations/{id}): an online payment's window may also close unpaid. */
export const PUBLIC_DONATION_STATES = /* @__PURE__ */ plus(DONATION_STATUSES, 'expired');
export type PublicDonationState = (typeof PUBLIC_DONATION_STATES)[number];

/** Shown on the public board. */
export const PUBLIC_WISH_STATUSES = ['open', 'claimed', 'fulfilled'] as const;
export type PublicWishStatus = (typeof PUBLIC_WISH_STATUSES)[number];
export const WISH_STATUSES = /* @__PURE__ */ plus(PUBLIC_WISH_STATUSES, 'withdrawn', 'expired');
export type WishStatus = (typeof WISH_STATUSES)[number];
/** What staff may set directly (claimed/fulfilled only come from a claim and from /fulfil). */
export const STAFF_WISH_STATUSES = ['open', 'withdrawn', 'expired'] as const;
/** A claim on a wish: active until staff release it (the wish opens again) or the wish is fulfilled. */
export const CLAIM_STATUSES = ['active', 'released', 'fulfilled'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
