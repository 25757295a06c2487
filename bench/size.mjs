// What a page downloads to show one Gongyi element, measured from the built files in dist/.
//
// The import graph is read from the files themselves (static `import … from "…"` / `export … from`
// and dynamic `import("…")`), so it works with or without a Vite manifest and whatever the chunk
// names are. Starting at dist/embed.js:
//   - the loader's dynamic import for the element's tag (`"gongyi-progress":()=>import("…")`),
//   - everything those files import statically (transitively),
//   - dynamic imports of locale catalogs (file names carrying zh-Hans / zh-Hant / en): a page shows
//     one locale, so only that locale's catalogs count; the worst of the three locales is reported,
//   - other dynamic imports (e.g. the pledge form, loaded when the donor opens it) are not needed to
//     *show* the element; they are listed separately as the interactive extra.
// Sizes are gzip -9 per file (each file is its own HTTP response), compared with the budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { PUBLIC_TAGS } from '../scripts/public-elements.mjs';

export const BUDGET_BYTES = 14 * 1024;
/** Room every element keeps under the budget, for what it will grow (issue 27: "room in every first paint"). */
export const HEADROOM_BYTES = 700;

const STATIC_RE = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`\n]+)["'`]/g;
const DYNAMIC_RE = /\bimport\(\s*["'`]([^"'`\n]+)["'`]\s*\)/g;
const LOCALE_RE = /(?:^|[.\-_/])(zh-Hans|zh-Hant|en)(?=[.\-_])/;

function specifiers(code, re) {
  return [...code.matchAll(re)].map((m) => m[1]).filter((s) => s.startsWith('.') || s.startsWith('/'));
}

function resolveIn(dist, fromFile, spec) {
  const base = spec.startsWith('/') ? join(dist, spec) : resolve(dirname(fromFile), spec);
  return base.split('?')[0];
}

export function fileSizes(file) {
  const buf = readFileSync(file);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Static closure of `files`: the files plus everything they import statically. */
function staticClosure(dist, files, into = new Set()) {
  const stack = [...files];
  while (stack.length) {
    const f = stack.pop();
    if (into.has(f)) continue;
    if (!existsSync(f)) throw new Error(`import graph points at a missing file: ${relative(dist, f)}`);
    into.add(f);
    for (const s of specifiers(readFileSync(f, 'utf8'), STATIC_RE)) stack.push(resolveIn(dist, f, s));
  }
  return into;
}

function dynamicImports(dist, file) {
  return specifiers(readFileSync(file, 'utf8'), DYNAMIC_RE).map((s) => resolveIn(dist, file, s));
}

/** The chunk the loader imports for `tag`. */
function entryChunkFor(dist, loader, tag) {
  const code = readFileSync(loader, 'utf8');
  const esc = tag.replace(/[-]/g, '\\-');
  const keyed = new RegExp(
    `["'\`]?${esc}["'\`]?\\s*:\\s*(?:async\\s*)?\\(\\)\\s*=>\\s*import\\(\\s*["'\`]([^"'\`]+)["'\`]`,
  ).exec(code);
  if (keyed) return resolveIn(dist, loader, keyed[1]);
  // Fallback: a dynamic import whose file name starts with the tag.
  const byName = dynamicImports(dist, loader).find(
    (f) => posix.basename(f.split('\\').join('/')).startsWith(tag + '-') || posix.basename(f) === tag + '.js',
  );
  if (!byName) throw new Error(`could not find the chunk dist/embed.js loads for <${tag}>`);
  return byName;
}

export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'];

/** Files shown for `tag` when the page's locale is `locale` (see the header comment). */
function graphFor(dist, loader, chunk, tag, locale) {
  const why = new Map([[loader, 'loader']]);
  const shown = new Set([loader]);
  for (const f of staticClosure(dist, [chunk])) {
    shown.add(f);
    if (!why.has(f)) why.set(f, f === chunk ? `<${tag}>` : 'static import');
  }
  // Dynamic imports reachable from what is shown: this locale's catalogs vs. on-demand code.
  const later = new Set();
  const seen = new Set();
  let frontier = [...shown].filter((f) => f !== loader);
  while (frontier.length) {
    const next = [];
    for (const f of frontier) {
      if (seen.has(f)) continue;
      seen.add(f);
      for (const d of dynamicImports(dist, f)) {
        if (shown.has(d)) continue;
        const m = LOCALE_RE.exec(posix.basename(d.split('\\').join('/')));
        if (!m) {
          later.add(d);
          continue;
        }
        if (m[1] !== locale) continue;
        for (const x of staticClosure(dist, [d])) {
          if (shown.has(x)) continue;
          shown.add(x);
          later.delete(x);
          why.set(x, x === d ? `${locale} catalog` : `static import of ${locale} catalog`);
          next.push(x);
        }
      }
    }
    frontier = next;
  }
  const interactive = new Set();
  for (const f of later) for (const x of staticClosure(dist, [f])) if (!shown.has(x)) interactive.add(x);
  return { shown, why, interactive };
}

/**
 * Worst case over the three locales.
 * @returns {{ tag, locale, files: {file, why, raw, gzip, brotli}[], showGzip, showRaw, showBrotli,
 *             interactive: {file, why, raw, gzip, brotli}[], interactiveGzip, perLocale, budget }}
 */
export function analyzeElement(tag, dist = join(process.cwd(), 'dist')) {
  const loader = join(dist, 'embed.js');
  if (!existsSync(loader))
    throw new Error(`${relative(process.cwd(), loader)} is missing: run the build first (npm run build)`);
  const chunk = entryChunkFor(dist, loader, tag);
  const sum = (xs, k) => xs.reduce((n, x) => n + x[k], 0);
  const results = LOCALES.map((locale) => {
    const g = graphFor(dist, loader, chunk, tag, locale);
    const describe = (f) => ({
      file: relative(dist, f).split('\\').join('/'),
      why: g.why.get(f) ?? 'on demand',
      ...fileSizes(f),
    });
    const files = [...g.shown].map(describe);
    const interactive = [...g.interactive].map(describe);
    return {
      tag,
      locale,
      files,
      showRaw: sum(files, 'raw'),
      showGzip: sum(files, 'gzip'),
      showBrotli: sum(files, 'brotli'),
      interactive,
      interactiveGzip: sum(interactive, 'gzip'),
      budget: BUDGET_BYTES,
    };
  });
  const worst = results.reduce((a, b) => (b.showGzip > a.showGzip ? b : a));
  return { ...worst, perLocale: Object.fromEntries(results.map((r) => [r.locale, r.showGzip])) };
}

export function formatReport(r) {
  const kb = (n) => (n / 1024).toFixed(2) + ' KB';
  const per = Object.entries(r.perLocale)
    .map(([l, n]) => `${l} ${n} B`)
    .join(', ');
  const lines = [
    `Bytes a page downloads to show one <${r.tag}> (gzip -9 per file; worst locale ${r.locale}; budget ${kb(r.budget)}):`,
  ];
  for (const f of r.files)
    lines.push(
      `  ${f.file.padEnd(40)} ${String(f.raw).padStart(7)} B raw  ${String(f.gzip).padStart(6)} B gzip  ${f.why}`,
    );
  lines.push(
    `  ${'total'.padEnd(40)} ${String(r.showRaw).padStart(7)} B raw  ${String(r.showGzip).padStart(6)} B gzip  = ${kb(r.showGzip)} of ${kb(r.budget)} (${Math.round((r.showGzip / r.budget) * 100)}%)  [brotli ${kb(r.showBrotli)}]`,
  );
  lines.push(`  per locale: ${per}`);
  const room = r.budget - r.showGzip;
  lines.push(
    `  headroom: ${room} B under the budget${room < HEADROOM_BYTES ? ` (short of the ${HEADROOM_BYTES} B to keep by ${HEADROOM_BYTES - room} B)` : ''}`,
  );
  if (r.interactive.length) {
    lines.push(`  loaded later, on interaction:`);
    for (const f of r.interactive)
      lines.push(
        `  ${f.file.padEnd(40)} ${String(f.raw).padStart(7)} B raw  ${String(f.gzip).padStart(6)} B gzip  ${f.why}`,
      );
    lines.push(
      `  ${'total with interaction'.padEnd(40)} ${' '.repeat(16)}${String(r.showGzip + r.interactiveGzip).padStart(6)} B gzip  = ${kb(r.showGzip + r.interactiveGzip)}`,
    );
  }
  return lines.join('\n');
}

// `node bench/size.mjs [tag…]`: without tags, every public element (widgets/src/public-elements.ts).
if (import.meta.url === new URL(process.argv[1] ?? '', 'file://').href) {
  const tags = process.argv.slice(2);
  for (const tag of tags.length ? tags : PUBLIC_TAGS) console.log(formatReport(analyzeElement(tag)) + '\n');
}
