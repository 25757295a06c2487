// Group commit. With synchronous=FULL every COMMIT waits for an fsync of the WAL (about 6 ms on
// this machine's disk: 160 commits a second), which would cap pledges far below a giving day's
// rate. Writes that arrive in the same turn of the event loop therefore share one transaction:
// each runs atomically inside its own SAVEPOINT (a failing one rolls back alone, as a D1 batch
// does), and none is answered before the shared COMMIT is on disk. One fsync, many pledges, and
// a 201 still means the row survives a power cut.
import type { Database } from 'better-sqlite3';

type Waiter = { resolve: () => void; reject: (e: unknown) => void };

export class CommitGroup {
  private waiters: Waiter[] = [];
  private open = false;
  /** Commits so far (the Node binding's D1 bookmarks count them). */
  commits = 0;

  constructor(private readonly db: Database) {}

  /**
   * Runs `work` atomically now (its effects are visible at once in this process) and resolves
   * with its result once the transaction holding it is committed to disk; a throw rolls back
   * `work` alone and rejects at once.
   */
  write<T>(work: () => T): Promise<T> {
    if (!this.open) {
      this.db.exec('BEGIN IMMEDIATE');
      this.open = true;
      setImmediate(() => this.commit());
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

  /** Commits now (also called at shutdown, before the database closes). */
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
    for (const w of waiters) w.resolve();
  }
}
