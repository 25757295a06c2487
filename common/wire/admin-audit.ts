// The audit trail as the admin API answers it (GET /admin/audit, newest first;
// worker/schemas/accountability.ts AuditEntrySchema and AuditPageSchema, held to these types by
// test/types/wire.test-d.ts). One entry per object an admin write created or changed.

export interface AuditEntry {
  /** Its place in the trail; a later entry has a higher one. */
  seq: number;
  at: string;
  orgId: string | null;
  /** The token that wrote it; null: the super-admin. */
  tokenId: string | null;
  /** The token's label (else its id) at the time; super-admin for the super-admin. */
  actor: string;
  /** The token's role at the time; super for the super-admin. */
  role: string;
  /** e.g. donation.confirm. */
  action: string;
  objectType: string;
  objectId: string | null;
  /** The object as it was before the write (null: the write created it). */
  before: unknown;
  /** The object as the write left it (null: the write deleted it). */
  after: unknown;
  requestId: string;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}
