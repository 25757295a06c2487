// D1 binds values by position: the i-th value goes to parameter ?i, an anonymous `?` takes the
// next number after the largest one seen so far (SQLite's rule), and a query must be given exactly
// as many values as its largest parameter number. better-sqlite3 binds `?NNN` only by name and
// nameless gaps positionally, so each parameter is renamed `@pNNN` here and bound by name.

export type Parameterised = {
  /** The query with every `?` / `?NNN` outside literals and comments renamed `@pNNN`. */
  sql: string;
  /** The numbers the query refers to (each once). */
  used: number[];
  /** How many values D1 requires: the largest parameter number (0 without parameters). */
  count: number;
};

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export function parameterise(sql: string): Parameterised {
  if (!sql.includes('?')) return { sql, used: [], count: 0 };
  let out = '';
  let count = 0;
  const used = new Set<number>();
  let i = 0;
  const copyUntil = (end: number) => {
    out += sql.slice(i, end);
    i = end;
  };
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || c === '`' || c === '[') {
      // A literal or quoted identifier; a doubled quote inside it is an escaped quote.
      const close = c === '[' ? ']' : c;
      let j = i + 1;
      for (;;) {
        const k = sql.indexOf(close, j);
        if (k < 0) {
          j = sql.length;
          break;
        }
        if (close !== ']' && sql[k + 1] === close) {
          j = k + 2;
          continue;
        }
        j = k + 1;
        break;
      }
      copyUntil(j);
    } else if (c === '-' && sql[i + 1] === '-') {
      const k = sql.indexOf('\n', i);
      copyUntil(k < 0 ? sql.length : k + 1);
    } else if (c === '/' && sql[i + 1] === '*') {
      const k = sql.indexOf('*/', i + 2);
      copyUntil(k < 0 ? sql.length : k + 2);
    } else if (c === '?') {
      let j = i + 1;
      while (isDigit(sql[j])) j++;
      const n = j > i + 1 ? Number(sql.slice(i + 1, j)) : count + 1;
      count = Math.max(count, n);
      used.add(n);
      out += `@p${n}`;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return { sql: out, used: [...used], count };
}
