// The audit trail as staff read it, newest first (written by audit/: each admin write and its row
// in one batch). Paged by `seq`; the CSV export reads the same filter without a page.
export type AuditRow = {
  seq: number;
  at: string;
  org_id: string | null;
  token_id: string | null;
  actor_label: string;
  actor_role: string;
  action: string;
  object_type: string;
  object_id: string | null;
  before: string | null;
  after: string | null;
  request_id: string;
};

/**
 * Which rows: `object` a type or type:id, `actor` a token id or 'super', `from`/`to` UTC instants
 * (from included, to excluded), `before` the seq the previous page ended at.
 */
export type AuditWhere = {
  org?: string;
  object?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  before?: number;
};

function auditSql(f: AuditWhere) {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.org) {
    where.push('org_id = ?');
    args.push(f.org);
  }
  if (f.object) {
    const [type, ...rest] = f.object.split(':');
    where.push('object_type = ?');
    args.push(type);
    if (rest.length) {
      where.push('object_id = ?');
      args.push(rest.join(':'));
    }
  }
  if (f.actor === 'super') where.push('token_id IS NULL');
  else if (f.actor) {
    where.push('token_id = ?');
    args.push(f.actor);
  }
  if (f.action) {
    where.push('action = ?');
    args.push(f.action);
  }
  if (f.from) {
    where.push('at >= ?');
    args.push(f.from);
  }
  if (f.to) {
    where.push('at < ?');
    args.push(f.to);
  }
  if (f.before !== undefined) {
    where.push('seq < ?');
    args.push(f.before);
  }
  return {
    sql: `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC`,
    args,
  };
}

/** Every matching row (the CSV export). */
export async function exportAudit(db: D1Database, f: AuditWhere): Promise<AuditRow[]> {
  const { sql, args } = auditSql(f);
  return (
    await db
      .prepare(sql)
      .bind(...args)
      .all<AuditRow>()
  ).results;
}

/** `limit` + 1 rows, so the caller learns whether another page exists. */
export async function listAudit(db: D1Database, f: AuditWhere, limit: number): Promise<AuditRow[]> {
  const { sql, args } = auditSql(f);
  return (
    await db
      .prepare(`${sql} LIMIT ?`)
      .bind(...args, limit + 1)
      .all<AuditRow>()
  ).results;
}
