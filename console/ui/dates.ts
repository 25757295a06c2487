// The console's clock is China Standard Time (UTC+8, no daylight saving) wherever the browser is:
// the bureau's day, the day the disclosure reports and the audit filters count in. Times are shown
// in the console's language; datetime-local inputs are read and written in the same time
// (./local-time.ts).
import type { ConsoleLocale } from '../i18n.js';

export const CONSOLE_TIME_ZONE = 'Asia/Shanghai';
/** China Standard Time's offset from UTC. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

const INTL: Record<ConsoleLocale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };

export const intlLocale = (locale: ConsoleLocale): string => INTL[locale] ?? 'zh-CN';

/** An ISO instant as a China-time date and time in the console's language ("2026/11/22 16:00:00"). */
export const dateTime = (iso: string, locale: ConsoleLocale): string =>
  new Date(iso).toLocaleString(intlLocale(locale), { timeZone: CONSOLE_TIME_ZONE });

/** An ISO instant as its China-time date. */
export const dateOnly = (iso: string, locale: ConsoleLocale): string =>
  new Date(iso).toLocaleDateString(intlLocale(locale), { timeZone: CONSOLE_TIME_ZONE });

/** Today's date in China ("2026-11-22"). */
export const chinaToday = (): string => new Date(Date.now() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
