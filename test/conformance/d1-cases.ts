// One D1 contract, two bindings: these cases run against D1 in workerd
// (test/worker/d1-conformance.test.ts) and against the Node host's better-sqlite3 binding
// (test/node/d1-conformance.test.ts), each on a database with the project's migrations and demo
// data. What the app relies on: binding rules, batch atomicity, meta.changes and changes(),
// RETURNING, the JSON and date functions of the schema, money up to 10^10 fen, the audit and
// matching triggers, and errors worded so the app maps them to the same problems.
import { describe, expect, it } from 'vitest';

let seq = 0;
const uid = (p: string) => `${p}-${Date.now().toString(36)}-${(seq++).toString(36)}`;

/** The SQLite text D1 puts after "D1_ERROR: " for a constraint. */
const constraint = (text: string, extended: string) => `${text}: SQLITE_CONSTRAINT (extended: ${extended})`;

async function failure(p: Promise<unknown>): Promise<{ message: string; cause: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as Error;
    return { message: err.message, cause: err.cause instanceof Error ? err.cause.message : '' };
  }
  throw new Error('expected the call to fail');
}

/** A pending pledge row on the seeded open campaign gaoping-lunch (which has a qualified recipient). */
const pledgeSql = `INSERT INTO donations (id, campaign_id, amount, currency, reference, status)
                   VALUES (?1, 'gaoping-lunch', ?2, 'CNY', ?3, 'pending')`;

export function d1Conformance(db: () => D1Database) {
  describe('binding values', () => {
    it('binds numbers as REAL, booleans as 1/0, byte arrays as BLOBs (read back as byte lists)', async () => {
      const row = await db()
        .prepare("SELECT typeof(?) AS t, json_object('a', ?) AS j, ? AS b, ? AS blob, x'0102' AS lit")
        .bind(5, 5, true, new Uint8Array([3, 4]))
        .first();
      expect(row).toEqual({ t: 'real', j: '{"a":5.0}', b: 1, blob: [3, 4], lit: [1, 2] });
    });

    it('binds by position: ?NNN, repeats and gaps; the count must be the largest number', async () => {
      expect(await db().prepare('SELECT ?2 AS b, ?1 AS a, ?2 AS b2').bind('x', 'y').first()).toEqual({
        b: 'y',
        a: 'x',
        b2: 'y',
      });
      expect(await db().prepare('SELECT ?3 AS c').bind('x', 'y', 'z').first()).toEqual({ c: 'z' });
      expect(await db().prepare("SELECT '?' AS q, ? AS v -- a ? in a comment").bind(7).first()).toEqual({
        q: '?',
        v: 7,
      });
      for (const p of [
        db().prepare('SELECT ?3 AS c').bind('z').first(),
        db().prepare('SELECT ? AS c').bind('z', 'w').first(),
      ]) {
        expect(await failure(p)).toEqual({
          message: 'D1_ERROR: Wrong number of parameter bindings for SQL query.',
          cause: 'Wrong number of parameter bindings for SQL query.',
        });
      }
    });

    it('refuses undefined with D1_TYPE_ERROR', async () => {
      const f = await failure((async () => db().prepare('SELECT ? AS c').bind(undefined).first())());
      expect(f.message).toBe("D1_TYPE_ERROR: Type 'undefined' not supported for value 'undefined'");
    });
  });

  describe('results', () => {
    it('first(), first(column), all(), run() and raw() answer as D1 does', async () => {
      const q = () =>
        db().prepare("SELECT id, name FROM organisations WHERE id IN ('hunan-mzt', 'yiyang-mzj') ORDER BY id");
      expect(await q().first()).toEqual({ id: 'hunan-mzt', name: '湖南省民政厅' });
      expect(await q().first('name')).toBe('湖南省民政厅');
      expect(await db().prepare('SELECT 1 AS one WHERE 0').first('one')).toBeNull();
      expect(await failure(q().first('nope'))).toEqual({
        message: 'D1_COLUMN_NOTFOUND: Column not found (nope)',
        cause: 'Column not found',
      });
      const all = await q().all();
      expect(all.success).toBe(true);
      expect(all.results.map((r) => r.id)).toEqual(['hunan-mzt', 'yiyang-mzj']);
      expect(all.meta.changes).toBe(0);
      expect((await q().run()).results).toHaveLength(2);
      expect(await q().raw()).toEqual([
        ['hunan-mzt', '湖南省民政厅'],
        ['yiyang-mzj', '益阳市民政局'],
      ]);
      expect((await q().raw({ columnNames: true }))[0]).toEqual(['id', 'name']);
    });

    it('RETURNING answers the written row from run(), all() and first(); meta says one change and the row id', async () => {
      const id = uid('dn');
      const res = await db().prepare(`${pledgeSql} RETURNING id, amount, status`).bind(id, 500, id).run();
      expect(res.results).toEqual([{ id, amount: 500, status: 'pending' }]);
      expect(res.meta.changes).toBeGreaterThanOrEqual(1);
      expect(typeof res.meta.last_row_id).toBe('number');
      const upd = await db()
        .prepare("UPDATE donations SET status = 'cancelled', cancelled_at = 'x' WHERE id = ? RETURNING status")
        .bind(id)
        .first('status');
      expect(upd).toBe('cancelled');
      const log = uid('audit');
      const ins = await db()
        .prepare(
          `INSERT INTO audit_log (actor_label, actor_role, action, object_type, request_id) VALUES ('t', 'super', 'x', 'y', ?) RETURNING seq`,
        )
        .bind(log)
        .all<{ seq: number }>();
      expect(ins.meta.last_row_id).toBe(ins.results[0]!.seq);
    });

    it('one query text, many uses at once: each bind, raw() or object rows and batch entry answers for itself', async () => {
      // The Node binding prepares each query text once and shares the statement: nothing of one
      // use (its values, raw mode, columns) may leak into another use of the same text.
      const sql = 'SELECT id, name FROM organisations WHERE id = ?';
      const base = db().prepare(sql);
      const [a, b, aRaw, bFirst] = await Promise.all([
        base.bind('hunan-mzt').all(),
        base.bind('yiyang-mzj').all(),
        db().prepare(sql).bind('hunan-mzt').raw(),
        db().prepare(sql).bind('yiyang-mzj').first('name'),
      ]);
      expect(a.results).toEqual([{ id: 'hunan-mzt', name: '湖南省民政厅' }]);
      expect(b.results).toEqual([{ id: 'yiyang-mzj', name: '益阳市民政局' }]);
      expect(aRaw).toEqual([['hunan-mzt', '湖南省民政厅']]);
      expect(bFirst).toBe('益阳市民政局');
      // A raw() use leaves the next use of the text with objects, and a batch binds each entry anew.
      expect(await db().prepare(sql).bind('yiyang-mzj').first()).toEqual({ id: 'yiyang-mzj', name: '益阳市民政局' });
      const [x, y] = await db().batch([db().prepare(sql).bind('yiyang-mzj'), db().prepare(sql).bind('hunan-mzt')]);
      expect([x!.results, y!.results]).toEqual([
        [{ id: 'yiyang-mzj', name: '益阳市民政局' }],
        [{ id: 'hunan-mzt', name: '湖南省民政厅' }],
      ]);
      // The same text run twice in one write batch: two rows, each with its own values.
      const [p, q] = [uid('dn'), uid('dn')];
      await db().batch([db().prepare(pledgeSql).bind(p, 101, p), db().prepare(pledgeSql).bind(q, 202, q)]);
      const rows = await db()
        .prepare('SELECT id, amount FROM donations WHERE id IN (?, ?) ORDER BY amount')
        .bind(p, q)
        .all();
      expect(rows.results).toEqual([
        { id: p, amount: 101 },
        { id: q, amount: 202 },
      ]);
    });

    it('an empty query or batch is refused', async () => {
      expect((await failure(db().prepare('   ').all())).message).toBe('D1_ERROR: No SQL statements detected.');
      expect((await failure(db().batch([]))).message).toBe('D1_ERROR: No SQL statements detected.');
    });
  });

  describe('batch: one transaction', () => {
    it('a failing statement rolls back the statements before it, and the error is D1’s', async () => {
      const a = uid('dn');
      const b = uid('dn');
      const before = await db()
        .prepare("SELECT pending_amount FROM campaigns WHERE id = 'gaoping-lunch'")
        .first<number>('pending_amount');
      const f = await failure(
        db().batch([
          db().prepare(pledgeSql).bind(a, 700, a),
          db().prepare(pledgeSql).bind(b, 700, a), // same reference: UNIQUE
        ]),
      );
      expect(f.message).toBe(
        `D1_ERROR: ${constraint('UNIQUE constraint failed: donations.reference', 'SQLITE_CONSTRAINT_UNIQUE')}`,
      );
      expect(f.cause).toBe(constraint('UNIQUE constraint failed: donations.reference', 'SQLITE_CONSTRAINT_UNIQUE'));
      expect(await db().prepare('SELECT COUNT(*) AS n FROM donations WHERE id IN (?, ?)').bind(a, b).first('n')).toBe(
        0,
      );
      expect(
        await db().prepare("SELECT pending_amount FROM campaigns WHERE id = 'gaoping-lunch'").first('pending_amount'),
      ).toBe(before);
    });

    it('a trigger RAISE aborts the whole batch with its message', async () => {
      const a = uid('dn');
      const f = await failure(
        db().batch([
          db().prepare(pledgeSql).bind(a, 100, a),
          db()
            .prepare(
              "INSERT INTO donations (id, campaign_id, amount, currency, reference, status) VALUES (?1, 'nope', 1, 'CNY', ?1, 'pending')",
            )
            .bind(uid('dn')),
        ]),
      );
      // No campaign 'nope': the newest BEFORE trigger (the recipient rule) fires first, before any foreign key check.
      expect(f.cause).toBe(constraint('recipient_required', 'SQLITE_CONSTRAINT_TRIGGER'));
      expect(await db().prepare('SELECT COUNT(*) AS n FROM donations WHERE id = ?').bind(a).first('n')).toBe(0);
    });

    it('each statement sees the ones before it; results come back in order', async () => {
      const a = uid('dn');
      const [ins, read] = await db().batch<{ amount: number }>([
        db().prepare(pledgeSql).bind(a, 1234, a),
        db().prepare('SELECT amount FROM donations WHERE id = ?').bind(a),
      ]);
      expect(ins!.meta.changes).toBe(2); // the row and the campaign's pending total (trigger)
      expect(read!.results).toEqual([{ amount: 1234 }]);
    });
  });

  describe('changes', () => {
    it('meta.changes counts the rows triggers changed; changes() in the next statement counts only the statement’s own', async () => {
      const ids = [uid('dn'), uid('dn')];
      await db().batch(ids.map((id) => db().prepare(pledgeSql).bind(id, 300, id)));
      const [upd, after] = await db().batch<{ c: number }>([
        db()
          .prepare(
            `UPDATE donations SET status = 'confirmed', confirmed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id IN (?, ?)`,
          )
          .bind(...ids),
        db().prepare('SELECT changes() AS c'),
      ]);
      // 2 donations + 2 campaign total updates by donations_confirm.
      expect(upd!.meta.changes).toBe(4);
      expect(after!.results[0]!.c).toBe(2);
    });

    it('an audit row written with WHERE changes() > 0 follows only a write that changed something', async () => {
      const req = uid('req');
      const audit = `INSERT INTO audit_log (actor_label, actor_role, action, object_type, object_id, request_id)
                     SELECT 'conformance', 'super', 'org.update', 'org', 'hunan-mzt', ?1 WHERE changes() > 0`;
      await db().batch([
        db().prepare("UPDATE organisations SET brand = brand WHERE id = 'nope'"),
        db().prepare(audit).bind(req),
      ]);
      await db().batch([
        db().prepare("UPDATE organisations SET brand = brand WHERE id = 'hunan-mzt'"),
        db()
          .prepare(audit)
          .bind(req + '2'),
      ]);
      const rows = await db()
        .prepare('SELECT request_id FROM audit_log WHERE request_id IN (?, ?)')
        .bind(req, req + '2')
        .all();
      expect(rows.results).toEqual([{ request_id: req + '2' }]);
    });
  });

  describe('the schema’s functions and limits', () => {
    it('JSON and date functions give the same text', async () => {
      const row = await db()
        .prepare(
          `SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-22 08:00:00.5') AS iso,
                  date('2026-01-31', '+1 month') AS plus_month,
                  date('2026-11-22', 'start of month', '+1 month', '-1 day') AS month_end,
                  strftime('%w', '2026-11-22') AS weekday,
                  datetime('2026-11-22T23:30:00Z', '+8 hours') AS cst,
                  julianday('2026-11-22') - julianday('2026-11-01') AS days,
                  json_valid('[1,2]') AS valid, json_valid('{') AS invalid, json_type('[]') AS arr,
                  json_object('a', 1, 'b', 'x', 'c', NULL) AS obj,
                  (SELECT json_group_array(v) FROM (SELECT 1 AS v UNION ALL SELECT 2)) AS arr2,
                  strftime('%Y-%m-%dT%H:%M:%fZ', 'now') > '2026' AS now_ok`,
        )
        .first();
      expect(row).toEqual({
        iso: '2026-11-22T08:00:00.500Z',
        plus_month: '2026-03-03',
        month_end: '2026-11-30',
        weekday: '0',
        cst: '2026-11-23 07:30:00',
        days: 21,
        valid: 1,
        invalid: 0,
        arr: 'array',
        obj: '{"a":1,"b":"x","c":null}',
        arr2: '[1,2]',
        now_ok: 1,
      });
    });

    it('money up to 10^10 fen is exact; above it the CHECK refuses with D1’s message', async () => {
      const ids = [uid('dn'), uid('dn'), uid('dn')];
      await db().batch(ids.map((id) => db().prepare(pledgeSql).bind(id, 10_000_000_000, id)));
      const sum = await db()
        .prepare('SELECT SUM(amount) AS s, typeof(SUM(amount)) AS t FROM donations WHERE id IN (?, ?, ?)')
        .bind(...ids)
        .first();
      expect(sum).toEqual({ s: 30_000_000_000, t: 'integer' });
      const id = uid('dn');
      const f = await failure(db().prepare(pledgeSql).bind(id, 10_000_000_001, id).run());
      expect(f.message).toMatch(
        /^D1_ERROR: CHECK constraint failed: .*amount.*: SQLITE_CONSTRAINT \(extended: SQLITE_CONSTRAINT_CHECK\)$/,
      );
      const fk = await failure(
        db()
          .prepare("INSERT INTO sites (id, org_id, origin) VALUES (?, 'nope', 'https://x.example')")
          .bind(uid('s'))
          .run(),
      );
      expect(fk.cause).toBe(constraint('FOREIGN KEY constraint failed', 'SQLITE_CONSTRAINT_FOREIGNKEY'));
    });
  });

  describe('the app’s triggers', () => {
    it('the audit trail refuses UPDATE and DELETE', async () => {
      const u = await failure(
        db().prepare("UPDATE audit_log SET action = 'x' WHERE seq = (SELECT MAX(seq) FROM audit_log)").run(),
      );
      expect(u.cause).toBe(constraint('audit_log_is_append_only', 'SQLITE_CONSTRAINT_TRIGGER'));
      const d = await failure(db().prepare('DELETE FROM audit_log').run());
      expect(d.cause).toBe(constraint('audit_log_is_append_only', 'SQLITE_CONSTRAINT_TRIGGER'));
    });

    it('a confirmation is matched by the fund inside the confirming statement, never beyond what it holds', async () => {
      const matcher = uid('m');
      const fund = uid('f');
      await db().batch([
        db().prepare("INSERT INTO matchers (id, org_id, name) VALUES (?, 'hunan-mzt', '爱心企业')").bind(matcher),
        db()
          .prepare(
            "INSERT INTO match_funds (id, matcher_id, ratio_percent, total_cap, starts_at, ends_at) VALUES (?, ?, 100, 1500, '2000-01-01', '2100-01-01')",
          )
          .bind(fund, matcher),
        db().prepare("INSERT INTO match_fund_campaigns (fund_id, campaign_id) VALUES (?, 'gaoping-lunch')").bind(fund),
      ]);
      const ids = [uid('dn'), uid('dn')];
      await db().batch(ids.map((id) => db().prepare(pledgeSql).bind(id, 1000, id)));
      const confirm = "UPDATE donations SET status = 'confirmed', confirmed_at = 'x' WHERE id = ?";
      const first = await db().prepare(confirm).bind(ids[0]).run();
      // donation + campaign totals + allocation + fund + campaign matched total
      expect(first.meta.changes).toBe(5);
      await db().prepare(confirm).bind(ids[1]).run();
      const allocations = await db()
        .prepare('SELECT amount FROM match_allocations WHERE fund_id = ? ORDER BY amount DESC')
        .bind(fund)
        .all();
      expect(allocations.results).toEqual([{ amount: 1000 }, { amount: 500 }]);
      expect(
        await db().prepare('SELECT matched_amount FROM match_funds WHERE id = ?').bind(fund).first('matched_amount'),
      ).toBe(1500);
    });
  });

  describe('exec and sessions', () => {
    it('exec runs each line, all lines in one transaction, and words a failure as D1 does', async () => {
      const t = `conf_${uid('t').replace(/-/g, '_')}`;
      expect(await db().exec(`CREATE TABLE ${t} (v TEXT UNIQUE)\nINSERT INTO ${t} VALUES ('a')`)).toMatchObject({
        count: 2,
      });
      const f = await failure(db().exec(`INSERT INTO ${t} VALUES ('b')\nINSERT INTO ${t} VALUES ('a')`));
      expect(f.message).toBe(
        `D1_EXEC_ERROR: Error in line 1: INSERT INTO ${t} VALUES ('b'): ${constraint(`UNIQUE constraint failed: ${t}.v`, 'SQLITE_CONSTRAINT_UNIQUE')}`,
      );
      expect(await db().prepare(`SELECT COUNT(*) AS n FROM ${t}`).first('n')).toBe(1);
    });

    it('a session has no bookmark before its first query and one after', async () => {
      const s = db().withSession('first-primary');
      expect(s.getBookmark()).toBeNull();
      await s.prepare('SELECT 1 AS one').first();
      expect(s.getBookmark()).toMatch(/^[0-9a-zA-Z_.:-]{1,200}$/);
      const [r] = await s.batch([s.prepare('SELECT 2 AS two')]);
      expect(r!.results).toEqual([{ two: 2 }]);
    });
  });
}
