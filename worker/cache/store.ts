// The read cache on the Workers Cache API (caches.default: per location, works in workerd and
// Miniflare). An entry is the answer's bytes with the time its D1 read began; a purge writes a
// marker per tag with the time it happened. An entry is valid only if it was read after the last
// purge of its subject and of `all`, so a write is seen by the next read in that location, even
// when an older read stores its answer late.
import { countCache } from '../lib/metrics';
import { ALL, type CacheTag } from './tags';

/** A cached answer as plain data, shareable between concurrent requests. */
export type Snapshot = {
  status: number;
  /** Text (JSON or HTML): immutable, so concurrent answers can share it. */
  body: string;
  contentType: string;
  etag: string;
  subject: CacheTag;
  /** ms; when the D1 read behind this answer began. */
  loadedAt: number;
  /** The client's bookmark that D1 read started after (a read-your-writes read), if any. */
  readAfter?: string;
};

/** Markers live on a host of their own, so every site origin's entries share them. */
const MARKER_BASE = 'https://purge.gongyi.internal/tag/';
/** Longer than any entry lives (the longest fresh + stale window, plus margin). */
export const MARKER_TTL_SECONDS = 2 * 3600;

const LOADED_AT = 'Gongyi-Loaded-At';
const SUBJECT = 'Gongyi-Subject';
const READ_AFTER = 'Gongyi-Read-After';

const markerKey = (tag: CacheTag) => MARKER_BASE + encodeURIComponent(tag);

/** Purges made in this isolate, known before (and whether or not) their marker is written. */
const localPurges = new Map<CacheTag, number>();

export function notePurged(tags: readonly CacheTag[], at = Date.now()): void {
  for (const tag of tags) localPurges.set(tag, at);
  if (localPurges.size > 10_000) {
    const old = Date.now() - MARKER_TTL_SECONDS * 1000;
    for (const [t, when] of localPurges) if (when < old) localPurges.delete(t);
  }
}

async function purgedAt(cache: Cache, tag: CacheTag): Promise<number> {
  const local = localPurges.get(tag) ?? 0;
  const marker = await cache.match(markerKey(tag));
  if (!marker) return local;
  const at = Number(marker.headers.get(LOADED_AT));
  await marker.body?.cancel();
  return Math.max(local, Number.isFinite(at) ? at : 0);
}

/** Whether nothing `s` shows was purged since its D1 read began (two marker reads). */
export async function isCurrent(s: Pick<Snapshot, 'subject' | 'loadedAt'>): Promise<boolean> {
  const cache = caches.default;
  const [subjectPurge, allPurge] = await Promise.all([purgedAt(cache, s.subject), purgedAt(cache, ALL)]);
  return s.loadedAt > subjectPurge && s.loadedAt > allPurge;
}

/**
 * Whether `subject` itself was purged in the last `ms`, so a client's "I just wrote this" is
 * plausible (a staff purge of everything does not count: no donor's write caused it).
 */
export async function purgedWithin(subject: CacheTag, ms: number): Promise<boolean> {
  return Date.now() - (await purgedAt(caches.default, subject)) < ms;
}

/** The entry under `key`, unless absent or purged since it was read. */
export async function lookup(key: string, subject: CacheTag): Promise<Snapshot | null> {
  const cache = caches.default;
  const [res, subjectPurge, allPurge] = await Promise.all([
    cache.match(key),
    purgedAt(cache, subject),
    purgedAt(cache, ALL),
  ]);
  if (!res) return null;
  const loadedAt = Number(res.headers.get(LOADED_AT));
  if (!(loadedAt > subjectPurge && loadedAt > allPurge)) {
    await res.body?.cancel();
    return null;
  }
  return {
    status: res.status,
    body: await res.text(),
    contentType: res.headers.get('Content-Type') ?? 'application/octet-stream',
    etag: res.headers.get('ETag') ?? '',
    subject: (res.headers.get(SUBJECT) as CacheTag | null) ?? subject,
    loadedAt,
    ...(res.headers.has(READ_AFTER) ? { readAfter: res.headers.get(READ_AFTER)! } : {}),
  };
}

/** Stores `s` for `lifetime` seconds (fresh + stale). Only public, masked answers reach here. */
export async function store(key: string, s: Snapshot, lifetimeSeconds: number): Promise<void> {
  const headers = new Headers({
    'Content-Type': s.contentType,
    ETag: s.etag,
    'Cache-Control': `public, max-age=${lifetimeSeconds}`,
    [LOADED_AT]: String(s.loadedAt),
    [SUBJECT]: s.subject,
  });
  if (s.readAfter) headers.set(READ_AFTER, s.readAfter);
  await caches.default.put(key, new Response(s.body, { status: s.status, headers }));
  countCache('store');
}

const putMarker = (tag: CacheTag) =>
  caches.default.put(
    markerKey(tag),
    new Response(null, {
      headers: { [LOADED_AT]: String(Date.now()), 'Cache-Control': `public, max-age=${MARKER_TTL_SECONDS}` },
    }),
  );

/**
 * Marker writes per tag in this isolate: one under way, at most one queued behind it. A purge
 * that finds a write under way joins the queued one, which starts (and takes its time) only
 * after the current one ended and MARKER_SPACING_MS passed, so it is later than every write that
 * asked for it. Under a giving-day load a tag costs a marker write every MARKER_SPACING_MS, not
 * one per gift; this isolate knows of each purge at once (notePurged), others within that time.
 */
const MARKER_SPACING_MS = 200;
const spacing = () => new Promise((r) => setTimeout(r, MARKER_SPACING_MS));

const writing = new Map<CacheTag, { current: Promise<void>; queued: Promise<void> | null }>();

function markPurged(tag: CacheTag): Promise<void> {
  const w = writing.get(tag);
  if (!w) {
    const current = putMarker(tag).finally(() => {
      const now = writing.get(tag);
      if (now?.current === current && !now.queued) writing.delete(tag);
    });
    writing.set(tag, { current, queued: null });
    countCache('purge');
    return current;
  }
  if (!w.queued) {
    const queued = w.current
      .catch(() => {})
      .then(spacing)
      .then(() => {
        w.queued = null;
        const next = putMarker(tag).finally(() => {
          if (writing.get(tag)?.current === next && !writing.get(tag)?.queued) writing.delete(tag);
        });
        w.current = next;
        countCache('purge');
        return next;
      });
    w.queued = queued;
  }
  return w.queued;
}

/** Marks `tags` purged now: every entry of them read before this moment is no longer served. */
export async function purgeMarkers(tags: readonly CacheTag[]): Promise<void> {
  await Promise.all([...new Set(tags)].map(markPurged));
}

const LOCK_BASE = 'https://purge.gongyi.internal/refreshing/';

/**
 * Claims the refresh of `key` in this location for `seconds` (other isolates see the claim and
 * keep serving the stale entry). Best effort: two isolates may both claim in the same instant.
 */
export async function claimRefresh(key: string, seconds: number): Promise<boolean> {
  const lockKey = LOCK_BASE + encodeURIComponent(key);
  const held = await caches.default.match(lockKey);
  if (held) {
    await held.body?.cancel();
    return false;
  }
  await caches.default.put(
    lockKey,
    new Response(null, { headers: { 'Cache-Control': `public, max-age=${Math.max(1, seconds)}` } }),
  );
  return true;
}
