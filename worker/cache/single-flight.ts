// Concurrent misses of one key in this isolate wait for the first one's D1 read instead of each
// reading D1: 200 readers arriving at once cost one read. What they share is plain data (a
// Snapshot), never a Response or stream, which belong to the request that made them.
import type { Snapshot } from './store';
import type { CacheTag } from './tags';

type Flight = { subject: CacheTag; result: Promise<Snapshot> };

const flights = new Map<string, Flight>();

/** The read already under way for `key`, if any. */
export const joinFlight = (key: string): Promise<Snapshot> | null => flights.get(key)?.result ?? null;

/**
 * Registers the caller as the one reading `key`; `done(snapshot)` shares the answer (or
 * `fail(error)`), `land()` ends the flight once the entry is stored, so later arrivals find it.
 */
export function leadFlight(key: string, subject: CacheTag) {
  let resolve!: (s: Snapshot) => void;
  let reject!: (e: unknown) => void;
  const result = new Promise<Snapshot>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  result.catch(() => {}); // followers handle it; an unobserved rejection is not an error
  const flight: Flight = { subject, result };
  flights.set(key, flight);
  const land = () => {
    if (flights.get(key) === flight) flights.delete(key);
  };
  return {
    done: (s: Snapshot) => resolve(s),
    fail: (e: unknown) => {
      reject(e);
      land();
    },
    land,
  };
}

/** A purge ends the flights of its subjects: a read begun before a write must not be shared after it. */
export function dropFlights(tags: readonly CacheTag[]): void {
  const all = tags.includes('all');
  for (const [key, flight] of flights) if (all || tags.includes(flight.subject)) flights.delete(key);
}
