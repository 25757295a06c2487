// The console's audit view names every field an audit snapshot can carry (console/views/
// audit-fields.i18n.ts), in each of its languages: every column of every audited table, and the
// parts a snapshot adds (rows of other tables that belong to the object), read from the real D1.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { messages as consoleFieldNames } from '../../console/views/audit-fields.i18n';
import { AUDIT_OBJECTS } from '../../worker/audit/objects';

describe('the console’s names of audit fields', () => {
  it('cover every field a snapshot can carry, in each of its languages', async () => {
    const fields = new Set<string>();
    for (const spec of Object.values(AUDIT_OBJECTS) as { table: string; parts?: Record<string, unknown> }[]) {
      const { results } = await env.DB.prepare('SELECT name FROM pragma_table_info(?)')
        .bind(spec.table)
        .all<{ name: string }>();
      for (const r of results) fields.add(r.name);
      for (const part of Object.keys(spec.parts ?? {})) fields.add(part);
    }
    // Never in a snapshot (secrets, contacts), or said by the entry's own time.
    for (const f of ['token_hash', 'contact', 'updated_at']) fields.delete(f);
    for (const [locale, m] of Object.entries(consoleFieldNames)) {
      expect(
        [...fields].filter((f) => !m.fields[f]),
        `unnamed in ${locale}`,
      ).toEqual([]);
    }
  });
});
