// Group commit, with the fsync off the event loop. Writes that arrive in the same turn of the
// event loop, or while the previous group's fsync runs, share one transaction: each runs atomically inside its own SAVEPOINT (a failing one
// rolls back alone, as a D1 batch does), and none is answered before the shared COMMIT is on disk.
//
// On disk: with synchronous=FULL SQLite fsyncs the WAL inside COMMIT, on the event loop, and
// nothing else runs meanwhile (1.5–6 ms on this machine's disk; 13 % of the host's time in a
// pledge run). The host therefore opens the database with synchronous=NORMAL (COMMIT only writes the WAL
// frames) and fsyncs the WAL file here, on libuv's thread pool, before it answers anyone in the
// group. A 201 still means the row survives a power cut; meanwhile the event loop serves the next
// requests and gathers the next group in the open transaction, committed and fsynced as soon as
// this fsync is done.
// Why that is as safe as FULL: the frames of a commit are in the WAL file before COMMIT returns
// and fsync flushes all of the file's dirty pages (whichever descriptor wrote them); WAL frames
// are appended in order and recovery keeps them up to the first torn one, so a later commit never
// survives without an earlier one; a checkpoint (NORMAL still fsyncs the WAL before it and the
// database after it) only moves frames to the database file before the WAL is reused.
import type { Database } from 'better-sqlite3';
import { closeSync, fsync, openSync } from 'node:fs';

type Waiter = { resolve: () => void; reject: (e: unknown) => void };

/** Makes a file's written pages durable (fsync), off the event loop. */
export type SyncFile = (file: string) => Promise<void>;

/**
 * fsync through one descriptor kept open: SQLite keeps the WAL file (the same inode) while the
 * connection is open, deleting it only when the last connection closes, after flush().
 */
function keptOpen(): { sync: SyncFile; close(): void } {
  let open: { file: string; fd: number } | null = null;
  return {
    sync: (file) => {
      if (open?.file !== file) open = { file, fd: openSync(file, 'r') };
      const { fd } = open;
      return new Promise((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
    },
    close() {
      if (open) closeSync(open.fd);
      open = null;
    },
  };
}

/**
 * The WAL file the group must fsync itself after COMMIT: none when SQLite's COMMIT already does
 * (synchronous=FULL or EXTRA) or there is no file (an in-memory database).
 */
function walToSync(db: Database): string | null {
  if (db.memory) return null;
  const journal = String(db.pragma('journal_mode', { simple: true })).toLowerCase();
  const synchronous = Number(db.pragma('synchronous', { simple: true }));
  if (synchronous >= 2) return null;
  // OFF: a checkpoint would copy frames into the database file without an fsync, then reuse the WAL.
  if (journal !== 'wal' || synchronous < 1) throw new Error(`group commit needs WAL with synchronous NORMAL or FULL (journal_mode=${journal}, synchronous=${synchronous})`);
  return `${db.name}-wal`;
}

export class CommitGroup {
  /** Writes in the open transaction. */
  private waiters: Waiter[] = [];
  /** Writes committed, waiting for the WAL's fsync. */
  private committed: Waiter[] = [];
  private syncing: Promise<void> | null = null;
  private open = false;
  /** An fsync failed: the kernel may have dropped those pages, so no later write can be promised either. */
  private failed: unknown = null;
  private readonly wal: string | null;
  private readonly descriptor = keptOpen();
  /** Commits so far (the Node binding's D1 bookmarks count them). */
  commits = 0;

  private readonly syncFile: SyncFile;

  constructor(
    private readonly db: Database,
    syncFile?: SyncFile,
  ) {
    this.wal = walToSync(db);
    this.syncFile = syncFile ?? this.descriptor.sync;
  }

  /**
   * Runs `work` atomically now (its effects are visible at once in this process) and resolves
   * with its result once the transaction holding it is committed to disk; a throw rolls back
   * `work` alone and rejects at once.
   */
  write<T>(work: () => T): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    if (!this.open) {
      this.db.exec('BEGIN IMMEDIATE');
      this.open = true;
      // While an fsync runs, the transaction stays open and gathers writes: it commits when the
      // fsync is done (its writes could not be answered sooner anyway), so one COMMIT and one
      // fsync serve everything that arrived meanwhile.
      setImmediate(() => {
        if (!this.syncing) this.commit();
      });
    }
    this.db.exec('SAVEPOINT d1_batch');
    let result: T;
    try {
      result = work();
      this.db.exec('RELEASE d1_batch');
    } catch (e) {
      this.db.exec('ROLLBACK TO d1_batch');
      this.db.exec('RELEASE d1_batch');
      return Promise.reject(e);
    }
    return new Promise<T>((resolve, reject) => this.waiters.push({ resolve: () => resolve(result), reject }));
  }

  /** Commits now; its writes are answered once the WAL is fsynced (see flush()). */
  commit(): void {
    if (!this.open) return;
    const waiters = this.waiters;
    this.waiters = [];
    this.open = false;
    try {
      this.db.exec('COMMIT');
      this.commits += 1;
    } catch (e) {
      // The disk refused the commit (full, gone): nothing of the group is kept, nobody gets a 2xx.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const w of waiters) w.reject(e);
      return;
    }
    if (!this.wal) {
      for (const w of waiters) w.resolve();
      return;
    }
    this.committed.push(...waiters);
    this.syncCommitted();
  }

  /** One fsync at a time; what committed meanwhile shares the next one. */
  private syncCommitted(): void {
    if (this.syncing || this.committed.length === 0) return;
    const group = this.committed;
    this.committed = [];
    if (this.failed) {
      for (const w of group) w.reject(this.failed);
      return;
    }
    // A throw (the WAL cannot be opened) is a failed fsync too.
    this.syncing = Promise.resolve().then(() => this.syncFile(this.wal!)).then(
      () => {
        for (const w of group) w.resolve();
      },
      (e: unknown) => {
        this.failed ??= e;
        console.error('fsync of the SQLite WAL failed: no write is answered any more until the host restarts', e);
        for (const w of group) w.reject(e);
      },
    );
    void this.syncing.then(() => {
      this.syncing = null;
      if (this.open) this.commit();
      else this.syncCommitted();
    });
  }

  /** Commits what is open and waits until every committed write is on disk (shutdown, before the database closes). */
  async flush(): Promise<void> {
    this.commit();
    while (this.syncing) await this.syncing;
    this.descriptor.close();
  }
}
