// The D1 binding an audited admin write sees: every statement that changes data is sent in one
// batch with the audit rows (D1 runs a batch as one transaction), so the change and its record
// land together or not at all. Reads pass straight through. Handlers need not know: they write as
// before, and a handler cannot forget to audit.
const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE|WITH)\b/i;

/** Builds the audit rows' INSERTs; called at the moment of the write (after the handler's reads). */
export type AuditStatement = (db: D1Database) => Promise<D1PreparedStatement[]>;

type Wrapped = D1PreparedStatement & { readonly inner: D1PreparedStatement; readonly sql: string };

export function auditedDb(db: D1Database, audit: AuditStatement): D1Database {
  const withAudit = async (statements: D1PreparedStatement[]) => {
    const results = await db.batch([...statements, ...(await audit(db))]);
    return results.slice(0, statements.length);
  };

  const wrap = (inner: D1PreparedStatement, sql: string): Wrapped => {
    const write = WRITE.test(sql);
    const one = async () => (await withAudit([inner]))[0]!;
    const stmt = {
      inner,
      sql,
      bind: (...values: unknown[]) => wrap(inner.bind(...values), sql),
      run: () => (write ? one() : inner.run()),
      all: () => (write ? one() : inner.all()),
      first: async (col?: string) => {
        if (!write) return col === undefined ? inner.first() : inner.first(col);
        const row = ((await one()).results[0] ?? null) as Record<string, unknown> | null;
        return col === undefined || row === null ? row : row[col];
      },
      raw: async (options?: { columnNames?: boolean }) => {
        if (!write) return inner.raw(options as { columnNames: true });
        const rows = (await one()).results as Record<string, unknown>[];
        const values = rows.map((r) => Object.values(r));
        return options?.columnNames ? [Object.keys(rows[0] ?? {}), ...values] : values;
      },
    };
    return stmt as unknown as Wrapped;
  };

  const facade = {
    prepare: (sql: string) => wrap(db.prepare(sql), sql),
    batch: async <T>(statements: D1PreparedStatement[]) => {
      const wrapped = statements as Wrapped[];
      const inner = wrapped.map((s) => s.inner ?? s);
      if (!wrapped.some((s) => s.sql !== undefined && WRITE.test(s.sql))) return db.batch<T>(inner);
      return (await withAudit(inner)) as D1Result<T>[];
    },
    exec: () => {
      throw new Error('exec() is not audited: use prepare() or batch()');
    },
    withSession: () => {
      throw new Error('an audited write runs in its request’s session');
    },
    dump: () => db.dump(),
  };
  return facade as unknown as D1Database;
}
