// The audit trail masks names inside the write's own D1 batch, so maskName has an SQL form: it
// must give exactly what public answers show (maskName) for any name, and its CJK set must be the
// runtime's Han, Hiragana, Katakana and Hangul scripts.
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CJK, maskName, maskNameSql } from '../../worker/privacy/mask';

async function maskedInSql(names: [string | null, boolean][]): Promise<string[]> {
  const stmt = env.DB.prepare(`SELECT ${maskNameSql('?1', '?2')} AS m`);
  const rows = await env.DB.batch(names.map(([n, anonymous]) => stmt.bind(n, anonymous ? 1 : 0)));
  return rows.map((r) => (r.results[0] as { m: string }).m);
}

const SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Characters names are made of, and those that trip masking up: every kind of space, ß, é, kana, Hangul, a supplementary Han.
const NAME_CHARS = [...'马才英张三欧阳娜娜王小明LiWeialicežéßÉЖあカ김𠀋〇々 \t\n\u3000\u00a0\u2003\ufeff\u200b·-.'];

describe('maskNameSql', () => {
  it('masks as maskName does: the contract’s table', async () => {
    const table: [string | null, boolean][] = [
      ['张三', false],
      ['马才英', false],
      ['欧阳娜娜', false],
      ['Li Wei', false],
      ['alice', false],
      ['  王五 ', false],
      ['张三', true],
      ['', false],
      ['   ', false],
      ['\u3000王\u3000五\u3000', false],
    ];
    expect(await maskedInSql(table)).toEqual(table.map(([n, a]) => maskName(n, a)));
    expect(await maskedInSql([['马才英', false]])).toEqual(['马**']);
  });

  it('agrees with maskName on any name', async () => {
    const name = fc.oneof(
      fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(name, fc.boolean()), { minLength: 1, maxLength: 40 }), async (names) => {
        const clean = names.map(([n, a]) => [n.replace(/\0/g, ''), a] as [string, boolean]);
        expect(await maskedInSql(clean)).toEqual(clean.map(([n, a]) => maskName(n, a)));
      }),
      { numRuns: 25 },
    );
  });

  it('its CJK set is exactly the Han, Hiragana, Katakana and Hangul scripts of this runtime', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (CJK.test(ch) !== SCRIPTS.test(ch)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });
});
