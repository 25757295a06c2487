// What an audit entry changed: the fields whose value differs between its before and after
// snapshots (database column names, as the trail stores them). `updated_at` moves with every
// write and says nothing the entry's own time does not.
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const IGNORED = new Set(['updated_at']);
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A value as one short line ('—' for none). */
export function show(v: unknown, max = 120): string {
  const s = v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** The changed fields; for a list snapshot (figures) or a create/delete, the whole value as one change. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) || !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: '', before: show(before), after: show(after) }];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !IGNORED.has(k));
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ field: k, before: show(before[k]), after: show(after[k]) }));
}
