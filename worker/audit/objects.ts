// What an audited admin write can change, and how to find each object's row, its organisation and
// a JSON snapshot of it (the audit row's `before` and `after`). Snapshots take every column the
// table has (read once per isolate from D1's pragma_table_info), with the rows that are part of
// the object (a fund's campaigns, a gift's matches, a wish's claims), except what SNAPSHOT_RULES
// says: the audit trail is append-only, so nothing in it may be something we must forget.
import { maskNameSql } from '../privacy/mask';

/** Rows of another table that belong to the object and appear in its snapshot under their own field. */
type Part = {
  table: string;
  /** The column naming the owner object. */
  key: string;
  order: string;
  /** Only this column's values (a list of ids), instead of whole rows. */
  value?: string;
};
/** Another object a write of this one may create or change (triggers, a create that makes its parents): SQL selecting their `id`s, given SQL of this object's id. */
type Touch<T = string> = { type: T; ids: (idSql: string) => string };
type Spec = {
  table: string;
  org: string | ((id: string) => string);
  keyColumn?: string;
  many?: boolean;
  parts?: Record<string, Part>;
  touches?: readonly Touch[];
};

export const AUDIT_OBJECTS = {
  org: { table: 'organisations', org: (id: string) => id },
  site: { table: 'sites', org: 'SELECT org_id FROM sites WHERE id = ?' },
  project: { table: 'projects', org: 'SELECT org_id FROM projects WHERE id = ?' },
  update: {
    table: 'project_updates',
    org: 'SELECT p.org_id FROM project_updates u JOIN projects p ON p.id = u.project_id WHERE u.id = ?',
  },
  campaign: {
    table: 'campaigns',
    org: 'SELECT p.org_id FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE c.id = ?',
  },
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
  fund: {
    table: 'match_funds',
    org: 'SELECT m.org_id FROM match_funds f JOIN matchers m ON m.id = f.matcher_id WHERE f.id = ?',
    parts: {
      campaignIds: { table: 'match_fund_campaigns', key: 'fund_id', order: 'campaign_id', value: 'campaign_id' },
    },
  },
  token: {
    table: 'admin_tokens',
    org: 'SELECT org_id FROM admin_tokens WHERE id = ?',
    // Revoking a token revokes every token it minted, down the line.
    touches: [
      {
        type: 'token',
        ids: (id: string) => `WITH RECURSIVE line(id) AS (SELECT id FROM admin_tokens WHERE minted_by = ${id}
                              UNION SELECT t.id FROM admin_tokens t JOIN line ON t.minted_by = line.id) SELECT id FROM line`,
      },
    ],
  },
  donation: {
    table: 'donations',
    org: 'SELECT p.org_id FROM donations d JOIN campaigns c ON c.id = d.campaign_id JOIN projects p ON p.id = c.project_id WHERE d.id = ?',
    // What the matching funds added to the gift (the triggers write them as it is confirmed, reverse them as it is refunded).
    parts: { matches: { table: 'match_allocations', key: 'donation_id', order: 'fund_id' } },
  },
  school: {
    table: 'lunch_schools',
    org: 'SELECT org_id FROM lunch_schools WHERE id = ?',
    // A school created without a campaign brings its own project and campaign.
    touches: [
      {
        type: 'project',
        ids: (id: string) =>
          `SELECT c.project_id AS id FROM lunch_schools s JOIN campaigns c ON c.id = s.campaign_id WHERE s.id = ${id}`,
      },
      { type: 'campaign', ids: (id: string) => `SELECT campaign_id AS id FROM lunch_schools WHERE id = ${id}` },
    ],
  },
  closure: {
    table: 'lunch_closures',
    org: 'SELECT s.org_id FROM lunch_closures x JOIN lunch_schools s ON s.id = x.school_id WHERE x.id = ?',
  },
  report: {
    table: 'lunch_reports',
    org: 'SELECT s.org_id FROM lunch_reports x JOIN lunch_schools s ON s.id = x.school_id WHERE x.id = ?',
    // Its line in the spending ledger, kept by triggers.
    touches: [
      { type: 'expenditure', ids: (id: string) => `SELECT id FROM expenditures WHERE lunch_report_id = ${id}` },
    ],
  },
  wish: {
    table: 'wishes',
    org: 'SELECT org_id FROM wishes WHERE id = ?',
    parts: { claims: { table: 'wish_claims', key: 'wish_id', order: 'created_at, id' } },
  },
  /** An organisation's figures as one object (they are replaced together). */
  figures: { table: 'org_figures', org: (id: string) => id, keyColumn: 'org_id', many: true },
} as const satisfies Record<string, Spec>;

export type AuditObjectType = keyof typeof AUDIT_OBJECTS;
const specOf = (type: AuditObjectType): Spec => AUDIT_OBJECTS[type];

/**
 * Columns a snapshot does not copy as they are, per table: what a person may ask us to forget
 * (donors, monthly donors, wishers, claimers), and secrets. Every other column is copied: staff's
 * own texts (titles, purposes) are the organisation's record.
 * - mask: the name as public answers show it (maskName: 马才英 → 马**; anonymous → 爱心人士)
 * - ref:  free text a person wrote or that tells about one: only where it is kept and its length
 *         ({"ref": "donations/dn_…", "chars": 12}), so the trail still shows that it changed
 * - omit: left out (contacts; token hashes)
 */
export const SNAPSHOT_RULES: Record<string, Record<string, 'mask' | 'ref' | 'omit'>> = {
  donations: { name: 'mask', message: 'ref', contact: 'omit' },
  monthly_plans: { name: 'mask', message: 'ref', contact: 'omit' },
  wishes: { wisher_name: 'mask', story: 'ref', thanks_note: 'ref' },
  wish_claims: { name: 'mask', organisation: 'ref', contact: 'omit', release_reason: 'ref' },
  admin_tokens: { token_hash: 'omit' },
};

const columnCache = new Map<string, Promise<string[]>>();

async function columnsOf(db: D1Database, table: string): Promise<string[]> {
  let cols = columnCache.get(table);
  if (!cols) {
    cols = db
      .prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid')
      .bind(table)
      .all<{ name: string }>()
      .then((r) => r.results.map((x) => x.name));
    cols.catch(() => columnCache.delete(table));
    columnCache.set(table, cols);
  }
  return cols;
}

/** The JSON object of the row `alias` of `table`, as SNAPSHOT_RULES allow. */
async function rowJsonSql(db: D1Database, table: string, alias: string): Promise<string> {
  const cols = await columnsOf(db, table);
  const rules = SNAPSHOT_RULES[table] ?? {};
  const pairs = cols.flatMap((c) => {
    const col = `${alias}."${c}"`;
    switch (rules[c]) {
      case 'omit':
        return [];
      case 'mask':
        return [
          `'${c}', CASE WHEN ${col} IS NULL THEN NULL ELSE ${maskNameSql(col, cols.includes('anonymous') ? `${alias}."anonymous" = 1` : '0')} END`,
        ];
      case 'ref':
        return [
          `'${c}', CASE WHEN ${col} IS NULL OR ${col} = '' THEN ${col} ELSE json_object('ref', '${table}/' || ${alias}."id", 'chars', length(${col})) END`,
        ];
      default:
        return [`'${c}', ${col}`];
    }
  });
  return `json_object(${pairs.join(', ')})`;
}

/**
 * SQL that evaluates to the object's JSON (or NULL when there is no such row), for the object
 * whose id is the SQL expression `idSql`.
 */
export async function snapshotSql(db: D1Database, type: AuditObjectType, idSql: string): Promise<string> {
  const spec = specOf(type);
  let obj = await rowJsonSql(db, spec.table, 't');
  for (const [field, part] of Object.entries(spec.parts ?? {})) {
    const item = part.value ? `p."${part.value}"` : await rowJsonSql(db, part.table, 'p');
    // json(): JSON stays JSON (a value that comes out of a subquery is plain text).
    const list = `json((SELECT json_group_array(${part.value ? 'item' : 'json(item)'}) FROM (SELECT ${item} AS item FROM "${part.table}" p WHERE p."${part.key}" = t."id" ORDER BY ${part.order})))`;
    obj = `json_insert(${obj}, '$.${field}', ${list})`;
  }
  const key = spec.keyColumn ?? 'id';
  return spec.many
    ? `(SELECT CASE WHEN COUNT(*) = 0 THEN NULL ELSE json_group_array(${obj}) END FROM "${spec.table}" t WHERE t."${key}" = ${idSql})`
    : `(SELECT ${obj} FROM "${spec.table}" t WHERE t."${key}" = ${idSql})`;
}

/** The objects a write of `type` may create or change besides itself. */
export const touchesOf = (type: AuditObjectType) => (specOf(type).touches ?? []) as readonly Touch<AuditObjectType>[];

/** The table an object type lives in. */
export const tableOf = (type: AuditObjectType) => specOf(type).table;

/** The id of the row a create just inserted: the newest row of its table. */
export const createdIdSql = (type: AuditObjectType) =>
  `(SELECT id FROM "${AUDIT_OBJECTS[type].table}" ORDER BY rowid DESC LIMIT 1)`;

/** The organisation an existing object belongs to (null: no such object). */
export async function orgOfObject(db: D1Database, type: AuditObjectType, id: string): Promise<string | null> {
  const org: string | ((id: string) => string) = AUDIT_OBJECTS[type].org;
  if (typeof org === 'function') {
    if (type === 'org' && !(await db.prepare('SELECT 1 FROM organisations WHERE id = ?').bind(id).first())) return null;
    return org(id);
  }
  return (await db.prepare(org).bind(id).first<{ org_id: string }>())?.org_id ?? null;
}
