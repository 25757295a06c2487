// Durability on the Node host: a crash (SIGKILL) in the middle of 200 concurrent pledges loses no
// answered pledge and leaves no total out of step with its rows; a backup taken while pledges
// pour in restores to a database whose totals equal its rows.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../scripts/local-server.mjs';
import { backupDatabase, restoreDatabase } from '../../node-host/backup';
import { ledgerMismatches, pledges, rowsOf } from './ledger';

const dirs: string[] = [];
const tempDir = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  dirs.push(d);
  return d;
};
const servers: LocalServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('crash safety', () => {
  it('SIGKILL during 200 concurrent pledges: after a restart every 201 has exactly one row and every total equals its rows', async () => {
    const dataDir = tempDir('gongyi-crash-');
    const first = await startLocalServer({ runtime: 'node', persistTo: dataDir });
    servers.push(first);
    // Kill once some pledges were answered and others are still in flight.
    let answered = 0;
    let kill: () => void = () => {};
    const killed = new Promise<void>((r) => (kill = r));
    const load = pledges(first.url, 200, {
      ip: '192.0.2.10',
      onAnswer: (s) => s === 201 && ++answered === 20 && kill(),
    });
    await Promise.race([killed, new Promise((r) => setTimeout(r, 20_000))]);
    process.kill(first.pid!, 'SIGKILL');
    const answers = await load;
    await first.exited!();
    const created = answers.filter((a) => a.status === 201);
    expect(
      answers.some((a) => a.status !== 201),
      'the kill interrupted some pledges',
    ).toBe(true);

    const second = await startLocalServer({ runtime: 'node', persistTo: dataDir });
    servers.push(second);
    const file = join(dataDir, 'gongyi.sqlite');
    const rows = rowsOf(
      file,
      created.map((a) => a.id!),
    );
    for (const [id, n] of rows) expect(n, `rows of ${id}`).toBe(1);
    expect(ledgerMismatches(file)).toEqual([]);
    // The restarted service serves the same database.
    const res = await fetch(`${second.url}/api/v1/campaigns/gaoping-lunch`);
    expect(res.status).toBe(200);
    console.log(`SIGKILL: ${created.length} of 200 pledges answered 201 before the kill; all found, totals equal rows`);
  });
});

describe('online backup', () => {
  it('a backup taken under 200 concurrent pledges restores to a database whose totals equal its rows', async () => {
    const server = await startLocalServer({ runtime: 'node' });
    servers.push(server);
    const live = join(server.persistTo, 'gongyi.sqlite');
    const out = tempDir('gongyi-backup-');
    const copy = join(out, 'backup.sqlite');
    const load = pledges(server.url, 200, { ip: '192.0.2.11' });
    await new Promise((r) => setTimeout(r, 100));
    const { pages } = await backupDatabase(live, copy);
    const answers = await load;
    expect(pages).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === 201).length).toBe(200);
    expect(existsSync(copy)).toBe(true);

    const restoredDir = tempDir('gongyi-restored-');
    const restored = join(restoredDir, 'gongyi.sqlite');
    await restoreDatabase(copy, restored);
    expect(ledgerMismatches(restored)).toEqual([]);
    // And the service starts on the restored database.
    const again = await startLocalServer({ runtime: 'node', persistTo: restoredDir, seed: false });
    servers.push(again);
    expect((await fetch(`${again.url}/api/v1/campaigns/gaoping-lunch`)).status).toBe(200);
  });
});
