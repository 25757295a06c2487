// The shadow of a free text that the contact scrubber reads: what a person typed, in the plainest
// form, with where each of its UTF-16 units came from, so a find in the shadow blanks exactly the
// typed characters (and the text around it stays as typed: ，stays ，).
//
// - NFKC: full-width １３８ and ＠, circled ①③⑧ become 138 and @;
// - invisible characters are dropped: zero-width spaces and joiners, the byte-order mark, soft
//   hyphens, direction marks (format characters), variation selectors and the enclosing marks of
//   keycaps (1️⃣ is 1, U+FE0F, U+20E3);
// - digits people draw (❶ ➀ ➊ ⓵ ⓿) become ASCII digits;
// - `digits` also spells Han and financial numerals as ASCII digits (一三八, 幺三八, 壹叁捌, 〇 ○ 零):
//   one unit for one, so both strings share the index maps. Only the phone shapes are read there
//   (ordinary Chinese is full of numerals: 一二三年级, 三八妇女节).
const INVISIBLE = /^[\p{Cf}\p{Me}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;

const DRAWN_DIGITS: Record<string, string> = { '⓿': '0' };
for (const one of [0x2776, 0x2780, 0x278a, 0x24f5]) {
  for (let i = 1; i <= 9; i++) DRAWN_DIGITS[String.fromCodePoint(one + i - 1)] = String(i);
}

const HAN_DIGITS: Record<string, string> = {};
for (const [digit, chars] of Object.entries({
  0: '〇○零',
  1: '一壹幺',
  2: '二贰貳',
  3: '三叁參',
  4: '四肆',
  5: '五伍',
  6: '六陆陸',
  7: '七柒',
  8: '八捌',
  9: '九玖',
})) {
  for (const ch of chars) HAN_DIGITS[ch] = digit;
}

export type Shadow = {
  /** NFKC, invisible characters dropped, drawn digits as ASCII. */
  text: string;
  /** `text` with Han and financial numerals as ASCII digits. */
  digits: string;
  /** For each unit of the shadow: where in the original it starts, and where it ends (with any invisible characters after it). */
  from: number[];
  to: number[];
};

export function shadowOf(original: string): Shadow {
  let text = '';
  let digits = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const ch of original) {
    const end = at + ch.length;
    if (INVISIBLE.test(ch)) {
      if (to.length) to[to.length - 1] = end; // a blank over "1️⃣" takes its keycap marks too
    } else {
      const n = DRAWN_DIGITS[ch] ?? ch.normalize('NFKC');
      for (let i = 0; i < n.length; i++) {
        from.push(at);
        to.push(end);
      }
      text += n;
      digits += n.length === 1 ? (HAN_DIGITS[n] ?? n) : n;
    }
    at = end;
  }
  return { text, digits, from, to };
}
