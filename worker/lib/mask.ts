// Public display of personal names and free text. Contacts never leave the admin API; these
// helpers make sure names and messages shown publicly cannot identify or reach a person.
export const ANONYMOUS_NAME = '爱心人士';

/**
 * Han, Hiragana, Katakana and Hangul (Unicode scripts, as code point ranges so the SQL form below
 * tests the same set; test/worker/mask-sql.test.ts checks them against the runtime's scripts):
 * a name written in them is masked per character.
 */
const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff], [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5], [0x3005, 0x3005], [0x3007, 0x3007], [0x3021, 0x3029],
  [0x302e, 0x302f], [0x3038, 0x303b], [0x3041, 0x3096], [0x309d, 0x309f], [0x30a1, 0x30fa], [0x30fd, 0x30ff], [0x3131, 0x318e],
  [0x31f0, 0x321e], [0x3260, 0x327e], [0x32d0, 0x32fe], [0x3300, 0x3357], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa960, 0xa97c],
  [0xac00, 0xd7a3], [0xd7b0, 0xd7c6], [0xd7cb, 0xd7fb], [0xf900, 0xfa6d], [0xfa70, 0xfad9], [0xff66, 0xff6f], [0xff71, 0xff9d],
  [0xffa0, 0xffbe], [0xffc2, 0xffc7], [0xffca, 0xffcf], [0xffd2, 0xffd7], [0xffda, 0xffdc], [0x16fe2, 0x16fe3], [0x16ff0, 0x16ff6],
  [0x1aff0, 0x1aff3], [0x1aff5, 0x1affb], [0x1affd, 0x1affe], [0x1b000, 0x1b122], [0x1b132, 0x1b132], [0x1b150, 0x1b152],
  [0x1b155, 0x1b155], [0x1b164, 0x1b167], [0x1f200, 0x1f200], [0x20000, 0x2a6df], [0x2a700, 0x2b81d], [0x2b820, 0x2cead],
  [0x2ceb0, 0x2ebe0], [0x2ebf0, 0x2ee5d], [0x2f800, 0x2fa1d], [0x30000, 0x3134a], [0x31350, 0x33479],
];
const cjkMembers = CJK_RANGES.map(([a, b]) => (a === b ? String.fromCodePoint(a) : `${String.fromCodePoint(a)}-${String.fromCodePoint(b)}`));
export const CJK = new RegExp(`[${cjkMembers.join('')}]`, 'u');
/** The same set as GLOB patterns, each within D1's 50-byte limit on a pattern. */
const CJK_GLOBS = cjkMembers.reduce<string[]>((globs, m) => {
  const last = globs.at(-1);
  const longer = last && `${last.slice(0, -2)}${m}]*`;
  if (longer && new TextEncoder().encode(longer).length <= 50) globs[globs.length - 1] = longer;
  else globs.push(`*[${m}]*`);
  return globs;
}, []);
/** What `\s` and trim() take away (ECMAScript WhiteSpace and LineTerminator). */
const WHITESPACE = [0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** 张三→张*, 马才英→马**, Li Wei→L***, anonymous/empty→爱心人士. */
export function maskName(name: string | null | undefined, anonymous = false): string {
  const chars = Array.from((name ?? '').replace(/\s+/g, ''));
  if (anonymous || chars.length === 0) return ANONYMOUS_NAME;
  const first = chars[0]!;
  if (CJK.test(chars.join(''))) return first + '*'.repeat(Math.max(chars.length - 1, 1));
  // Only a-z is raised (what SQLite's upper() does too): é stays é.
  return first.replace(/^[a-z]$/, (c) => c.toUpperCase()) + '***';
}

/**
 * maskName as an SQL expression (SQLite, D1), for snapshots taken inside a write's own batch:
 * `name` and `anonymous` are SQL expressions (the column, its row's anonymous flag).
 */
export function maskNameSql(name: string, anonymous = '0'): string {
  const stripped = WHITESPACE.reduce((e, cp) => `replace(${e}, char(${cp}), '')`, `COALESCE(${name}, '')`);
  return `(SELECT CASE WHEN (${anonymous}) OR s = '' THEN '${ANONYMOUS_NAME}'
            WHEN ${CJK_GLOBS.map((g) => `s GLOB '${g}'`).join(' OR ')} THEN substr(s, 1, 1) || replace(hex(zeroblob(max(length(s) - 1, 1))), '00', '*')
            ELSE upper(substr(s, 1, 1)) || '***' END FROM (SELECT ${stripped} AS s))`;
}

// What a contact looks like in free text, after NFKC (full-width １３８ and ＠ become 138 and @):
// digits of any script, with the separators people type between groups (spaces, dots, dashes,
// slashes, middle dots, brackets).
const SEP = String.raw`[\s.\-_/\\·•・()（）\[\]【】、,，]*`;
const DIGIT = String.raw`\p{Nd}`;
/** Phone, ID card (身份证号, 17 digits + X), bank card: 7 or more digits in a run. */
const LONG_NUMBER = new RegExp(String.raw`\+?${DIGIT}(?:${SEP}${DIGIT}){6,}(?:${SEP}[xX])?`, 'gu');
/** After a word that says "contact me here", a short number (a 5-digit QQ) or an id (WeChat ids are ASCII) is one. */
const CONTACT_WORD = String.raw`(?:手机号?|电话|座机|联系方式|联系|微信号?|薇信|威信|v信|vx|wx|wechat|weixin|qq号?|扣扣|企鹅|tel|phone|mobile|email|e-mail|邮箱|邮件|身份证号?|证件号?)`;
const AFTER_WORD = new RegExp(String.raw`(${CONTACT_WORD}\s*(?:号码|号|是|为)?\s*[:：=]?\s*)([A-Za-z0-9][A-Za-z0-9_\-.]{4,})`, 'giu');
/** e-mail, also written "name (at) host.com" or "name艾特host.com". */
const EMAIL = new RegExp(String.raw`[\p{L}\p{Nd}._%+\-]+\s*(?:@|[(（\[]\s*at\s*[)）\]]|艾特)\s*[\p{L}\p{Nd}\-]+(?:\s*(?:\.|[(（\[]\s*dot\s*[)）\]]|点)\s*[\p{L}\p{Nd}\-]+)+`, 'giu');

const HIDDEN = '***';

/** `text` in NFKC, with where each normalised UTF-16 unit came from in the original. */
function normalised(text: string): { norm: string; from: number[]; to: number[] } {
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC');
    for (let i = 0; i < n.length; i++) (from.push(at), to.push(at + ch.length));
    norm += n;
    at += ch.length;
  }
  return { norm, from, to };
}

type Span = { start: number; end: number; with: string };

/**
 * Free text that becomes public (donor messages, wish stories, thank-you notes, a claimer's
 * organisation): contacts in any Unicode form are blanked, and the names of the people the record
 * is about (`names`: the donor, the claimer, the wisher) are masked where they appear in it.
 * Matching runs on the NFKC form; the rest of the text is kept as it was typed (，stays ，).
 */
export function scrubContacts(text: string | null | undefined, names: readonly (string | null | undefined)[] = []): string | null {
  if (text == null) return null;
  const { norm, from, to } = normalised(text);
  const spans: Span[] = [];
  const add = (re: RegExp, replacement: (m: RegExpExecArray) => { offset: number; with: string }) => {
    for (const m of norm.matchAll(re)) {
      const r = replacement(m);
      const start = m.index! + r.offset;
      const end = m.index! + m[0].length;
      if (end > start) spans.push({ start: from[start]!, end: to[end - 1]!, with: r.with });
    }
  };
  add(EMAIL, () => ({ offset: 0, with: HIDDEN }));
  add(LONG_NUMBER, () => ({ offset: 0, with: HIDDEN }));
  add(AFTER_WORD, (m) => ({ offset: m[1]!.length, with: HIDDEN }));
  for (const raw of names) {
    const name = raw?.normalize('NFKC').trim();
    if (!name || Array.from(name).length < 2) continue;
    const spaced = Array.from(name.replace(/\s+/g, '')).map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(String.raw`\s*`);
    add(new RegExp(spaced, 'giu'), () => ({ offset: 0, with: maskName(name) }));
  }
  // Overlapping finds become one blank; the text between them stays as typed.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const sp of spans) {
    if (sp.start < at) {
      if (sp.end > at) at = sp.end;
      continue;
    }
    out += text.slice(at, sp.start) + sp.with;
    at = sp.end;
  }
  return out + text.slice(at);
}

/** A masked name (王**, W***) or a blank (***). */
const MASKED = /\p{L}\*+|\*{3}/gu;

const CONTACT_WORDS = new RegExp(`${CONTACT_WORD}(?:号码|号|是|为)?`, 'giu');

/** Whether a scrubbed text still says something beyond masks, blanks and the words that labelled them. */
export const saysSomething = (text: string | null | undefined): text is string =>
  !!text && /[\p{L}\p{Nd}]/u.test(text.normalize('NFKC').replace(CONTACT_WORDS, '').replace(MASKED, ''));
