#!/usr/bin/env node
// `npm run bench`:
//  (a) the gzip bytes a page downloads to show one <gongyi-progress> (from dist/, against the 14 KB budget);
//  (b) autocannon against a locally started worker (wrangler dev, workerd, fresh temp D1 with the demo
//      data; loopback only): requests/s and p50/p99 latency of
//        - a trivial route (GET /api/health),
//        - GET  /api/v1/campaigns/gaoping-lunch          (public read: D1 query + JSON + ETag),
//        - POST /api/v1/campaigns/gaoping-lunch/donations (public write: origin check, idempotency
//          record + donation in one D1 batch, triggers updating the totals),
//        - GET  /embed/progress/gaoping-lunch             (server-rendered iframe page: D1 + HTML),
//        - GET  /oembed?url=…/p/gaoping-lunch              (oEmbed answer for a share page),
//        - GET  /api/v1/donations/{id}                     (the payment status poll a widget repeats),
//      each also as a ratio to the trivial route.
//
// Every POST carries its own Idempotency-Key (so each one is a real write, not a replay) and its own
// CF-Connecting-IP, so the per-client rate limiter (30 writes a minute per client) does not turn the
// measurement into a measurement of 429s. Writes go into the temp database, which is removed after.
//
// Options: --duration S (default 5) --connections N (default 10) --build (rebuild dist/ first)
//          --no-http (size only) --json (also print the raw numbers as JSON)
// Numbers are for wrangler dev on this machine (its local proxy in front of workerd included), so
// they compare routes with each other; they are not production latencies.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, buildWidgets } from '../scripts/lib.mjs';
import { startLocalServer } from '../scripts/local-server.mjs';
import { analyzeElement, formatReport } from './size.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : dflt;
};
const DURATION = opt('--duration', 5);
const CONNECTIONS = opt('--connections', 10);
const CAMPAIGN = 'gaoping-lunch';

function bench(opts) {
  return new Promise((resolve, reject) => {
    const inst = autocannon({ connections: CONNECTIONS, duration: DURATION, timeout: 10, ...opts }, (err, res) => (err ? reject(err) : resolve(res)));
    process.once('SIGINT', () => inst.stop());
  });
}

function summary(name, r) {
  const codes = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, Number(v.count)]));
  return {
    name,
    requests: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    codes,
  };
}

const results = { date: new Date().toISOString(), node: process.version, durationS: DURATION, connections: CONNECTIONS };

// (a) size
if (args.includes('--build') || !existsSync(join(ROOT, 'dist', 'embed.js'))) {
  console.log('Building dist/ …');
  await buildWidgets({ quiet: true });
}
const size = analyzeElement('gongyi-progress', join(ROOT, 'dist'));
console.log('\n(a) ' + formatReport(size) + '\n');
results.size = { showGzip: size.showGzip, budget: size.budget, locale: size.locale, perLocale: size.perLocale, interactiveGzip: size.interactiveGzip };

// (b) HTTP
if (!args.includes('--no-http')) {
  console.log('(b) Starting the worker (wrangler dev, fresh local D1) …');
  const srv = await startLocalServer();
  const base = srv.url;
  const rows = [];
  try {
    const health = await fetch(base + '/api/health');
    const trivialPath = '/api/health';
    if (health.status !== 200) {
      console.log(`  note: GET /api/health answered ${health.status}; the "trivial route" below is whatever the worker does with it.`);
    }
    const probe = await fetch(`${base}/api/v1/campaigns/${CAMPAIGN}`);
    if (probe.status !== 200) throw new Error(`GET /api/v1/campaigns/${CAMPAIGN} answered ${probe.status}: is the demo data loaded?`);

    console.log(`  ${DURATION} s each, ${CONNECTIONS} connections, ${base} (loopback)\n`);
    rows.push(summary(`GET ${trivialPath} (trivial)`, await bench({ url: base + trivialPath })));
    rows.push(summary(`GET /api/v1/campaigns/${CAMPAIGN}`, await bench({ url: `${base}/api/v1/campaigns/${CAMPAIGN}` })));
    rows.push(summary(`GET /embed/progress/${CAMPAIGN}`, await bench({ url: `${base}/embed/progress/${CAMPAIGN}` })));
    const oembed = `/oembed?format=json&url=${encodeURIComponent(`${base}/p/${CAMPAIGN}`)}`;
    rows.push(summary('GET /oembed?url=…/p/' + CAMPAIGN, await bench({ url: base + oembed })));
    const pledged = await fetch(`${base}/api/v1/campaigns/${CAMPAIGN}/donations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, 'idempotency-key': `bench-poll-${process.pid}`, 'cf-connecting-ip': '10.255.255.1' },
      body: JSON.stringify({ amount: 2000 }),
    }).then(async (r) => (r.status === 201 ? r.json() : Promise.reject(new Error(`pledge for the poll: ${r.status} ${await r.text()}`))));
    rows.push(summary('GET /api/v1/donations/{id} (status poll)', await bench({ url: `${base}/api/v1/donations/${pledged.id}` })));

    let n = 0;
    const body = JSON.stringify({ amount: 2000, name: '压测', message: 'bench' });
    rows.push(
      summary(
        `POST /api/v1/campaigns/${CAMPAIGN}/donations`,
        await bench({
          url: base,
          requests: [
            {
              method: 'POST',
              path: `/api/v1/campaigns/${CAMPAIGN}/donations`,
              setupRequest(req) {
                n++;
                return {
                  ...req,
                  body,
                  headers: {
                    'content-type': 'application/json',
                    origin: base,
                    'idempotency-key': `bench-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`,
                    // A different client per request, so the per-client rate limiter does not dominate.
                    'cf-connecting-ip': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
                  },
                };
              },
            },
          ],
        }),
      ),
    );
  } finally {
    await srv.stop();
  }

  const t = rows[0];
  const pad = (s, n) => String(s).padStart(n);
  console.log(`${'route'.padEnd(48)} ${pad('req/s', 9)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)}   vs trivial (req/s, p50, p99)   status codes`);
  for (const r of rows) {
    const ratio = r === t ? '—' : `${(r.rps / t.rps).toFixed(2)}×, ${(r.p50 / Math.max(t.p50, 0.001)).toFixed(1)}×, ${(r.p99 / Math.max(t.p99, 0.001)).toFixed(1)}×`;
    const codes = Object.entries(r.codes).map(([k, v]) => `${k}:${v}`).join(' ') + (r.errors ? ` errors:${r.errors}` : '');
    console.log(`${r.name.padEnd(48)} ${pad(r.rps.toFixed(0), 9)} ${pad(r.p50, 7)} ${pad(r.p99, 7)}   ${ratio.padEnd(28)} ${codes}`);
  }
  const post = rows.find((r) => r.name.startsWith('POST'));
  if (post && post.codes['429']) console.log(`\n  note: ${post.codes['429']} POSTs were rate limited (429) although CF-Connecting-IP varied per request.`);
  if (rows.some((r) => r.non2xx - (r.codes['304'] ?? 0) > 0 && r !== t)) console.log('  note: some requests did not answer 2xx; see the status codes.');
  results.http = rows;
}

const out = join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const file = join(out, `bench-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nSaved ${file.slice(ROOT.length + 1)}`);
if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
if (size.showGzip > size.budget) {
  console.error(`\nOver budget: ${size.showGzip} B gzip > ${size.budget} B`);
  process.exitCode = 1;
}
