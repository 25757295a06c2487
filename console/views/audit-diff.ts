// What an audit entry changed: the fields whose value differs between its before and after
// snapshots (database column names, as the trail stores them; ./audit-values.ts says them in
// words). `updated_at` moves with every write and says nothing the entry's own time does not.
export interface FieldChange {
  /** The column; '' for a snapshot that is not one row (an organisation's figures). */
  field: string;
  before: unknown;
  after: unknown;
}

const IGNORED = new Set(['updated_at']);
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The changed fields; for a list snapshot (figures) the whole value as one change. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) || !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: '', before, after }];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !IGNORED.has(k));
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ field: k, before: before[k], after: after[k] }));
}
