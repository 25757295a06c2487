// The three languages every reader-facing surface speaks (widgets, embed and share pages, the
// staff console): one list, so a fourth locale is added in one place and the compiler finds
// every catalog that lacks it.

export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Maps any BCP 47 tag to one of our three locales. Unknown or missing → zh-Hans (contract default). */
export function toLocale(tag: string | null | undefined): Locale {
  const t = (tag ?? '').trim().toLowerCase();
  if (t.startsWith('en')) return 'en';
  if (t === 'zh' || t.startsWith('zh-')) return /^zh-(hant|tw|hk|mo)\b/.test(t) ? 'zh-Hant' : 'zh-Hans';
  return 'zh-Hans';
}
