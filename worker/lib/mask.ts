// Public display of personal names and free text. Contacts never leave the admin API; these
// helpers make sure names and messages shown publicly cannot identify or reach a person.
export const ANONYMOUS_NAME = '爱心人士';

// Han, Hiragana/Katakana, Hangul and CJK symbols: names written this way are masked per character.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** 张三→张*, 马才英→马**, Li Wei→L***, anonymous/empty→爱心人士. */
export function maskName(name: string | null | undefined, anonymous = false): string {
  const trimmed = (name ?? '').trim();
  if (anonymous || trimmed === '') return ANONYMOUS_NAME;
  const chars = Array.from(trimmed.replace(/\s+/g, ''));
  const first = chars[0] ?? '';
  if (CJK.test(trimmed)) return first + '*'.repeat(Math.max(chars.length - 1, 1));
  return first.toUpperCase() + '***';
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
