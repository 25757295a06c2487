// Whether an id is taken: a create that names its own id answers 409 rather than overwrite.
export type IdTable = 'organisations' | 'projects' | 'campaigns' | 'recipients' | 'wishes' | 'lunch_schools';

export const idTaken = async (db: D1Database, table: IdTable, id: string): Promise<boolean> =>
  (await db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).bind(id).first()) !== null;
