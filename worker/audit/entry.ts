// The audit rows of one admin write: who (token id, its label and role at the time), what action,
// which object, the object before (read when the request arrived) and after (read inside the
// write's own batch, so it is exactly what was committed), when, and the request id. A write
// that changed no row (a conditional UPDATE that lost a race: confirming twice) leaves no row.
// The objects the write touches besides its own (objects.ts: a school's new campaign, a report's
// ledger line, the tokens a revoked one minted) get a row each, under the same action, when the
// write created or changed them.
import type { AuditStatement } from './audited-db';
import { createdIdSql, snapshotSql, tableOf, touchesOf, type AuditObjectType } from './objects';

/** The objects as they were when the request arrived. */
export type AuditBefore = {
  /** The object itself (null: a create, or no such row). */
  self: string | null;
  /** Each touched object that existed: [type, id, snapshot]. */
  touched: [AuditObjectType, string, string | null][];
  /** Per touched type, its table's highest rowid: a row above it was created by this request. */
  lastRowid: Partial<Record<AuditObjectType, number>>;
};

export type AuditContext = {
  action: string;
  type: AuditObjectType;
  /** null: the request creates the object (its id is the newest row of its table). */
  id: string | null;
  orgId: string | null;
  before: AuditBefore;
  tokenId: string | null;
  actor: string;
  role: string;
  requestId: string;
};

const COLUMNS = 'org_id, token_id, actor_label, actor_role, action, object_type, object_id, before, after, request_id';

export const auditStatement =
  (a: AuditContext): AuditStatement =>
  async (db) => {
    const idSql = a.id === null ? createdIdSql(a.type) : '?1';
    // An organisation is its own organisation (its create knows no org id before the insert).
    const selfOrg = a.type === 'org' || a.type === 'figures';
    const after = await snapshotSql(db, a.type, 'obj.id');
    const own = db
      .prepare(
        `INSERT INTO audit_log (${COLUMNS})
         SELECT ${selfOrg ? 'obj.id' : '?2'}, ?3, ?4, ?5, ?6, ?7, obj.id, ?8, ${after}, ?9 FROM (SELECT ${idSql} AS id) obj
         WHERE changes() > 0`,
      )
      .bind(a.id, a.orgId, a.tokenId, a.actor, a.role, a.action, a.type, a.before.self, a.requestId);
    const touched = await Promise.all(
      touchesOf(a.type).map(async (t) => {
        const befores = JSON.stringify(
          a.before.touched.filter(([type]) => type === t.type).map(([, id, s]) => [id, s]),
        );
        // Candidates: what it touches now and what it touched before (a deleted one); a row is
        // written for one that changed, or that is new since the request arrived.
        return db
          .prepare(
            `INSERT INTO audit_log (${COLUMNS})
             SELECT ${selfOrg ? idSql : '?2'}, ?3, ?4, ?5, ?6, ?7, x.id, b.before, x.after, ?9
               FROM (SELECT ids.id, ${await snapshotSql(db, t.type, 'ids.id')} AS after,
                            (SELECT rowid FROM "${tableOf(t.type)}" WHERE id = ids.id) AS rid
                       FROM (SELECT id FROM (${t.ids(idSql)}) UNION SELECT json_extract(value, '$[0]') FROM json_each(?8)) ids) x
               LEFT JOIN (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS before FROM json_each(?8)) b ON b.id = x.id
              WHERE CASE WHEN b.id IS NULL THEN x.rid > ?10 ELSE x.after IS NOT b.before END
                -- a handler that writes twice: once is enough
                AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.request_id = ?9 AND l.object_type = ?7 AND l.object_id = x.id AND l.after IS x.after)`,
          )
          .bind(
            a.id,
            a.orgId,
            a.tokenId,
            a.actor,
            a.role,
            a.action,
            t.type,
            befores,
            a.requestId,
            a.before.lastRowid[t.type] ?? 0,
          );
      }),
    );
    return [own, ...touched];
  };

/** The object as it is now (the audit row's `before`), or null. */
export async function snapshotNow(db: D1Database, type: AuditObjectType, id: string): Promise<string | null> {
  const row = await db
    .prepare(`SELECT ${await snapshotSql(db, type, '?')} AS s`)
    .bind(id)
    .first<{ s: string | null }>();
  return row?.s ?? null;
}

/** The object `id` (null: a create) and what it touches, as they are when the request arrives. */
export async function auditBefore(db: D1Database, type: AuditObjectType, id: string | null): Promise<AuditBefore> {
  const before: AuditBefore = {
    self: id === null ? null : await snapshotNow(db, type, id),
    touched: [],
    lastRowid: {},
  };
  for (const t of touchesOf(type)) {
    const table = tableOf(t.type);
    before.lastRowid[t.type] =
      (await db.prepare(`SELECT COALESCE(MAX(rowid), 0) AS n FROM "${table}"`).first<{ n: number }>())?.n ?? 0;
    if (id === null) continue;
    const { results } = await db.prepare(t.ids('?1')).bind(id).all<{ id: string }>();
    for (const r of results) before.touched.push([t.type, r.id, await snapshotNow(db, t.type, r.id)]);
  }
  return before;
}
