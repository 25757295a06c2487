// End-to-end tests: real Chromium (playwright-core) against the real worker in wrangler dev
// (workerd + local D1 on a fresh temp directory), plus the widget size budget.
//   npx vitest run --config test/e2e/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // One wrangler dev + one Chromium per file; files run one after another to keep ports/CPU calm.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 30_000,
  },
});
