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

// e-mail addresses and phone-like digit runs (7+ digits, spaces/dashes allowed between).
const EMAIL = /[^\s@，。,;；:：]+@[^\s@，。,;；:：]+\.[^\s@，。,;；:：]+/gu;
const PHONE = /\+?\d(?:[\s-]?\d){6,}/g;

/** Free text shown publicly (donor messages): contacts typed into it are blanked. */
export function scrubContacts(text: string | null | undefined): string | null {
  if (text == null) return null;
  return text.replace(EMAIL, '***').replace(PHONE, '***');
}
