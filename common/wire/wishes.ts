// The micro-wish board (微心愿) as the API sends it: GET /orgs/{org}/wishes and a claim's answer
// (worker/schemas/wishes.ts; checked by test/types/wire.test-d.ts).
import type { WishCategory } from '../categories.js';
import type { PublicWishStatus } from '../statuses.js';

export interface Wish {
  id: string;
  title: string;
  story: string;
  category: WishCategory;
  /** Already masked by the server (马**). */
  wisher: string;
  community: string | null;
  /** Estimated value in minor units, or null. */
  value: number | null;
  currency: string;
  photoUrl: string | null;
  status: PublicWishStatus;
  /** The claimer's organisation, else their masked name. */
  claimedBy: string | null;
  claimedAt: string | null;
  fulfilledAt: string | null;
  /** Thank-you note once fulfilled. */
  thanks: string | null;
  thanksPhotoUrl: string | null;
}

export interface WishPage {
  items: Wish[];
  /** Wishes per status (within the category filter, if any). */
  counts: Record<PublicWishStatus, number>;
  nextCursor: string | null;
}

export interface ClaimResult {
  id: string;
  wishId: string;
  status: 'claimed';
  claimedBy: string;
  claimedAt: string;
}
