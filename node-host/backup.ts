// Online backup and restore of the Node host's SQLite file, with SQLite's backup API.
//
// backup: a second connection copies the live database while the server keeps serving. The copy
// is taken in one step (all pages at once), so it is one consistent snapshot: with WAL the
// writer goes on meanwhile, and a step-by-step copy would restart whenever a write lands between
// two steps. The copy is checked (integrity_check) before it is kept.
//
// restore: the server must be stopped. The backup is checked, then copied over the data file
// with the same API (the live file's WAL is replaced with it), ready for the next start.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';

function check(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} failed integrity_check: ${result}`);
  } finally {
    db.close();
  }
}

/** Copies the database `source` (in use or not) to `target`, consistently; returns its page count. */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  let pages = 0;
  try {
    await db.backup(partial, {
      progress: ({ totalPages }) => {
        pages = totalPages;
        return Math.max(totalPages, 1) * 2; // everything in the next step: one snapshot
      },
    });
  } finally {
    db.close();
  }
  check(partial);
  renameSync(partial, target);
  return { pages };
}

/** Replaces the database `target` (its server stopped) with the backup `source`. */
export async function restoreDatabase(source: string, target: string): Promise<void> {
  check(source);
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 1) * 2 });
  } finally {
    backup.close();
  }
  const db = new Database(target);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
