// Before each test file: apply the D1 migrations (already-applied ones are skipped) and load the
// demo seed (INSERT OR IGNORE, so loading it again changes nothing).
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll } from 'vitest';
import { loadSeed } from './helpers';

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  await loadSeed();
});
