// The "viral article" scenario: a news story with the demo article's widgets is read by many
// people at once. Readers arrive evenly over the run; each loads what the article's widgets load
// (the loader, then the widgets' JSON reads, in parallel like a browser). The question is how much
// of that reaches D1: the read cache should ask D1 at most once per key and freshness window, so
// D1 load follows the number of keys and the clock, not the number of readers.
import { metricsDelta, readMetrics } from './server-metrics.mjs';

/** What demo/index.html's elements read (see each element's resourcePath()). */
export const ARTICLE_READS = [
  '/api/v1/campaigns/gaoping-lunch',
  '/api/v1/projects/guanheng-elder-centre',
  '/api/v1/lunch/gaoping',
];
const LOADER = '/embed.js';

const maxAge = (res) => Number(/max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1] ?? 0);

/**
 * @param {string} base @param {string} token admin token (for the metrics endpoint)
 * @param {{ readers?: number, seconds?: number }} [o]
 */
export async function viralArticle(base, token, { readers = 2000, seconds = 20 } = {}) {
  const codes = {};
  const fresh = {};
  let requests = 0;
  let failures = 0;
  const get = async (path) => {
    try {
      // A reader gives up after 10 s, like a browser tab would; a hang counts as a failure.
      const res = await fetch(base + path, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      requests++;
      codes[res.status] = (codes[res.status] ?? 0) + 1;
      if (path !== LOADER) fresh[path] = maxAge(res);
    } catch {
      failures++;
    }
  };
  const reader = async () => {
    await get(LOADER);
    await Promise.all(ARTICLE_READS.map(get));
  };

  const before = await readMetrics(base, token);
  const started = performance.now();
  const spacing = (seconds * 1000) / readers;
  const all = [];
  for (let i = 0; i < readers; i++) {
    const due = started + i * spacing;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    all.push(reader());
  }
  await Promise.all(all);
  const elapsedS = (performance.now() - started) / 1000;
  const delta = metricsDelta(await readMetrics(base, token), before);

  // Per key: its freshness, the windows the run spanned (a new one opens every `fresh` seconds),
  // and the D1 loads it made.
  const keys = ARTICLE_READS.map((path) => {
    const f = fresh[path] || 1;
    const windows = 1 + Math.floor(elapsedS / f);
    const d = delta.keys[path] ?? { loads: 0, statements: 0, roundTrips: 0 };
    return { key: path, freshS: f, windows, ...d, loadsPerWindow: d.loads / windows };
  });
  const windows = keys.reduce((s, k) => s + k.windows, 0);
  return {
    readers,
    seconds: Number(elapsedS.toFixed(1)),
    requests,
    failures,
    codes,
    d1Statements: delta.d1.statements,
    d1RoundTrips: delta.d1.roundTrips,
    keyWindows: windows,
    loads: keys.reduce((s, k) => s + k.loads, 0),
    keys,
    ok: failures === 0 && keys.every((k) => k.loads <= k.windows),
  };
}

export function formatViral(v) {
  const lines = [
    `Viral article: ${v.readers} readers over ${v.seconds} s, each loading ${LOADER} and ${ARTICLE_READS.length} widget reads`,
    `  requests served ${v.requests} (${Object.entries(v.codes)
      .map(([k, n]) => `${k}:${n}`)
      .join(' ')}${v.failures ? `, ${v.failures} failed` : ''})`,
    `  D1: ${v.d1Statements} statements in ${v.d1RoundTrips} round trips, for ${v.loads} loads over ${v.keyWindows} key-windows` +
      ` → ${(v.loads / v.keyWindows).toFixed(2)} loads per key per freshness window (goal ≤ 1), ` +
      `${(v.requests / Math.max(v.d1RoundTrips, 1)).toFixed(0)} requests per D1 round trip`,
  ];
  for (const k of v.keys) {
    lines.push(
      `    ${k.key.padEnd(42)} fresh ${String(k.freshS).padStart(3)} s  windows ${String(k.windows).padStart(2)}  loads ${String(k.loads).padStart(2)}` +
        `  (${k.statements} statements, ${k.roundTrips} round trips)  ${k.loads <= k.windows ? 'ok' : 'OVER'}`,
    );
  }
  return lines.join('\n');
}
