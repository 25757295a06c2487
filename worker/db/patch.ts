// Builds `UPDATE table SET … WHERE id = ?` from the fields a PATCH body actually carries.
export type ColumnMap = Record<string, { column: string; json?: boolean; bool?: boolean }>;

export function patchStatement(
  db: D1Database,
  table: string,
  id: string,
  body: Record<string, unknown>,
  columns: ColumnMap,
  touch = true,
): D1PreparedStatement | null {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [field, spec] of Object.entries(columns)) {
    if (!(field in body) || body[field] === undefined) continue;
    const v = body[field];
    sets.push(`${spec.column} = ?`);
    values.push(spec.json ? JSON.stringify(v) : spec.bool ? (v ? 1 : 0) : v);
  }
  if (sets.length === 0) return null;
  if (touch) sets.push(`updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
  return db.prepare(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = ?`).bind(...values, id);
}
