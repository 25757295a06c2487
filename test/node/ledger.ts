// Helpers of the Node host's durability tests: many concurrent pledges as browsers send them, and
// the ledger check (every campaign's totals equal its donation rows) on a SQLite file.
import Database from 'better-sqlite3';

export async function pledges(
  url: string,
  n: number,
  o: { campaign?: string; ip?: string; onAnswer?: (status: number) => void } = {},
) {
  const campaign = o.campaign ?? 'gaoping-lunch';
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      try {
        const res = await fetch(`${url}/api/v1/campaigns/${campaign}/donations`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Origin: url,
            'Idempotency-Key': crypto.randomUUID(),
            'CF-Connecting-IP': o.ip ?? `10.${(i >> 8) & 255}.${i & 255}.${(Date.now() >> 8) & 255}`,
          },
          body: JSON.stringify({ amount: 100 + (i % 50) }),
        });
        const body = (await res.json()) as { id?: string; amount?: number };
        o.onAnswer?.(res.status);
        return { status: res.status, id: body.id, amount: body.amount };
      } catch {
        return { status: 0, id: undefined, amount: undefined };
      }
    }),
  );
}

/** Campaigns whose pending or raised total differs from the sum of their donation rows. */
export function ledgerMismatches(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT c.id, c.pending_amount, c.raised_amount,
                COALESCE((SELECT SUM(amount) FROM donations d WHERE d.campaign_id = c.id AND d.status = 'pending'), 0) AS pending_rows,
                COALESCE((SELECT SUM(amount) FROM donations d WHERE d.campaign_id = c.id AND d.status = 'confirmed'), 0) AS raised_rows
           FROM campaigns c`,
      )
      .all()
      .filter((r: any) => r.pending_amount !== r.pending_rows || r.raised_amount !== r.raised_rows);
  } finally {
    db.close();
  }
}

/** How many donation rows each id has. */
export function rowsOf(file: string, ids: string[]): Map<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const q = db.prepare('SELECT COUNT(*) FROM donations WHERE id = ?').pluck();
    return new Map(ids.map((id) => [id, q.get(id) as number]));
  } finally {
    db.close();
  }
}
