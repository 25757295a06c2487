// After a pledge run: does every 201 the clients saw have exactly one donation row, and is there
// no row nobody was told about? Asked of the local D1 database itself (wrangler d1 execute), after
// the worker has stopped, so nothing in the worker can make the answer look better than it is.
import Database from 'better-sqlite3';
import { WRANGLER, run } from '../scripts/lib.mjs';
import { DB_NAME } from '../scripts/local-server.mjs';

/**
 * @param {string} persistTo  the local D1 directory the bench's worker used
 * @param {string} marker     the message every bench pledge carried
 * @param {string[]} answeredIds  the donation ids of the 201 answers
 * @param {number} cutOff  requests still in flight when the load generator stopped: they may have
 *                         written a row whose answer nobody read (at most one per connection)
 */
export async function checkLedger(persistTo, marker, answeredIds, cutOff) {
  const sql = `SELECT id FROM donations WHERE message = '${marker.replace(/'/g, "''")}'`;
  const out = await run(
    WRANGLER,
    ['d1', 'execute', DB_NAME, '--local', '--persist-to', persistTo, '--json', '--command', sql],
    { quiet: true },
  );
  const rows = JSON.parse(out.slice(out.indexOf('[')))[0].results.map((r) => r.id);
  return compare(rows, answeredIds, cutOff);
}

function compare(rows, answeredIds, cutOff) {
  const inDb = new Set(rows);
  const answered = new Set(answeredIds);
  const missing = [...answered].filter((id) => !inDb.has(id)).length;
  const unanswered = rows.filter((id) => !answered.has(id)).length;
  return {
    answered201: answeredIds.length,
    distinctIds: answered.size,
    rows: rows.length,
    missing,
    unanswered,
    cutOff,
    ok: answered.size === answeredIds.length && missing === 0 && rows.length === inDb.size && unanswered <= cutOff,
  };
}

/** The same check against the Node host's SQLite file (after the host has stopped). */
export function checkSqliteLedger(file, marker, answeredIds, cutOff) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  let rows;
  try {
    rows = db.prepare('SELECT id FROM donations WHERE message = ?').pluck().all(marker);
  } finally {
    db.close();
  }
  return compare(rows, answeredIds, cutOff);
}
