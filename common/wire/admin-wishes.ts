// The micro-wish board (微心愿) as staff see it (worker/schemas/wishes.ts, held to these types by
// test/types/wire.test-d.ts): the wisher's full name and the claimer's contact, which the public
// board never shows. Money is integer minor units.
import type { WishCategory } from '../categories.js';
import type { ClaimStatus, WishStatus } from '../statuses.js';

/** A claim on a wish (AdminClaimSchema), with the claimer's contact to arrange the visit. */
export interface AdminWishClaim {
  id: string;
  name: string;
  organisation: string | null;
  contact: string;
  status: ClaimStatus;
  /** Why staff released it (the claimer could not be reached, …). */
  releaseReason: string | null;
  releasedAt: string | null;
  createdAt: string;
}

/** A wish (AdminWishSchema): what the list, a create, an edit, a release and a fulfilment answer. */
export interface AdminWish {
  id: string;
  orgId: string;
  title: string;
  story: string;
  category: WishCategory;
  /** In full: the public board masks it (马**). */
  wisherName: string;
  community: string | null;
  /** Estimated value, or null. */
  value: number | null;
  currency: string;
  photoUrl: string | null;
  status: WishStatus;
  /** The claim holding (or that fulfilled) the wish. */
  claim: AdminWishClaim | null;
  fulfilledAt: string | null;
  /** Thank-you note once fulfilled. */
  thanks: string | null;
  thanksPhotoUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /admin/wishes/{id} (AdminWishDetailSchema). */
export interface AdminWishDetail extends AdminWish {
  /** Every claim, released ones included, oldest first. */
  claims: AdminWishClaim[];
}

/** GET /admin/wishes (AdminWishPageSchema). */
export interface AdminWishPage {
  items: AdminWish[];
  nextCursor: string | null;
}
