// The Node host's tests: its D1 binding (the conformance cases shared with workerd), read cache,
// limiter, scheduler, purge hook, assets, shutdown, backup and crash safety, in plain Node.
//   npx vitest run --config test/node/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'node-host',
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
