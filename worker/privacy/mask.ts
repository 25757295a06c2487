// Public display of personal names and free text. Contacts never leave the admin API; these
// helpers make sure names and messages shown publicly cannot identify or reach a person.
import { shadowOf } from './shadow-text';

export const ANONYMOUS_NAME = '爱心人士';

/**
 * Han, Hiragana, Katakana and Hangul (Unicode scripts, as code point ranges so the SQL form below
 * tests the same set; test/worker/mask-sql.test.ts checks them against the runtime's scripts):
 * a name written in them is masked per character.
 */
const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff],
  [0x2e80, 0x2e99],
  [0x2e9b, 0x2ef3],
  [0x2f00, 0x2fd5],
  [0x3005, 0x3005],
  [0x3007, 0x3007],
  [0x3021, 0x3029],
  [0x302e, 0x302f],
  [0x3038, 0x303b],
  [0x3041, 0x3096],
  [0x309d, 0x309f],
  [0x30a1, 0x30fa],
  [0x30fd, 0x30ff],
  [0x3131, 0x318e],
  [0x31f0, 0x321e],
  [0x3260, 0x327e],
  [0x32d0, 0x32fe],
  [0x3300, 0x3357],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa960, 0xa97c],
  [0xac00, 0xd7a3],
  [0xd7b0, 0xd7c6],
  [0xd7cb, 0xd7fb],
  [0xf900, 0xfa6d],
  [0xfa70, 0xfad9],
  [0xff66, 0xff6f],
  [0xff71, 0xff9d],
  [0xffa0, 0xffbe],
  [0xffc2, 0xffc7],
  [0xffca, 0xffcf],
  [0xffd2, 0xffd7],
  [0xffda, 0xffdc],
  [0x16fe2, 0x16fe3],
  [0x16ff0, 0x16ff6],
  [0x1aff0, 0x1aff3],
  [0x1aff5, 0x1affb],
  [0x1affd, 0x1affe],
  [0x1b000, 0x1b122],
  [0x1b132, 0x1b132],
  [0x1b150, 0x1b152],
  [0x1b155, 0x1b155],
  [0x1b164, 0x1b167],
  [0x1f200, 0x1f200],
  [0x20000, 0x2a6df],
  [0x2a700, 0x2b81d],
  [0x2b820, 0x2cead],
  [0x2ceb0, 0x2ebe0],
  [0x2ebf0, 0x2ee5d],
  [0x2f800, 0x2fa1d],
  [0x30000, 0x3134a],
  [0x31350, 0x33479],
];
const cjkMembers = CJK_RANGES.map(([a, b]) =>
  a === b ? String.fromCodePoint(a) : `${String.fromCodePoint(a)}-${String.fromCodePoint(b)}`,
);
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
const WHITESPACE = [
  0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

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

// What a contact looks like in free text, read in its shadow (shadow-text.ts: NFKC, invisible
// characters dropped, numerals as digits): digits with the separators people type between groups
// (spaces, dots, dashes, slashes, middle dots, brackets, commas, and ~ | : * as in 138~0013~8000
// or 138****8000).
const SEP = String.raw`\s.\-\u2010-\u2015_/\\·•・()（）\[\]【】、,，~|:*`;
/** Phone, ID card (身份证号, 17 digits + X), bank card: 7 or more digits in a run... */
const NUMBER_RUN = new RegExp(String.raw`\+?\p{Nd}(?:[${SEP}]*\p{Nd})*(?:[${SEP}]*[xX](?![A-Za-z]))?`, 'gu');
const LONG = 7;
const digitCount = (run: string) => run.replace(/[^\p{Nd}]/gu, '').length;
/** ...unless it is a date, a time, a span of years or an amount (2021-08-07 16:46:58, 9:00-17:00, 2020-2026, 1,000,000, 12345.50)... */
const DAY = String.raw`(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])`;
const CLOCK = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`;
const WHEN = String.raw`(?:${DAY}(?:[\sT]*${CLOCK})?|${CLOCK})`;
const NOT_A_CONTACT = new RegExp(
  String.raw`^(?:${WHEN}(?:\s*[-~]\s*${WHEN})?|(?:19|20)\d{2}\s*[-~/]\s*(?:19|20)\d{2}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,3})$`,
);
/** ...or a plain number that counts something: ¥1200000, 1200000元, 12000000人次. */
const PLAIN = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const UNIT_AFTER = /^\s*(?:元|万|亿|块|角|人|次|份|个|名|户|斤|公斤|米|天|年|件|本|册|台|所|家|位|顿|餐|克|吨|亩|%)/;
const MONEY_BEFORE = /(?:[¥$]|RMB|CNY)\s*$/i;
function isContactNumber(shadow: string, start: number, end: number): boolean {
  const run = shadow.slice(start, end);
  if (digitCount(run) < LONG || NOT_A_CONTACT.test(run)) return false;
  return !(
    PLAIN.test(run) &&
    (UNIT_AFTER.test(shadow.slice(end, end + 3)) || MONEY_BEFORE.test(shadow.slice(Math.max(0, start - 4), start)))
  );
}
/**
 * Numbers spelled with Han or financial numerals (一三八, 幺三八, 壹叁捌, 〇), alone or mixed with
 * digits, count only in the shapes of a phone: ordinary Chinese is full of numerals (一二三年级的孩子,
 * 第三十八期, 三八妇女节), phones are not. Mainland mobiles (1[3-9] and 9 more, +86 or not), landlines
 * with their area code (0 and 9 to 11 more), 400/800 lines, and ID or bank card lengths.
 */
const SPELLED_RUN = new RegExp(String.raw`\+?[0-9](?:[\s.\-\u2010-\u2015_/·•・()（）~|:*]*[0-9])*`, 'g');
const PHONE_SHAPE = /^(?:\+?86)?1[3-9]\d{9}$|^0\d{9,11}$|^[48]00\d{7}$|^\d{15,19}$/;
/** After a word that says "contact me here", a short number (a 5-digit QQ) or an id (WeChat ids are ASCII) is one. */
const CONTACT_WORD = String.raw`(?:手机号?|电话|座机|联系方式|联系|微信号?|薇信|威信|v信|vx|wx|wechat|weixin|qq号?|扣扣|企鹅|tel|phone|mobile|email|e-mail|邮箱|邮件|身份证号?|证件号?)`;
const AFTER_WORD = new RegExp(
  String.raw`(${CONTACT_WORD}\s*(?:号码|号|是|为)?\s*[:：=]?\s*)([A-Za-z0-9][A-Za-z0-9_\-.]{4,})`,
  'giu',
);
/**
 * e-mail, also written "name (at) host (dot) com", "name at host dot com", "name艾特host点com",
 * or one letter at a time: "w x m @ e x a m p l e . c o m".
 */
const spelledOut = (ch: string) => String.raw`(?<![A-Za-z0-9._%+\-])${ch}(?:\s${ch}(?![A-Za-z0-9_%+\-]))+`;
// (A name starts where a word starts: trying every later start in a long run of Han letters costs time and finds nothing more.)
const LOCAL = String.raw`(?:${spelledOut('[A-Za-z0-9_%+\\-]')}|(?<![\p{L}\p{Nd}._%+\-])[\p{L}\p{Nd}._%+\-]+)`;
const LABEL = String.raw`(?:${spelledOut('[A-Za-z0-9\\-]')}|[\p{L}\p{Nd}\-]+)`;
const AT = String.raw`(?:\s*(?:@|[(（\[]\s*at\s*[)）\]]|艾特)\s*|\s+at\s+)`;
const DOT = String.raw`(?:\s*(?:\.|[(（\[]\s*dot\s*[)）\]]|点)\s*|\s+dot\s+)`;
const EMAIL = new RegExp(String.raw`${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})+`, 'giu');
/** What every form of "at" has in it (a cheap look before the full search). */
const MAY_BE_EMAIL = /@|at|艾特/i;

const HIDDEN = '***';

type Span = { start: number; end: number; with: string };

/**
 * Free text that becomes public (donor messages, wish stories, thank-you notes, a claimer's
 * organisation): contacts in any Unicode form are blanked, and the names of the people the record
 * is about (`names`: the donor, the claimer, the wisher) are masked where they appear in it.
 * Matching runs on the text's shadow; the rest of the text is kept as it was typed (，stays ，).
 */
export function scrubContacts(
  text: string | null | undefined,
  names: readonly (string | null | undefined)[] = [],
): string | null {
  if (text == null) return null;
  const shadow = shadowOf(text);
  const spans: Span[] = [];
  /** Blanks shadow units [start, end) (the original characters they came from). */
  const blank = (start: number, end: number, replacement = HIDDEN) => {
    if (end > start) spans.push({ start: shadow.from[start]!, end: shadow.to[end - 1]!, with: replacement });
  };
  if (MAY_BE_EMAIL.test(shadow.text))
    for (const m of shadow.text.matchAll(EMAIL)) blank(m.index, m.index + m[0].length);
  for (const m of shadow.text.matchAll(NUMBER_RUN)) {
    if (isContactNumber(shadow.text, m.index, m.index + m[0].length)) blank(m.index, m.index + m[0].length);
  }
  for (const m of shadow.digits.matchAll(SPELLED_RUN)) {
    const end = m.index + m[0].length;
    const spelled = shadow.text.slice(m.index, end) !== m[0];
    if (spelled && PHONE_SHAPE.test(m[0].replace(/[^+0-9]/g, ''))) blank(m.index, end);
  }
  for (const m of shadow.digits.matchAll(AFTER_WORD)) blank(m.index + m[1]!.length, m.index + m[0].length);
  for (const raw of names) {
    const name = raw == null ? '' : shadowOf(raw).text.trim();
    if (Array.from(name).length < 2) continue;
    const spaced = Array.from(name.replace(/\s+/g, ''))
      .map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(String.raw`\s*`);
    for (const m of shadow.text.matchAll(new RegExp(spaced, 'giu')))
      blank(m.index, m.index + m[0].length, maskName(name));
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
