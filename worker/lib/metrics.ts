// Counters of this isolate since it started: D1 statements and read-cache outcomes. The bench and
// the tests read them (GET /api/v1/admin/metrics) to measure D1 load, not only requests a second.
// Per isolate: on Cloudflare each isolate counts its own share; locally one isolate serves all.
export const metrics = {
  d1: { statements: 0, roundTrips: 0 },
  cache: { hit: 0, stale: 0, miss: 0, bypass: 0, coalesced: 0, refresh: 0, store: 0, purge: 0 },
};

/** D1 loads per read-cache key (path and query): how often each key asked D1, and what it asked. */
export type KeyLoads = { loads: number; statements: number; roundTrips: number };
const MAX_KEYS = 500;
export const keyLoads = new Map<string, KeyLoads>();

export function countLoad(key: string, asked: { statements: number; roundTrips: number }) {
  let k = keyLoads.get(key);
  if (!k) {
    if (keyLoads.size >= MAX_KEYS) return; // random keys cannot grow this without bound
    keyLoads.set(key, (k = { loads: 0, statements: 0, roundTrips: 0 }));
  }
  k.loads += 1;
  k.statements += asked.statements;
  k.roundTrips += asked.roundTrips;
}

export type CacheOutcome = keyof typeof metrics.cache;

export const countCache = (outcome: CacheOutcome, n = 1) => {
  metrics.cache[outcome] += n;
};
