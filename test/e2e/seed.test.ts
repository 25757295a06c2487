// `npm start` prepares the local database with the same code (scripts/local-server.mjs
// prepareDatabase): migrations + demo data. Running it twice must change nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WRANGLER, run } from '../../scripts/lib.mjs';
import { DB_NAME, prepareDatabase } from '../../scripts/local-server.mjs';

const dir = mkdtempSync(join(tmpdir(), 'gongyi-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query<T = Record<string, unknown>>(sql: string): Promise<T[]> {
  const out = await run(
    WRANGLER,
    ['d1', 'execute', DB_NAME, '--local', '--persist-to', dir, '--json', '--command', sql],
    { quiet: true },
  );
  const parsed = JSON.parse(out.slice(out.indexOf('['))) as { results: T[] }[];
  return parsed.flatMap((r) => r.results);
}

/** Every row of every table (minus D1's and SQLite's own bookkeeping), in a stable order. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const tables = await query<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  );
  // One wrangler call: the statements' results come back in order.
  const sql = tables.map(({ name }) => `SELECT * FROM "${name}" ORDER BY 1`).join('; ');
  const out = await run(
    WRANGLER,
    ['d1', 'execute', DB_NAME, '--local', '--persist-to', dir, '--json', '--command', sql],
    { quiet: true },
  );
  const results = (JSON.parse(out.slice(out.indexOf('['))) as { results: unknown[] }[]).map((r) => r.results);
  expect(results.length).toBe(tables.length);
  return Object.fromEntries(tables.map(({ name }, i) => [name, results[i]!]));
}

describe('local database preparation (npm start)', () => {
  it('applies the migrations and loads the demo data; a second run changes nothing', async () => {
    await prepareDatabase({ persistTo: dir, quiet: true });
    const first = await snapshot();
    expect(Object.keys(first).length).toBeGreaterThan(3);
    const campaigns = first['campaigns'] as { id: string }[];
    expect(campaigns.map((c) => c.id)).toEqual(expect.arrayContaining(['gaoping-lunch', 'guanheng-elder-centre']));
    const orgs = (first['organisations'] ?? first['orgs']) as { id: string }[];
    expect(orgs.map((o) => o.id)).toEqual(
      expect.arrayContaining(['hunan-mzt', 'yiyang-mzj', 'fengxian-mzj', 'taizhou-hailing']),
    );

    await prepareDatabase({ persistTo: dir, quiet: true });
    expect(await snapshot()).toEqual(first);
  });
});
