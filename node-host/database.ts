// The SQLite file of the Node host: opened with the settings a money ledger needs, then brought to
// the same schema and demo data as the D1 database of `npm start`.
//
//   journal_mode=WAL     readers never wait for the writer, and a backup runs while serving;
//   synchronous=FULL     every commit's WAL frames are fsynced before the commit returns, so a 201
//                        (or an acknowledged payment callback) survives a power cut, not only a
//                        crash of the process (NORMAL would lose the last commits since the
//                        last checkpoint on power loss). The fsync cost is shared by group commit
//                        (commit-group.ts);
//   foreign_keys=ON      as on D1, where they are always enforced;
//   busy_timeout=5000    another connection (a backup, a restore) waits instead of failing.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const PRAGMAS = ['journal_mode = WAL', 'synchronous = FULL', 'foreign_keys = ON', 'busy_timeout = 5000'];

export function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  for (const p of PRAGMAS) db.pragma(p);
  return db;
}

const sqlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();

/**
 * Applies the migrations not applied yet, in order, each in its own transaction, recorded in
 * `d1_migrations` as wrangler records them. Returns the names applied now.
 */
export function applyMigrations(db: Database.Database, dir: string): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS d1_migrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT UNIQUE,
    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
  )`);
  const done = new Set(db.prepare('SELECT name FROM d1_migrations').pluck().all() as string[]);
  const applied: string[] = [];
  for (const name of sqlFiles(dir)) {
    if (done.has(name)) continue;
    const sql = readFileSync(join(dir, name), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO d1_migrations (name) VALUES (?)').run(name);
    }).immediate();
    applied.push(name);
  }
  return applied;
}

/** Loads every seed file in order (each is INSERT OR IGNORE: loading it again changes nothing). */
export function loadSeed(db: Database.Database, dir: string): string[] {
  const files = sqlFiles(dir);
  for (const name of files) {
    const sql = readFileSync(join(dir, name), 'utf8');
    db.transaction(() => db.exec(sql)).immediate();
  }
  return files;
}
