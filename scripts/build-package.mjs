// Builds the npm package @gongyi/widgets in widgets/npm/ (`npm run build:package`; `npm run
// pack:widgets` also makes the tarball). widgets/npm/package.json is the package's own, kept by hand; this writes
// its dist/: the elements compiled module for module with their .d.ts (tsc), the custom elements
// manifest with the package's paths, and the React 19 / Vue 3 typings generated from it.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildManifest } from './custom-elements-manifest.mjs';
import { reactTypings, vueTypings } from './framework-typings.mjs';
import { ROOT, TSC, run } from './lib.mjs';
import { PUBLIC_ELEMENTS_FILE, PUBLIC_TAGS } from './public-elements.mjs';

export const PACKAGE_DIR = join(ROOT, 'widgets', 'npm');

/** The manifest as the package ships it: module paths point at dist/…js, not at the sources. */
function packageManifest() {
  const manifest = buildManifest(ROOT);
  const path = (p) => p.replace(/^widgets\/src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    ...manifest,
    readme: 'README.md',
    modules: manifest.modules.map((m) => ({
      ...m,
      path: path(m.path),
      exports: m.exports.map((e) => ({ ...e, declaration: { ...e.declaration, module: path(e.declaration.module) } })),
    })),
  };
}

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));

/**
 * tsc wrote dist/widgets/src/** and dist/common/** (the widgets import common/). The package keeps
 * its paths (dist/index.js, dist/elements/…): widgets/src moves up to dist/, and its relative
 * imports of common/ are rewritten to point at dist/common/.
 */
function liftWidgets(dist) {
  const from = join(dist, 'widgets', 'src');
  for (const file of filesUnder(from)) {
    const to = join(dist, relative(from, file));
    const text = readFileSync(file, 'utf8').replace(
      /(from\s*|import\()(['"])(\.{1,2}\/[^'"]*)\2/g,
      (m, how, q, spec) => {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(join(dist, 'common'))) return m;
        const moved = relative(dirname(to), target).split('\\').join('/');
        return `${how}${q}${moved.startsWith('.') ? moved : './' + moved}${q}`;
      },
    );
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, text);
  }
  rmSync(join(dist, 'widgets'), { recursive: true });
}

/**
 * The package's hand-kept parts name every public element: its own import path (`exports`), its
 * module in `sideEffects` (it defines a tag) and the root's import and class export. A missing one
 * stops the build with what to add.
 */
function checkPublicElements() {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'));
  const root = readFileSync(join(ROOT, 'widgets', 'src', 'index.ts'), 'utf8');
  const missing = PUBLIC_TAGS.flatMap((tag) => [
    ...(pkg.exports[`./${tag}.js`] ? [] : [`widgets/npm/package.json exports "./${tag}.js"`]),
    ...(pkg.sideEffects.includes(`./dist/elements/${tag}.js`)
      ? []
      : [`widgets/npm/package.json sideEffects "./dist/elements/${tag}.js"`]),
    ...(root.includes(`import './elements/${tag}.js';`) ? [] : [`widgets/src/index.ts: import './elements/${tag}.js'`]),
  ]);
  if (missing.length)
    throw new Error(`the npm package lacks public elements of ${PUBLIC_ELEMENTS_FILE}:\n  ${missing.join('\n  ')}`);
}

export async function buildPackage({ quiet = false } = {}) {
  checkPublicElements();
  const dist = join(PACKAGE_DIR, 'dist');
  rmSync(dist, { recursive: true, force: true });
  await run(TSC, ['-p', join(PACKAGE_DIR, 'tsconfig.json')], { quiet });
  liftWidgets(dist);
  mkdirSync(dist, { recursive: true });
  const manifest = packageManifest();
  writeFileSync(join(dist, 'custom-elements.json'), JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(join(dist, 'react.d.ts'), reactTypings(manifest));
  writeFileSync(join(dist, 'vue.d.ts'), vueTypings(manifest));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildPackage();
