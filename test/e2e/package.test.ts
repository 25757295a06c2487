// The npm package @gongyi/widgets as a portal's front-end team gets it: `npm pack` (its content
// checked, its size printed), unpacked into test/frameworks/node_modules, type-checked with its own
// React 19 / Vue 3 typings, built with Vite into a React page and a Vue page and run in Chromium
// against the worker with the demo data.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import vue from '@vitejs/plugin-vue';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackage, PACKAGE_DIR } from '../../scripts/build-package.mjs';
import { ROOT, TSC } from '../../scripts/lib.mjs';
import { adminJson, publicRead } from './api.js';
import { getCampaign, parseEnMoney, useLiveDemo } from './browser.js';
import { PUBLIC_ELEMENTS } from './element-surface.js';

const exec = promisify(execFile);
const FRAMEWORKS = join(ROOT, 'test', 'frameworks');
const INSTALLED = join(FRAMEWORKS, 'node_modules', '@gongyi', 'widgets');
const PORTAL = 'https://portal.example.test'; // HTTPS like a real portal; playwright answers it, no TLS involved

interface PackResult {
  name: string;
  version: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

let packed: PackResult;
let tarball: Buffer;
const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'));
const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const installed = (path: string) => readFileSync(join(INSTALLED, path), 'utf8');

beforeAll(async () => {
  await buildPackage({ quiet: true });
  const out = mkdtempSync(join(tmpdir(), 'gongyi-pack-'));
  const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', out], { cwd: PACKAGE_DIR });
  packed = (JSON.parse(stdout) as PackResult[])[0]!;
  tarball = readFileSync(join(out, packed!.filename));
  // Installed as npm would: the tarball's package/ folder under node_modules/@gongyi/widgets.
  rmSync(INSTALLED, { recursive: true, force: true });
  mkdirSync(INSTALLED, { recursive: true });
  await exec('tar', ['-xzf', join(out, packed!.filename), '-C', INSTALLED, '--strip-components=1']);
  rmSync(out, { recursive: true, force: true });
});

describe('npm pack @gongyi/widgets', () => {
  it('holds the compiled modules, their .d.ts, the manifest, the framework typings and the README: no sources, tests, source maps or secrets', () => {
    const paths = packed.files.map((f) => f.path).sort();
    console.log(
      `${packed.name}@${packed.version}: ${packed.size} B packed, ${packed.unpackedSize} B unpacked, ${paths.length} files ` +
        `(${paths.filter((p) => p.endsWith('.js')).length} .js, ${paths.filter((p) => p.endsWith('.d.ts')).length} .d.ts)`,
    );
    expect(packed.name).toBe('@gongyi/widgets');
    for (const p of paths) expect(p, p).toMatch(/^(package\.json|README\.md|dist\/[\w./-]+\.(js|d\.ts|json))$/);
    expect(paths.filter((p) => /\.map$|(^|\/)test|\.test\.|\.dev\.vars|\.ts$/.test(p) && !p.endsWith('.d.ts'))).toEqual(
      [],
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'README.md',
        'dist/custom-elements.json',
        'dist/react.d.ts',
        'dist/vue.d.ts',
        'dist/index.js',
        'dist/index.d.ts',
      ]),
    );
    // The staff console, the worker and the loader are not the package's.
    expect(paths.filter((p) => /admin|worker|embed\.js|frame-resize/.test(p))).toEqual([]);
    for (const p of paths.filter((x) => x.endsWith('.js'))) {
      const js = installed(p);
      expect(js, p).not.toMatch(/sourceMappingURL/);
      expect(js, p).not.toMatch(/ADMIN_TOKEN|DONOR_LINK_SECRET|BOOKMARK_SECRET|STRIPE_SECRET|WECHATPAY_/); // the worker's secrets' names, let alone values
    }
    // Every .js has its .d.ts (a TypeScript user never meets an untyped import).
    for (const p of paths.filter((x) => x.endsWith('.js'))) expect(paths, p).toContain(p.replace(/\.js$/, '.d.ts'));
    expect(tarball.length).toBe(packed.size);
  });

  it('every export resolves to a packed file, one entry per public element', () => {
    const manifest = JSON.parse(installed('dist/custom-elements.json'));
    const tags: string[] = manifest.modules.map(
      (m: { declarations: { tagName: string }[] }) => m.declarations[0]!.tagName,
    );
    for (const tag of tags) expect(Object.keys(pkg.exports), tag).toContain(`./${tag}.js`);
    const targets = Object.values(pkg.exports).flatMap((t) =>
      typeof t === 'string' ? [t] : Object.values(t as Record<string, string>),
    );
    const paths = new Set(packed.files.map((f) => './' + f.path));
    for (const t of targets) expect(paths, t).toContain(t);
    // The manifest names the package's own modules, not the repository's sources.
    for (const m of manifest.modules) expect(paths, m.path).toContain('./' + m.path);
    expect(pkg.customElements).toBe('./dist/custom-elements.json');
  });

  it('sideEffects lists exactly the modules that define an element (and the root), so one import defines one element', () => {
    const js = packed.files.map((f) => f.path).filter((p) => extname(p) === '.js');
    const defining = js.filter((p) => /customElements\.define\(/.test(installed(p)));
    expect([...pkg.sideEffects].sort()).toEqual(['dist/index.js', ...defining].map((p) => './' + p).sort());
  });

  it('depends on what its modules import, at the ranges the widgets are built and tested with', () => {
    const bare = new Set<string>();
    for (const f of packed.files.filter((x) => x.path.endsWith('.js'))) {
      const code = installed(f.path).replace(/\/\*[\s\S]*?\*\//g, ''); // doc comments show imports too
      for (const m of code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'".][^'"]*)['"]/g)) bare.add(m[1]!.split('/')[0]!);
    }
    expect([...bare].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    for (const [name, range] of Object.entries(pkg.dependencies)) expect(range, name).toBe(root.dependencies[name]);
    expect(pkg.version).toBe(root.version);
  });
});

describe('npm run pack:widgets', () => {
  it('leaves its tarball in dist/, never in the repository root, where any tarball is ignored by git', async () => {
    const tgz = `gongyi-widgets-${pkg.version}.tgz`;
    const inRoot = join(ROOT, tgz);
    const before = existsSync(inRoot) ? statSync(inRoot).mtimeMs : null;
    rmSync(join(ROOT, 'dist', tgz), { force: true });
    await exec('npm', ['run', '--silent', 'pack:widgets'], { cwd: ROOT });
    expect(existsSync(join(ROOT, 'dist', tgz))).toBe(true);
    expect(existsSync(inRoot) ? statSync(inRoot).mtimeMs : null).toBe(before);
    // A tarball packed by hand in the root (npm pack ./widgets/npm) is not an untracked file either.
    await exec('git', ['check-ignore', '-q', tgz], { cwd: ROOT });
  }, 180_000);
});

describe('framework pages (React 19, Vue 3) built with Vite', () => {
  // A public portal calling a loopback test server: Chromium asks for local-network access first.
  const live = useLiveDemo({ context: { permissions: ['local-network-access'] } });

  /** Vite-builds one of test/frameworks/* and serves it at http://portal.test/ (another origin than the API). */
  async function open(page: Page, app: 'react' | 'vue'): Promise<void> {
    const outDir = mkdtempSync(join(tmpdir(), `gongyi-${app}-`));
    await build({
      configFile: false,
      root: join(FRAMEWORKS, app),
      base: './',
      mode: 'production',
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': '"production"' },
      // Under the test runner NODE_ENV is "test": without this, JSX would compile to React's dev runtime.
      oxc: { jsx: { runtime: 'automatic', development: false } },
      plugins:
        app === 'vue'
          ? [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('gongyi-') } } })]
          : [],
      build: { outDir, emptyOutDir: true },
    });
    await page.route(`${PORTAL}/**`, (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/$/, '/index.html');
      return route.fulfill({ path: join(outDir, path) });
    });
    await page.goto(`${PORTAL}/index.html?api=${encodeURIComponent(live.server.url)}`);
  }

  const defined = (page: Page) => page.evaluate((tags) => tags.filter((t) => customElements.get(t)), PUBLIC_ELEMENTS);

  it('both pages type-check with the package typings, and the lines they must refuse are refused', async () => {
    await exec(TSC, ['-p', join(FRAMEWORKS, 'react', 'tsconfig.json')], { cwd: ROOT });
    await exec(
      join(ROOT, 'node_modules', '.bin', 'vue-tsc'),
      ['--noEmit', '-p', join(FRAMEWORKS, 'vue', 'tsconfig.json')],
      { cwd: ROOT },
    );
  });

  it('React: <gongyi-progress> shows the API figures and its typed handlers get gongyi-load and gongyi-pledge', async () => {
    const campaign = await getCampaign(live.server.url, 'gaoping-lunch');
    // The bureau lists the portal among its sites: the service takes gifts only from pages it knows.
    await adminJson(live.server, 'POST', '/admin/sites', { orgId: 'hunan-mzt', origin: PORTAL });
    await open(live.page, 'react');
    const progress = live.page.locator('gongyi-progress');
    await expect.poll(() => live.page.locator('#loaded').innerText()).toBe('/campaigns/gaoping-lunch');
    expect(parseEnMoney(await progress.locator('[part="raised"]').innerText())).toBe(campaign.raisedAmount);
    expect(await defined(live.page), 'importing one element defines only it').toEqual(['gongyi-progress']);

    await progress.locator('[part="give"]').click();
    await progress.locator('[part="tier"]').first().click();
    await progress.locator('[part="submit"]').click();
    await expect.poll(() => live.page.locator('#pledged').textContent()).toBe(`${campaign.tiers[0]!.amount} CNY once`);
    expect(live.errors).toEqual([]);
  });

  it('Vue: <gongyi-stats> shows the API figures and its typed @gongyi-load handler ran', async () => {
    const { items } = await publicRead<{ items: { key: string }[] }>(live.server, '/orgs/fengxian-mzj/stats');
    await open(live.page, 'vue');
    await expect.poll(() => live.page.locator('#loaded').innerText()).toBe('/orgs/fengxian-mzj/stats');
    const shown = await live.page
      .locator('gongyi-stats [part="figure"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(shown).toEqual(items.slice(0, 4).map((s) => s.key)); // compact: four slots
    expect(await defined(live.page)).toEqual(['gongyi-stats']);
    expect(live.errors).toEqual([]);
  });
});
