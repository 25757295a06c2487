// Group commit on the Node host (node-host/commit-group.ts): SQLite's COMMIT no longer fsyncs on
// the event loop (synchronous=NORMAL), so the group fsyncs the WAL itself, off the loop, and
// answers no write before that fsync is done. A failed fsync answers no write again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CommitGroup } from '../../node-host/commit-group';
import { openDatabase } from '../../node-host/database';

const dir = mkdtempSync(join(tmpdir(), 'gongyi-commit-group-'));
const opened: Database.Database[] = [];
afterAll(() => {
  for (const db of opened) db.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function ledger() {
  const file = join(dir, `ledger-${n++}.sqlite`);
  const db = openDatabase(file);
  opened.push(db);
  db.exec('CREATE TABLE gifts (id TEXT PRIMARY KEY, amount INTEGER NOT NULL)');
  return { file, db };
}

/** A stand-in for fsync that the test completes (or fails) by hand. */
function manualSync() {
  const calls: { file: string; done: () => void; fail: (e: Error) => void }[] = [];
  const sync = (file: string) => new Promise<void>((done, fail) => calls.push({ file, done, fail }));
  return { calls, sync };
}

const turn = () => new Promise((r) => setImmediate(r));
const settled = async (p: Promise<unknown>) => {
  let state = 'pending';
  p.then(() => (state = 'resolved'), () => (state = 'rejected'));
  await turn();
  return state;
};

describe('group commit', () => {
  it('the host’s database leaves the fsync to the group: WAL, synchronous=NORMAL', () => {
    const { db } = ledger();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('a committed write is answered only once the WAL file is fsynced, and the loop keeps serving meanwhile', async () => {
    const { file, db } = ledger();
    const { calls, sync } = manualSync();
    const group = new CommitGroup(db, sync);
    const write = group.write(() => db.prepare("INSERT INTO gifts VALUES ('a', 2000)").run());
    await turn(); // the group commits on the next turn
    // Committed (another connection sees it), not yet answered: the WAL is still being fsynced.
    const other = new Database(file, { readonly: true });
    expect(other.prepare('SELECT amount FROM gifts').pluck().all()).toEqual([2000]);
    other.close();
    expect(calls.map((c) => c.file)).toEqual([`${file}-wal`]);
    expect(await settled(write)).toBe('pending');
    // A write during that fsync waits in the open transaction, committed once the fsync is done.
    const second = group.write(() => db.prepare("INSERT INTO gifts VALUES ('b', 500)").run());
    await turn();
    expect(calls).toHaveLength(1);
    expect(group.commits).toBe(1);
    calls[0]!.done();
    expect(await settled(write)).toBe('resolved');
    expect(await settled(second)).toBe('pending');
    expect(group.commits).toBe(2);
    expect(calls).toHaveLength(2);
    calls[1]!.done();
    expect(await settled(second)).toBe('resolved');
  });

  it('the writes of several turns during one fsync share the next COMMIT and fsync', async () => {
    const { db } = ledger();
    const { calls, sync } = manualSync();
    const group = new CommitGroup(db, sync);
    const first = group.write(() => db.prepare("INSERT INTO gifts VALUES ('a', 1)").run());
    await turn();
    const later = [];
    for (const id of ['b', 'c', 'd']) {
      later.push(group.write(() => db.prepare('INSERT INTO gifts VALUES (?, 1)').run(id)));
      await turn(); // each in a turn of its own
    }
    expect(calls).toHaveLength(1);
    expect(group.commits).toBe(1);
    calls[0]!.done();
    await first;
    await turn();
    expect(group.commits).toBe(2);
    expect(calls).toHaveLength(2);
    calls[1]!.done();
    await Promise.all(later);
    expect(calls).toHaveLength(2);
  });

  it('a failed fsync answers the group with the error, and no later write is answered 2xx', async () => {
    const { db } = ledger();
    const { calls, sync } = manualSync();
    const group = new CommitGroup(db, sync);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const write = group.write(() => db.prepare("INSERT INTO gifts VALUES ('a', 1)").run());
      await turn();
      calls[0]!.fail(new Error('EIO: i/o error, fsync'));
      await expect(write).rejects.toThrow('EIO');
      await expect(group.write(() => db.prepare("INSERT INTO gifts VALUES ('b', 1)").run())).rejects.toThrow('EIO');
      expect(db.prepare("SELECT count(*) FROM gifts WHERE id = 'b'").pluck().get()).toBe(0);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });

  it('flush() commits what is open and waits for its fsync (shutdown)', async () => {
    const { db } = ledger();
    const group = new CommitGroup(db); // the real fsync
    const write = group.write(() => db.prepare("INSERT INTO gifts VALUES ('a', 1)").run());
    await group.flush();
    expect(await settled(write)).toBe('resolved');
    expect(db.inTransaction).toBe(false);
  });

  it('needs no fsync of its own when SQLite’s COMMIT already does it (FULL), and refuses synchronous=OFF', async () => {
    const { db } = ledger();
    const { calls, sync } = manualSync();
    db.pragma('synchronous = FULL');
    const group = new CommitGroup(db, sync);
    await group.write(() => db.prepare("INSERT INTO gifts VALUES ('a', 1)").run());
    expect(calls).toHaveLength(0);
    db.pragma('synchronous = OFF');
    expect(() => new CommitGroup(db, sync)).toThrow(/synchronous NORMAL or FULL/);
  });
});
