// The D1 binding on Node: the D1 API the app uses (prepare/bind/first/all/run/raw, batch, exec,
// withSession, meta.changes and last_row_id) over one better-sqlite3 connection. A thin adapter,
// held to D1's behaviour by the conformance suite (test/conformance), which runs the same cases
// against D1 in workerd:
//   - values bind by position (?NNN included), numbers as REAL, booleans as 1/0, byte arrays as
//     BLOBs; a wrong number of values or `undefined` is refused with D1's message;
//   - a batch is one transaction: one failing statement rolls back the whole batch;
//   - exec() runs each line as one statement, all lines in one transaction;
//   - meta.changes counts rows changed by triggers too (total_changes() before and after);
//   - errors read like D1's ("D1_ERROR: UNIQUE constraint failed: t.c: SQLITE_CONSTRAINT
//     (extended: SQLITE_CONSTRAINT_UNIQUE)"), the SQLite text also in `cause`, so the app's
//     constraint → problem mapping works unchanged.
// Writes go through the commit group (commit-group.ts): answered only once on disk.
import type { Database, Statement } from 'better-sqlite3';
import { CommitGroup } from './commit-group';
import { parameterise } from './sql-parameters';

type Row = Record<string, unknown>;
type Compiled = { stmt: Statement; used: number[]; count: number; reader: boolean; readonly: boolean };
type Meta = D1Meta & Record<string, unknown>;
type Outcome = { results: unknown[]; meta: Meta; columns: string[] };

const SERVED_BY = 'better-sqlite3';

/** An error as D1 throws it: `D1_ERROR: <text>`, with the SQLite text as its cause. */
function d1Error(text: string, prefix = 'D1_ERROR'): Error {
  return new Error(`${prefix}: ${text}`, { cause: new Error(text) });
}

/** SQLite's own text of an error, as D1 words it: message, primary code, extended code. */
function sqliteText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e.message;
  const primary = code.split('_').slice(0, 2).join('_');
  return `${e.message}: ${primary}${code === primary ? '' : ` (extended: ${code})`}`;
}

const asD1Error = (e: unknown) => (e instanceof Error && e.message.startsWith('D1_') ? e : d1Error(sqliteText(e)));

function bindable(v: unknown): unknown {
  if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof ArrayBuffer) return Buffer.from(v);
  if (ArrayBuffer.isView(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  throw d1Error(`Type '${typeof v}' not supported for value '${String(v)}'`, 'D1_TYPE_ERROR');
}

/** D1 answers BLOBs as arrays of byte values. */
function plainRow<T extends Row | unknown[]>(row: T): T {
  for (const k in row) if (Buffer.isBuffer(row[k])) (row as Row)[k] = Array.from(row[k] as Buffer);
  return row;
}

const isEmptySql = (sql: string) => sql.replace(/^\s+--.*/gm, '').trim().length === 0;

export class SqliteD1 {
  private readonly compiled = new Map<string, Compiled>();
  private readonly totalChanges: Statement;
  private readonly lastRowId: Statement;
  readonly group: CommitGroup;

  constructor(readonly sqlite: Database) {
    this.totalChanges = sqlite.prepare('SELECT total_changes()').pluck();
    this.lastRowId = sqlite.prepare('SELECT last_insert_rowid()').pluck();
    this.group = new CommitGroup(sqlite);
  }

  /** Prepared once per query text (the app's queries are a fixed set; generated ones are few). */
  compile(sql: string): Compiled {
    let c = this.compiled.get(sql);
    if (c) return c;
    if (isEmptySql(sql)) throw d1Error('No SQL statements detected.');
    const p = parameterise(sql);
    let stmt: Statement;
    try {
      stmt = this.sqlite.prepare(p.sql);
    } catch (e) {
      throw asD1Error(e);
    }
    c = { stmt, used: p.used, count: p.count, reader: stmt.reader, readonly: stmt.readonly };
    if (this.compiled.size >= 2000) this.compiled.delete(this.compiled.keys().next().value!);
    this.compiled.set(sql, c);
    return c;
  }

  /** Runs one statement now (synchronously): rows as objects (or arrays for raw) and D1's meta. */
  execute(sql: string, values: unknown[], raw = false): Outcome {
    const c = this.compile(sql);
    if (values.length !== c.count) throw d1Error('Wrong number of parameter bindings for SQL query.');
    const named: Record<string, unknown> = {};
    for (const n of c.used) named[`p${n}`] = values[n - 1];
    const args = c.used.length ? [named] : [];
    const started = performance.now();
    const before = c.readonly ? 0 : (this.totalChanges.get() as number);
    let results: unknown[] = [];
    let columns: string[] = [];
    try {
      if (c.reader) {
        columns = c.stmt.columns().map((col) => col.name);
        results = raw ? c.stmt.raw(true).all(...args) : c.stmt.all(...args);
        for (const r of results) plainRow(r as Row);
      } else {
        c.stmt.run(...args);
      }
    } catch (e) {
      throw asD1Error(e);
    } finally {
      if (raw) c.stmt.raw(false);
    }
    const changes = c.readonly ? 0 : (this.totalChanges.get() as number) - before;
    const meta = {
      served_by: SERVED_BY,
      duration: performance.now() - started,
      changes,
      last_row_id: this.lastRowId.get() as number,
      changed_db: changes > 0,
      size_after: 0,
      rows_read: c.reader ? results.length : 0,
      rows_written: changes,
    } as Meta;
    return { results, meta, columns };
  }

  /** A statement's result as D1 resolves it: reads at once, writes once committed to disk. */
  statement(sql: string, values: unknown[], raw = false): Promise<Outcome> {
    try {
      if (this.compile(sql).readonly) return Promise.resolve(this.execute(sql, values, raw));
      return this.group.write(() => this.execute(sql, values, raw));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Statements in one transaction: all or nothing (a read-only batch needs none: it runs in one go). */
  batch(statements: { sql: string; values: unknown[] }[]): Promise<Outcome[]> {
    try {
      if (statements.length === 0) throw d1Error('No SQL statements detected.');
      const all = () => statements.map((s) => this.execute(s.sql, s.values));
      if (statements.every((s) => this.compile(s.sql).readonly)) return Promise.resolve(all());
      return this.group.write(all);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** D1's exec: one statement per line, all lines in one transaction. */
  exec(query: string): Promise<D1ExecResult> {
    const lines = query
      .trim()
      .split('\n')
      .filter((l) => !isEmptySql(l));
    const started = performance.now();
    return this.group
      .write(() => {
        for (const line of lines) this.sqlite.exec(line);
      })
      .then(
        () => ({ count: lines.length, duration: performance.now() - started }),
        (e) => {
          // D1 names the first line, whichever failed (the whole exec is one failed transaction).
          const text = `Error in line 1: ${lines[0]}: ${sqliteText(e)}`;
          throw d1Error(text, 'D1_EXEC_ERROR');
        },
      );
  }

  /** A D1 bookmark of the latest commit: one node, no replicas, so any bookmark is current. */
  bookmark(): string {
    return `00000000-${this.group.commits.toString(16).padStart(8, '0')}-00000000-${'0'.repeat(32)}`;
  }
}

class Prepared {
  constructor(
    private readonly db: SqliteD1,
    readonly sql: string,
    readonly values: unknown[] = [],
    private readonly seen?: () => void,
  ) {}
  bind(...values: unknown[]) {
    return new Prepared(this.db, this.sql, values.map(bindable), this.seen);
  }
  private async outcome(raw = false) {
    const o = await this.db.statement(this.sql, this.values, raw);
    this.seen?.();
    return o;
  }
  async first<T = unknown>(column?: string): Promise<T | null> {
    const { results } = await this.outcome();
    const row = (results[0] ?? null) as Row | null;
    if (column === undefined || row === null) return row as T | null;
    if (!(column in row))
      throw new Error(`D1_COLUMN_NOTFOUND: Column not found (${column})`, { cause: new Error('Column not found') });
    return row[column] as T;
  }
  async all<T = Row>(): Promise<D1Result<T>> {
    const { results, meta } = await this.outcome();
    return { success: true, meta, results: results as T[] };
  }
  run<T = Row>(): Promise<D1Result<T>> {
    return this.all<T>();
  }
  async raw<T = unknown[]>(options?: { columnNames?: boolean }): Promise<T[]> {
    const { results, columns } = await this.outcome(true);
    return (options?.columnNames ? [columns, ...results] : results) as T[];
  }
}

/** What prepare/batch need of a database or a session (a session also notes its bookmark). */
function surface(db: SqliteD1, seen?: () => void) {
  return {
    prepare: (sql: string) => new Prepared(db, sql, [], seen) as unknown as D1PreparedStatement,
    batch: async <T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> => {
      const list = statements as unknown as Prepared[];
      const outcomes = await db.batch(list.map((s) => ({ sql: s.sql, values: s.values })));
      seen?.();
      return outcomes.map(({ results, meta }) => ({ success: true, meta, results: results as T[] }));
    },
  };
}

/** The D1Database binding of a better-sqlite3 connection. */
export function d1Binding(sqlite: Database): D1Database & { readonly adapter: SqliteD1 } {
  const db = new SqliteD1(sqlite);
  const binding = {
    ...surface(db),
    adapter: db,
    exec: (query: string) => db.exec(query),
    dump: async () => {
      const bytes = sqlite.serialize();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
    withSession: (_constraint?: string) => {
      // One node: every session reads the primary. The bookmark is null until the session ran a query.
      let bookmark: string | null = null;
      const s = surface(db, () => (bookmark = db.bookmark()));
      return { ...s, getBookmark: () => bookmark };
    },
  };
  return binding as unknown as D1Database & { readonly adapter: SqliteD1 };
}
