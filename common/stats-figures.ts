// An organisation's headline figures as readers see them: <gongyi-stats> counts up to them, and
// the worker's embed page and live image print the same text (one place decides 万 or exact).
import { INTL_TAG, money } from './format.js';
import type { Locale } from './locale.js';
import type { StatsMessages } from './locales/stats.js';
import type { Stat } from './wire/stats.js';

/** Live figures are named by the widget (so they follow the reader's language); staff ones as entered. */
export function labelOf(s: Stat, t: StatsMessages): { label: string; unit: string | null } {
  const own = s.source === 'live' ? (t.live[s.key] ?? t.live[s.key.replace(/-.*$/, '')]) : undefined;
  return own ?? { label: s.label, unit: s.unit === null ? null : (t.units[s.unit] ?? s.unit) };
}

/**
 * `value` (the figure's value, or a step of its count-up) → the big number and its unit.
 * Chinese readers get 万/亿 (萬/億): money from 1万元 up (money(), 104.58万元), counts from 10万
 * up — below that a count is printed exact, as the reports print it (12368人次). "余" (approximate)
 * sits before the unit in Chinese (900万余元, 200余人次) and is a "+" in English (200+).
 */
export function figureParts(
  s: Stat,
  value: number,
  unit: string | null,
  locale: Locale,
): { num: string; unit: string } {
  const zh = locale !== 'en';
  const more = s.approximate ? (zh ? '余' : '+') : '';
  if (s.currency) {
    // A count-up step of a whole-yuan figure is whole yuan too: never wider than the final text.
    const text = money(s.value % 100 ? Math.round(value) : Math.round(value / 100) * 100, s.currency, locale);
    // Chinese money ends in 元: keep it as the unit so 余 can go before it.
    if (zh && text.endsWith('元')) return { num: text.slice(0, -1), unit: more + '元' };
    return { num: text + more, unit: '' };
  }
  const whole = Number.isInteger(s.value);
  const v = whole ? Math.round(value) : value;
  const num = new Intl.NumberFormat(
    INTL_TAG[locale],
    zh
      ? v >= 100_000
        ? { notation: 'compact', maximumFractionDigits: 2 }
        : { useGrouping: false, maximumFractionDigits: 2 }
      : { maximumFractionDigits: 2 },
  ).format(v);
  if (zh) return { num, unit: more + (unit ?? '') };
  return { num: num + more, unit: unit ? ' ' + unit : '' };
}
