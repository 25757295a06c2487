// The worker's own counters (GET /api/v1/admin/metrics, super-admin): D1 statements and round
// trips, read-cache outcomes and D1 loads per cache key. Locally one isolate serves everything,
// so the difference of two readings is exactly what happened in between.

/** @param {string} base @param {string} token */
export async function readMetrics(base, token) {
  const res = await fetch(`${base}/api/v1/admin/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET /api/v1/admin/metrics answered ${res.status}: ${await res.text()}`);
  return res.json();
}

const minus = (a = {}, b = {}) => Object.fromEntries(Object.keys(a).map((k) => [k, (a[k] ?? 0) - (b[k] ?? 0)]));

/** What happened between two readings: d1 and cache deltas, and per key the loads made meanwhile. */
export function metricsDelta(after, before) {
  const keys = {};
  for (const [key, v] of Object.entries(after.keys ?? {})) {
    const d = minus(v, before.keys?.[key]);
    if (d.loads > 0) keys[key] = d;
  }
  return { d1: minus(after.d1, before.d1), cache: minus(after.cache, before.cache), keys };
}
