// Every row of every table, keyed by its primary key, and what changed between two such pictures:
// the audit tests compare them with the audit rows a write left.
import { env } from 'cloudflare:workers';

export type Row = Record<string, unknown>;
/** table → primary key (JSON of its values) → row */
export type Tables = Map<string, Map<string, Row>>;
export type RowChange = { table: string; key: string; before: Row | null; after: Row | null; columns: string[] };

let keysOf: Promise<Map<string, string[]>> | undefined;

/** Each data table's primary-key columns (rowid for a table without one). */
function primaryKeys(): Promise<Map<string, string[]>> {
  keysOf ??= (async () => {
    const { results } = await env.DB.prepare(
      `SELECT m.name AS tbl, (SELECT json_group_array(name) FROM (SELECT p.name FROM pragma_table_info(m.name) p WHERE p.pk > 0 ORDER BY p.pk)) AS pk
         FROM sqlite_master m
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_cf_%' AND m.name <> 'd1_migrations'`,
    ).all<{ tbl: string; pk: string }>();
    return new Map(results.map((r) => [r.tbl, JSON.parse(r.pk).length ? JSON.parse(r.pk) : ['rowid']]));
  })();
  return keysOf;
}

/** Every table but `except` (the audit log grows through a long walk: compare its last seq instead). */
export async function allTables(except: readonly string[] = []): Promise<Tables> {
  const keys = await primaryKeys();
  const names = [...keys.keys()].filter((t) => !except.includes(t)).sort();
  const results = await env.DB.batch(
    names.map((t) => env.DB.prepare(`SELECT ${keys.get(t)![0] === 'rowid' ? 'rowid, ' : ''}* FROM "${t}"`)),
  );
  const out: Tables = new Map();
  names.forEach((t, i) => {
    const pk = keys.get(t)!;
    out.set(t, new Map((results[i]!.results as Row[]).map((r) => [JSON.stringify(pk.map((c) => r[c])), r])));
  });
  return out;
}

/** Rows created, changed (with the columns that changed) or deleted from `a` to `b`. */
export function changedRows(a: Tables, b: Tables): RowChange[] {
  const out: RowChange[] = [];
  for (const [table, rowsB] of b) {
    const rowsA = a.get(table) ?? new Map<string, Row>();
    for (const [key, after] of rowsB) {
      const before = rowsA.get(key) ?? null;
      const columns = Object.keys(after).filter(
        (c) => c !== 'rowid' && JSON.stringify(before?.[c]) !== JSON.stringify(after[c]),
      );
      if (!before || columns.length)
        out.push({ table, key, before, after, columns: before ? columns : Object.keys(after) });
    }
    for (const [key, before] of rowsA)
      if (!rowsB.has(key)) out.push({ table, key, before, after: null, columns: Object.keys(before) });
  }
  return out;
}

/** A whole-database picture as text (equal texts: nothing changed). */
export const tablesText = (t: Tables) => JSON.stringify([...t].map(([name, rows]) => [name, [...rows]]));
