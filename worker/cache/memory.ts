// A small in-isolate copy of recently served entries, in front of the Cache API: a hot key is
// answered from memory, and its purge markers are re-read at most once a second per isolate.
// A purge in this isolate drops its entries at once; a purge in another isolate of the same
// location is seen here within RECHECK_MS. (A widget's own write is read back with its D1
// bookmark, which bypasses every cache, so a writer never waits for that second.)
import type { Snapshot } from './store';
import type { CacheTag } from './tags';

export const RECHECK_MS = 1000;
const MAX_ENTRIES = 256;
const MAX_BYTES = 8 * 1024 * 1024;

type Held = { snapshot: Snapshot; checkedAt: number; bytes: number };

const held = new Map<string, Held>();
let bytes = 0;

function drop(key: string) {
  const h = held.get(key);
  if (!h) return;
  held.delete(key);
  bytes -= h.bytes;
}

/** The entry and whether its markers were checked within RECHECK_MS. */
export function remembered(key: string): { snapshot: Snapshot; checked: boolean } | null {
  const h = held.get(key);
  if (!h) return null;
  // Re-insert: Map order is then least recently used first.
  held.delete(key);
  held.set(key, h);
  return { snapshot: h.snapshot, checked: Date.now() - h.checkedAt < RECHECK_MS };
}

export function remember(key: string, snapshot: Snapshot): void {
  drop(key);
  const size = snapshot.body.length * 2;
  if (size > MAX_BYTES / 4) return;
  held.set(key, { snapshot, checkedAt: Date.now(), bytes: size });
  bytes += size;
  for (const oldest of held.keys()) {
    if (held.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
    drop(oldest);
  }
}

export const forget = drop;

/** A purge in this isolate: its subjects' entries go at once. */
export function forgetSubjects(tags: readonly CacheTag[]): void {
  const all = tags.includes('all');
  for (const [key, h] of held) if (all || tags.includes(h.snapshot.subject)) drop(key);
}
