// End-to-end tests: real Chromium (playwright-core) against the real worker in wrangler dev
// (workerd + local D1 on a fresh temp directory), plus the widget size budget.
//   npx vitest run --config test/e2e/vitest.config.ts
// GONGYI_RUNTIME=node runs the files that need only a running server against the Node host
// instead (one contract, two runtimes); `npm run test:e2e` runs both passes.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * What the Node host is held to: the files whose outcome depends on the server (demo reads, writes
 * and idempotency, the widgets in Chromium on the demo article, lunch, wishes, the accountability
 * reads, keep-alive, the embed pages and their frame headers, oEmbed, a Stripe payment through its
 * stand-in (the Node host's own HMAC), the ICP footer). The others check the build (size, manifest,
 * package, docs), wrangler's own seeding, how a card draws (elder mode, the column, hostile host
 * pages: the same bundle and the same answers on either host) or monthly giving's flow over the
 * same webhook path, which one pass covers.
 */
export const BOTH_RUNTIMES = [
  'demo',
  'lunch',
  'wishes',
  'console-accountability',
  'keep-alive',
  'embed-frames',
  'oembed-client',
  'payment-stripe',
  'icp-footer',
];
const runtime = process.env.GONGYI_RUNTIME ?? 'workerd';
/**
 * Which files: on workerd every file, on Node the BOTH_RUNTIMES files. `npm run test:e2e` runs two
 * passes with GONGYI_SHARE_SERVER=1 (one server per runtime that every file shares; a file that
 * needs other vars or fresh demo data starts its own): every file on workerd, then the
 * BOTH_RUNTIMES files on one Node host.
 */
const include = runtime === 'node' ? BOTH_RUNTIMES.map((f) => `test/e2e/${f}.test.ts`) : ['test/e2e/**/*.test.ts'];

/**
 * Files in the order of their names, here and in CI alike: files share a server, so a run's order is
 * part of what it tested (vitest's default orders by the last local run's timings, or by file size).
 */
class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: `e2e-${runtime}`,
    include,
    exclude: ['**/node_modules/**'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // One wrangler dev + one Chromium per file; files run one after another to keep ports/CPU calm.
    fileParallelism: false,
    sequence: { sequencer: ByName },
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 30_000,
  },
});
