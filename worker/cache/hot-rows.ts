// Small rows every public write consults (a campaign's status, organisation and payment settings;
// an organisation's registered site origins), kept in isolate memory for a few seconds so a
// giving-day pledge costs one D1 round trip: its write. A staff change purges `all`, which
// empties this memo at once in this isolate; other isolates follow within TTL_MS. The database
// still enforces what matters (a pledge to a campaign that is not open aborts in its trigger).
const TTL_MS = 5000;
const MAX_ROWS = 1000;

const rows = new Map<string, { value: unknown; until: number }>();

/** `load()`'s value for `key`, from memory while younger than TTL_MS. Errors (404) are not kept. */
export async function hotRow<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const held = rows.get(key);
  if (held && held.until > now) return held.value as T;
  const value = await load();
  if (rows.size >= MAX_ROWS) rows.delete(rows.keys().next().value!);
  rows.set(key, { value, until: now + TTL_MS });
  return value;
}

export const forgetHotRows = () => rows.clear();
