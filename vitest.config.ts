// Worker tests: run inside workerd (vitest-pool-workers) against a real local D1 with the project's
// migrations applied by test/worker/setup.ts. `npx vitest run` (root config) runs only these;
// the e2e suite has its own config in test/e2e.
import { mkdirSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export const TEST_ADMIN_TOKEN = 'test-super-admin-token';

export default defineConfig(async () => {
  // wrangler.toml serves ./dist as assets; it only exists after `vite build`, so make sure the
  // directory is there (empty is fine) before the pool reads the config.
  mkdirSync('dist', { recursive: true });
  const migrations = await readD1Migrations('schema/migrations');
  // The demo seed, split into statements like a migration, so tests can load it (twice, even).
  const seed = (await readD1Migrations('schema/seed')).flatMap((m) => m.queries);
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            ADMIN_TOKEN: TEST_ADMIN_TOKEN,
            DONOR_LINK_SECRET: 'test-donor-link-secret',
            TEST_MIGRATIONS: migrations,
            TEST_SEED: seed,
          },
        },
      }),
    ],
    test: {
      include: ['test/worker/**/*.test.ts'],
      setupFiles: ['test/worker/setup.ts'],
      // Each file runs in its own workerd isolate; two at a time keep both cores busy.
      maxWorkers: 2,
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  };
});
