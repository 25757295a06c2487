// Numbers, money and dates as readers see them, in each locale: the widgets and the pages the
// worker renders (embed, share, donor, live image) print the same text for the same figure.
import type { Locale } from './locale.js';

/** The Intl locale that formats numbers and dates for each of our locales. */
export const INTL_TAG: Record<Locale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };

// Formatters are created per call: a card formats a handful of numbers, and no locale is global.
const nf = (locale: Locale, o: Intl.NumberFormatOptions) => new Intl.NumberFormat(INTL_TAG[locale], o);

/**
 * Money in minor units (fen) → text. Chinese readers get 万/萬 (and 亿/億) via compact notation,
 * e.g. 104575000 fen → "104.58万元"; English readers get "¥1,045,750".
 */
export function money(minor: number, currency: string, locale: Locale): string {
  const major = minor / 100;
  const fraction = Number.isInteger(major) ? 0 : 2;
  if (locale !== 'en' && currency === 'CNY') {
    const compact = Math.abs(major) >= 10000; // a balance may be negative: -1.2万元, not -12000元
    return (
      nf(
        locale,
        compact
          ? { notation: 'compact', maximumFractionDigits: 2 }
          : { maximumFractionDigits: fraction, minimumFractionDigits: fraction, useGrouping: false },
      ).format(major) + '元'
    );
  }
  return nf(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: fraction,
    minimumFractionDigits: fraction,
  }).format(major);
}

export function integer(n: number, locale: Locale): string {
  return n.toLocaleString(INTL_TAG[locale]);
}

export function percent(ratio: number, locale: Locale): string {
  return nf(locale, { style: 'percent', maximumFractionDigits: ratio < 0.1 && ratio > 0 ? 1 : 0 }).format(ratio);
}

/** Date-only strings (2026-11-22) are calendar dates: format them in UTC so they never shift a day. */
export function date(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return d.toLocaleDateString(INTL_TAG[locale], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  });
}

/** Whole days from now until `iso` (rounded up); negative when past. */
export function daysUntil(iso: string, now = Date.now()): number {
  return Math.ceil((new Date(iso).getTime() - now) / 86_400_000);
}
