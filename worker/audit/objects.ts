// What an audited admin write can change, and how to find each object's row, its organisation and
// a JSON snapshot of it (the audit row's `before` and `after`). Snapshots take every column the
// table has (read once per isolate from D1's pragma_table_info), except secrets and donors'
// contacts: the audit trail is append-only, so nothing in it may be something we must forget.
export const AUDIT_OBJECTS = {
  org: { table: 'organisations', org: (id: string) => id },
  site: { table: 'sites', org: 'SELECT org_id FROM sites WHERE id = ?' },
  project: { table: 'projects', org: 'SELECT org_id FROM projects WHERE id = ?' },
  update: { table: 'project_updates', org: 'SELECT p.org_id FROM project_updates u JOIN projects p ON p.id = u.project_id WHERE u.id = ?' },
  campaign: { table: 'campaigns', org: 'SELECT p.org_id FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE c.id = ?' },
  expenditure: {
    table: 'expenditures',
    org: 'SELECT p.org_id FROM expenditures e JOIN campaigns c ON c.id = e.campaign_id JOIN projects p ON p.id = c.project_id WHERE e.id = ?',
  },
  recipient: { table: 'recipients', org: 'SELECT org_id FROM recipients WHERE id = ?' },
  plan: {
    table: 'monthly_plans',
    org: 'SELECT p.org_id FROM monthly_plans mp JOIN campaigns c ON c.id = mp.campaign_id JOIN projects p ON p.id = c.project_id WHERE mp.id = ?',
  },
  matcher: { table: 'matchers', org: 'SELECT org_id FROM matchers WHERE id = ?' },
  fund: { table: 'match_funds', org: 'SELECT m.org_id FROM match_funds f JOIN matchers m ON m.id = f.matcher_id WHERE f.id = ?' },
  token: { table: 'admin_tokens', org: 'SELECT org_id FROM admin_tokens WHERE id = ?' },
  donation: {
    table: 'donations',
    org: 'SELECT p.org_id FROM donations d JOIN campaigns c ON c.id = d.campaign_id JOIN projects p ON p.id = c.project_id WHERE d.id = ?',
  },
  school: { table: 'lunch_schools', org: 'SELECT org_id FROM lunch_schools WHERE id = ?' },
  closure: { table: 'lunch_closures', org: 'SELECT s.org_id FROM lunch_closures x JOIN lunch_schools s ON s.id = x.school_id WHERE x.id = ?' },
  report: { table: 'lunch_reports', org: 'SELECT s.org_id FROM lunch_reports x JOIN lunch_schools s ON s.id = x.school_id WHERE x.id = ?' },
  wish: { table: 'wishes', org: 'SELECT org_id FROM wishes WHERE id = ?' },
  /** An organisation's figures as one object (they are replaced together). */
  figures: { table: 'org_figures', org: (id: string) => id, keyColumn: 'org_id', many: true },
} as const satisfies Record<string, { table: string; org: string | ((id: string) => string); keyColumn?: string; many?: boolean }>;

export type AuditObjectType = keyof typeof AUDIT_OBJECTS;

const NEVER_SNAPSHOT = new Set(['token_hash', 'contact']);
const columnCache = new Map<string, Promise<string[]>>();

async function columnsOf(db: D1Database, table: string): Promise<string[]> {
  let cols = columnCache.get(table);
  if (!cols) {
    cols = db
      .prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid')
      .bind(table)
      .all<{ name: string }>()
      .then((r) => r.results.map((x) => x.name).filter((n) => !NEVER_SNAPSHOT.has(n)));
    cols.catch(() => columnCache.delete(table));
    columnCache.set(table, cols);
  }
  return cols;
}

/**
 * SQL that evaluates to the object's JSON (or NULL when there is no such row), for the object
 * whose id is the SQL expression `idSql`.
 */
export async function snapshotSql(db: D1Database, type: AuditObjectType, idSql: string): Promise<string> {
  const spec: { table: string; keyColumn?: string; many?: boolean } = AUDIT_OBJECTS[type];
  const cols = await columnsOf(db, spec.table);
  const obj = `json_object(${cols.map((c) => `'${c}', t."${c}"`).join(', ')})`;
  const key = spec.keyColumn ?? 'id';
  return spec.many
    ? `(SELECT CASE WHEN COUNT(*) = 0 THEN NULL ELSE json_group_array(${obj}) END FROM "${spec.table}" t WHERE t."${key}" = ${idSql})`
    : `(SELECT ${obj} FROM "${spec.table}" t WHERE t."${key}" = ${idSql})`;
}

/** The id of the row a create just inserted: the newest row of its table. */
export const createdIdSql = (type: AuditObjectType) => `(SELECT id FROM "${AUDIT_OBJECTS[type].table}" ORDER BY rowid DESC LIMIT 1)`;

/** The organisation an existing object belongs to (null: no such object). */
export async function orgOfObject(db: D1Database, type: AuditObjectType, id: string): Promise<string | null> {
  const org: string | ((id: string) => string) = AUDIT_OBJECTS[type].org;
  if (typeof org === 'function') {
    if (type === 'org' && !(await db.prepare('SELECT 1 FROM organisations WHERE id = ?').bind(id).first())) return null;
    return org(id);
  }
  return (await db.prepare(org).bind(id).first<{ org_id: string }>())?.org_id ?? null;
}
