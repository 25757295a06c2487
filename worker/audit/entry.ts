// The audit row of one admin write: who (token id, its label and role at the time), what action,
// which object, the object before (read when the request arrived) and after (read inside the
// write's own batch, so it is exactly what was committed), when, and the request id. A write
// that changed no row (a conditional UPDATE that lost a race: confirming twice) leaves no row.
import type { AuditStatement } from './audited-db';
import { createdIdSql, snapshotSql, type AuditObjectType } from './objects';

export type AuditContext = {
  action: string;
  type: AuditObjectType;
  /** null: the request creates the object (its id is the newest row of its table). */
  id: string | null;
  orgId: string | null;
  before: string | null;
  tokenId: string | null;
  actor: string;
  role: string;
  requestId: string;
};

export const auditStatement =
  (a: AuditContext): AuditStatement =>
  async (db) => {
    const idSql = a.id === null ? createdIdSql(a.type) : '?1';
    // An organisation is its own organisation (its create knows no org id before the insert).
    const orgSql = a.type === 'org' || a.type === 'figures' ? 'obj.id' : '?2';
    const after = await snapshotSql(db, a.type, 'obj.id');
    return db
      .prepare(
        `INSERT INTO audit_log (org_id, token_id, actor_label, actor_role, action, object_type, object_id, before, after, request_id)
         SELECT ${orgSql}, ?3, ?4, ?5, ?6, ?7, obj.id, ?8, ${after}, ?9 FROM (SELECT ${idSql} AS id) obj
         WHERE changes() > 0`,
      )
      .bind(a.id, a.orgId, a.tokenId, a.actor, a.role, a.action, a.type, a.before, a.requestId);
  };

/** The object as it is now (the audit row's `before`), or null. */
export async function snapshotNow(db: D1Database, type: AuditObjectType, id: string): Promise<string | null> {
  const row = await db.prepare(`SELECT ${await snapshotSql(db, type, '?')} AS s`).bind(id).first<{ s: string | null }>();
  return row?.s ?? null;
}
