/**
 * Small API client shared by all elements: JSON reads and problem+json errors. The write
 * (forms/idempotent-post.ts) is built on `send` and loads with the forms, not with every card.
 */
import { BOOKMARK_HEADER } from '../../../common/headers.js';
import type { PublicDonationState as DonationState } from '../../../common/statuses.js';
import type { Campaign as CampaignWire } from '../../../common/wire/campaign.js';
import type { FieldError, Problem } from '../../../common/wire/problem.js';

/** Where the loader (embed.js) recorded its origin; chunks come from the same origin anyway. */
export const API_KEY = Symbol.for('gongyi.api');

export function defaultApi(): string {
  return ((globalThis as Record<symbol, unknown>)[API_KEY] as string | undefined) ?? new URL(import.meta.url).origin;
}

/** A failed call, shaped like the `gongyi-error` event detail. */
export class ApiError extends Error {
  // Declared and assigned, not parameter properties: no class fields emitted in every first paint.
  declare readonly status: number;
  declare readonly code: string;
  declare readonly errors: FieldError[];
  constructor(status: number, code: string, message: string, errors: FieldError[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

export function apiUrl(api: string | undefined, path: string): string {
  return (api || defaultApi()).replace(/\/+$/, '') + '/api/v1' + path;
}

async function problem(res: Response): Promise<ApiError> {
  let body: Partial<Problem> = {};
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
  const b = fresh && (globalThis as Record<symbol, Map<string, string> | undefined>)[BOOKMARKS]?.get(base);
  return send<T>(base + path, {
    headers: b ? { Accept: 'application/json', [BOOKMARK_HEADER]: b } : { Accept: 'application/json' },
    ...(signal ? { signal } : {}),
    ...(fresh ? { cache: 'no-cache' as RequestCache } : {}),
  });
}

// ---- JSON shapes: the public answers are common/wire's (the worker's schemas are checked
// against them by test/types/wire.test-d.ts); here only how the widgets read them. ----

export type {
  Expenditure,
  MatchFund,
  PublicDonation as RecentDonation,
  Recipient,
  Tier,
} from '../../../common/wire/campaign.js';
export type { GiftRefusal } from '../../../common/gift-refusals.js';

/**
 * A wire type as a widget reads it: fields a service older than the widget may not send yet are
 * optional, so the widget keeps working against it (it treats a missing field as "not on record").
 */
export type OlderService<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/**
 * GET /campaigns/{id}. Only an explicit acceptsGifts false closes giving; a missing recipient or
 * gift refusal means none on record; missing money-flow, matching and monthly fields hide those parts.
 */
export type Campaign = OlderService<
  CampaignWire,
  | 'recipient'
  | 'acceptsGifts'
  | 'giftRefusal'
  | 'spentAmount'
  | 'balance'
  | 'expenditures'
  | 'matchedAmount'
  | 'matchFunds'
  | 'monthlyAllowed'
  | 'monthlyDonors'
>;

/** How the donor pays, chosen by the organisation's (or campaign's) payment provider. */
export type Payment =
  | { method: 'offline'; reference: string; instructions?: string; qrImageUrl?: string }
  | { method: 'wechatpay'; reference: string; codeUrl: string; expiresAt: string }
  | { method: 'stripe'; reference: string; checkoutUrl: string; expiresAt: string };
export type { DonationState };
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
export type { Project, ProjectUpdate } from '../../../common/wire/project.js';
