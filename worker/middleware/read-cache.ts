// The one read-cache layer every public GET goes through (cache/ holds its parts). Per request:
//   fresh entry        → served from the cache, no D1 (304 when the client has it);
//   stale entry        → served, and one request refreshes it in waitUntil;
//   no (valid) entry   → one D1 read per key and isolate, shared by everyone waiting for it;
//   a D1 bookmark      → the client just wrote: read D1 at least at its write, refill the entry
//                        (one read per bookmark and key; the entry it made answers the rest).
// Only 200 answers of public, masked views are stored; errors are never cached.
import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../env';
import type { RequestDb } from '../db/request-db';
import { BOOKMARK_TTL_MS } from '../lib/bookmark';
import { sha256Hex } from '../lib/crypto';
import { sharedWait } from '../lib/shared-wait';
import { countCache, countLoad, type CacheOutcome } from '../lib/metrics';
import type { ReadKey, ReadPolicy } from '../cache/policy';
import { joinFlight, leadFlight } from '../cache/single-flight';
import { forget, remember, remembered } from '../cache/memory';
import { claimRefresh, isCurrent, lookup, purgedWithin, store, type Snapshot } from '../cache/store';
import { publicOrigin } from '../lib/public-origin';

/** Requests the cache makes to refresh a stale entry (never a client's). */
const refreshes = new WeakSet<Request>();

const etagMatches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch &&
  (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag));

function readKeyOf(c: Context<Env>, policy: ReadPolicy): ReadKey | null {
  try {
    return policy.key({ url: new URL(c.req.url), param: (n) => c.req.param(n) ?? '' });
  } catch {
    return null; // e.g. malformed percent-encoding: let the handler answer it
  }
}

const keyUrl = (origin: string, k: ReadKey) => {
  const q = k.query.toString();
  return `${origin}${k.path}${q ? `?${q}` : ''}`;
};

/** Answers from a snapshot: the same bytes and ETag for everyone, or 304. */
function serve(c: Context<Env>, s: Snapshot, policy: ReadPolicy, outcome: CacheOutcome, ageSeconds = 0) {
  countCache(outcome);
  const notModified = etagMatches(c.req.header('If-None-Match'), s.etag);
  const headers: Record<string, string> = {
    'Content-Type': notModified ? '' : s.contentType,
    ETag: s.etag,
    'Cache-Control': `public, max-age=${policy.fresh}, stale-while-revalidate=${policy.stale}`,
    'Cache-Tag': s.subject,
    'Gongyi-Cache': outcome,
    Age: String(Math.floor(ageSeconds)),
  };
  // Keep what outer middleware already set (CORS), replace the handler's answer (Hono would keep
  // a finalized c.res and ignore a returned one).
  const out = new Headers(c.res.headers);
  for (const [k, v] of Object.entries(headers)) {
    if (v) out.set(k, v);
    else out.delete(k);
  }
  c.res = undefined;
  c.res = new Response(notModified ? null : s.body, { status: notModified ? 304 : s.status, headers: out });
  return c.res;
}

/** The entry for `key` that no purge has overtaken: from this isolate's memory, else the Cache API. */
async function current(key: string, subject: ReadKey['subject']): Promise<Snapshot | null> {
  const mem = remembered(key);
  if (mem?.checked) return mem.snapshot;
  if (mem && (await isCurrent(mem.snapshot))) {
    remember(key, mem.snapshot);
    return mem.snapshot;
  }
  if (mem) forget(key);
  const found = await lookup(key, subject);
  if (found) remember(key, found);
  return found;
}

/** The bookmark this request's D1 session started after: one this service signed, checked in db/request-db.ts. */
const readsAfter = (c: Context<Env>) => (c.env.DB as Partial<RequestDb>).readsAfter?.() ?? null;

/** Runs the handler and turns a 200 into a snapshot (null: not cacheable, c.res stays as it is). */
async function load(
  c: Context<Env>,
  next: () => Promise<void>,
  k: ReadKey,
  readAfter: string | null,
): Promise<Snapshot | null> {
  const loadedAt = Date.now();
  const asked = () => (c.env.DB as Partial<RequestDb>).asked?.() ?? { statements: 0, roundTrips: 0 };
  const before = asked();
  await next();
  const after = asked();
  countLoad(keyUrl('', k), {
    statements: after.statements - before.statements,
    roundTrips: after.roundTrips - before.roundTrips,
  });
  const subject = k.subject;
  const res = c.res;
  if (res.status !== 200) {
    res.headers.set('Cache-Control', 'no-store');
    return null;
  }
  const body = await res.text();
  const etag = `"${(await sha256Hex(body)).slice(0, 32)}"`;
  const contentType = res.headers.get('Content-Type') ?? 'application/octet-stream';
  return { status: 200, body, contentType, etag, subject, loadedAt, ...(readAfter ? { readAfter } : {}) };
}

export const readCache =
  (policy: ReadPolicy): MiddlewareHandler<Env> =>
  async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const k = readKeyOf(c, policy);
    if (!k) return next();
    // The configured public origin, not the Host a client sent: one entry per key whatever it claims.
    const key = keyUrl(publicOrigin(c.env, c.req.url), k);
    const lifetime = policy.fresh + policy.stale;
    const refresh = refreshes.has(c.req.raw);
    // A bookmark says "I just wrote". Only one this service signed for a write counts, and only while
    // the subject was purged lately; readers with the same one share one D1 read, whose entry then
    // answers them all. So sending bookmarks cannot turn reads into D1 reads.
    const claimed = refresh ? null : readsAfter(c);
    const bookmark = claimed && (await purgedWithin(k.subject, BOOKMARK_TTL_MS)) ? claimed : null;
    const flightKey = bookmark ? `${key} after ${bookmark}` : key;

    if (!refresh && !bookmark) {
      const hit = await current(key, k.subject);
      const age = hit ? Math.max(0, (Date.now() - hit.loadedAt) / 1000) : Infinity;
      if (hit && age < policy.fresh) return serve(c, hit, policy, 'hit', age);
      if (hit && age < lifetime) {
        c.executionCtx.waitUntil(refreshInBackground(c, key, policy));
        return serve(c, hit, policy, 'stale', age);
      }
      const inFlight = joinFlight(key);
      if (inFlight) {
        const shared = await sharedWait(inFlight).catch(() => null);
        if (shared) return serve(c, shared, policy, 'coalesced');
      }
    }

    if (bookmark) {
      const hit = await current(key, k.subject);
      const age = hit ? Math.max(0, (Date.now() - hit.loadedAt) / 1000) : Infinity;
      if (hit?.readAfter === bookmark && age < lifetime) return serve(c, hit, policy, 'hit', age);
      const inFlight = joinFlight(flightKey);
      if (inFlight) {
        const shared = await sharedWait(inFlight).catch(() => null);
        if (shared) return serve(c, shared, policy, 'coalesced');
      }
    }

    // This request reads D1 for the key (after the bookmark); concurrent readers wait for it.
    const flight = leadFlight(flightKey, k.subject);
    let snapshot: Snapshot | null;
    try {
      snapshot = await load(c, next, k, bookmark);
    } catch (e) {
      flight.fail(e);
      throw e;
    }
    if (!snapshot) {
      flight.fail(new Error('not cacheable'));
      return; // the handler's own answer (404, 400 …) goes out, uncached
    }
    flight.done(snapshot);
    remember(key, snapshot);
    c.executionCtx.waitUntil(store(key, snapshot, lifetime).finally(flight.land));
    return serve(c, snapshot, policy, refresh ? 'refresh' : bookmark ? 'bypass' : 'miss');
  };

/** One refresh per stale entry: this isolate asks the app itself for the key, flagged as a refresh. */
const refreshing = new Set<string>();

async function refreshInBackground(c: Context<Env>, key: string, policy: ReadPolicy) {
  if (refreshing.has(key)) return;
  refreshing.add(key);
  try {
    if (!(await claimRefresh(key, policy.fresh))) return;
    const req = new Request(key, { method: 'GET' });
    refreshes.add(req);
    const res = await c.get('selfFetch')(req);
    await res.body?.cancel();
  } finally {
    refreshing.delete(key);
  }
}
