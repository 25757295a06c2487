/** JSON shapes of the micro-wish API (public contract) and its key lists. */
export type WishCategory = 'necessities' | 'study' | 'culture' | 'policy' | 'employment' | 'other';
export type WishStatus = 'open' | 'claimed' | 'fulfilled';

export const WISH_CATEGORIES: readonly WishCategory[] = ['necessities', 'study', 'culture', 'policy', 'employment', 'other'];
export const WISH_STATUSES: readonly WishStatus[] = ['open', 'claimed', 'fulfilled'];

export interface Wish {
  id: string;
  title: string;
  story: string;
  category: WishCategory;
  /** Already masked by the server (马**). */
  wisher: string;
  community: string | null;
  value: number | null;
  currency: string;
  photoUrl: string | null;
  status: WishStatus;
  claimedBy: string | null;
  claimedAt: string | null;
  fulfilledAt: string | null;
  thanks: string | null;
  thanksPhotoUrl: string | null;
}

export interface WishPage {
  items: Wish[];
  counts: Record<WishStatus, number>;
  nextCursor: string | null;
}

export interface ClaimResult {
  id: string;
  wishId: string;
  status: 'claimed';
  claimedBy: string;
  claimedAt: string;
}
