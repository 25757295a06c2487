/**
 * Small API client shared by all elements: JSON reads and problem+json errors. The write
 * (forms/idempotent-post.ts) is built on `send` and loads with the forms, not with every card.
 */
import { BOOKMARK_HEADER } from '../../../common/headers.js';

/** Where the loader (embed.js) recorded its origin; chunks come from the same origin anyway. */
export const API_KEY = Symbol.for('gongyi.api');

export function defaultApi(): string {
  return ((globalThis as Record<symbol, unknown>)[API_KEY] as string | undefined) ?? new URL(import.meta.url).origin;
}

export interface ProblemField {
  path: string;
  message: string;
}

/** A failed call, shaped like the `gongyi-error` event detail. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: ProblemField[] = [],
  ) {
    super(message);
  }
}

export function apiUrl(api: string | undefined, path: string): string {
  return (api || defaultApi()).replace(/\/+$/, '') + '/api/v1' + path;
}

async function problem(res: Response): Promise<ApiError> {
  let body: { code?: string; detail?: string; title?: string; errors?: ProblemField[] } = {};
  try {
    body = await res.json();
  } catch {
    /* not JSON: keep the status only */
  }
  return new ApiError(
    res.status,
    body.code ?? (res.status >= 500 ? 'server_error' : 'http_' + res.status),
    body.detail || body.title || res.statusText || 'HTTP ' + res.status,
    Array.isArray(body.errors) ? body.errors : [],
  );
}

/**
 * Read-your-writes: a write answers with the D1 bookmark of its commit; the reads that follow it
 * (`fresh`) send it back, so the service answers from D1 at least as new as that write rather
 * than from a cache or a lagging replica. The write path (forms/idempotent-post.ts) keeps it in
 * this page-wide registry, per API base and only briefly (common/headers.ts); the cards only read it.
 */
export const BOOKMARKS = Symbol.for('gongyi.bookmarks');

/** A JSON call; `seen` gets the answer's Response when it is a success, before its body is read. */
export async function send<T>(input: string, init: RequestInit, seen?: (res: Response) => void): Promise<T> {
  let res: Response;
  try {
    res = await fetch(input, init);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network_error', (e as Error).message || 'Network error');
  }
  if (!res.ok) throw await problem(res);
  seen?.(res);
  return (await res.json()) as T;
}

export function getJson<T>(api: string | undefined, path: string, signal?: AbortSignal, fresh = false): Promise<T> {
  const base = apiUrl(api, '');
  const b = fresh && ((globalThis as Record<symbol, Map<string, string> | undefined>)[BOOKMARKS]?.get(base));
  return send<T>(base + path, {
    headers: b ? { Accept: 'application/json', [BOOKMARK_HEADER]: b } : { Accept: 'application/json' },
    ...(signal ? { signal } : {}),
    ...(fresh ? { cache: 'no-cache' as RequestCache } : {}),
  });
}

// ---- JSON shapes (from the public contract) ----

export interface Tier {
  amount: number;
  label: string;
}
export interface RecentDonation {
  name: string;
  amount: number;
  message?: string | null;
  at: string;
  anonymous?: boolean;
}
/** The licensed charity that really receives the money (募捐主体) and its filing on 慈善中国. */
export interface Recipient {
  name: string;
  /** 统一社会信用代码, 18 characters. */
  creditCode: string;
  qualification: string | null;
  /** 募捐方案备案编号. */
  filingNumber: string | null;
  filingUrl: string | null;
  platform: string | null;
  platformUrl: string | null;
  filedFrom: string | null;
  filedUntil: string | null;
}
/** One spending entry of a campaign (minor units). */
export interface Expenditure {
  date: string;
  amount: number;
  purpose: string;
  payee: string | null;
  receiptUrl: string | null;
}
/** A matching fund (配捐) running on a campaign: a company or foundation adds to each gift. */
export interface MatchFund {
  id: string;
  matcher: { name: string; logoUrl: string | null };
  /** Match per 100 given: 100 = 1:1 (each 1 元 becomes 2 元), 200 = 1:2. */
  ratioPercent: number;
  /** At most this much match per gift (minor units); null = no cap. */
  capPerGift: number | null;
  /** What the fund still holds (minor units). */
  remaining: number;
  endsAt: string;
}
export type GiftRefusal = 'campaign_closed' | 'recipient_required' | 'filing_not_current';

export interface Campaign {
  id: string;
  projectId: string;
  title: string;
  currency: string;
  goalAmount: number;
  raisedAmount: number;
  pendingAmount: number;
  donorCount: number;
  endsAt: string | null;
  status: string;
  tiers: Tier[];
  recentDonations: RecentDonation[];
  /** Null (or missing, from an older service) when no recipient is on record. */
  recipient?: Recipient | null;
  /** Only an explicit false closes giving; a service that predates the field (undefined) accepts gifts. */
  acceptsGifts?: boolean;
  /** Why acceptsGifts is false (the code a gift would get); null or missing: no reason given. */
  giftRefusal?: GiftRefusal | null;
  spentAmount?: number;
  /** raisedAmount − spentAmount; may be negative. */
  balance?: number;
  /** The latest (at most 5), newest first. */
  expenditures?: Expenditure[];
  /** What matching funds added to confirmed gifts (minor units), besides raisedAmount; missing from an older service. */
  matchedAmount?: number;
  /** The funds matching new gifts now (running, with money left). */
  matchFunds?: MatchFund[];
  /** The pledge form may offer "monthly" (月捐); missing from an older service. */
  monthlyAllowed?: boolean;
  /** Monthly plans active now. */
  monthlyDonors?: number;
}
/** How the donor pays, chosen by the organisation's (or campaign's) payment provider. */
export type Payment =
  | { method: 'offline'; reference: string; instructions?: string; qrImageUrl?: string }
  | { method: 'wechatpay'; reference: string; codeUrl: string; expiresAt: string }
  | { method: 'stripe'; reference: string; checkoutUrl: string; expiresAt: string };
export type DonationState = 'pending' | 'confirmed' | 'cancelled' | 'refunded' | 'expired';
export interface DonationResult {
  id: string;
  status: string;
  amount: number;
  currency: string;
  payment: Payment;
  /** A pledge's answer: once or monthly, and the donor's own signed page (/donor/{token}). */
  frequency?: 'once' | 'monthly';
  planId?: string;
  donorUrl?: string | null;
}
/** GET /donations/{id}: the public status of one pledge or sponsorship (no name, no contact). */
export interface DonationStatus extends DonationResult {
  campaignId: string;
  status: DonationState;
}
export interface ProjectUpdate {
  date: string;
  title: string;
  body?: string | null;
  state: 'done' | 'doing' | 'planned';
}
export interface Project {
  id: string;
  orgId: string;
  orgName: string;
  title: string;
  summary: string;
  body?: string | null;
  coverUrl?: string | null;
  category: string;
  location?: string | null;
  beneficiaries?: string | null;
  status: string;
  links: { title: string; url: string }[];
  updates: ProjectUpdate[];
  campaignId?: string | null;
}
