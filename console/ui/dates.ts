// The console's clock is China Standard Time (UTC+8, no daylight saving) wherever the browser is:
// the bureau's day, the day the disclosure reports and the audit filters count in. Times are shown
// in the console's language; datetime-local inputs are read and written in the same time
// (./local-time.ts).
import { CHINA_TIME_ZONE, chinaDate } from '../../common/china-time.js';
import { INTL_TAG } from '../../common/format.js';
import type { ConsoleLocale } from '../i18n.js';

export const CONSOLE_TIME_ZONE = CHINA_TIME_ZONE;

export const intlLocale = (locale: ConsoleLocale): string => INTL_TAG[locale] ?? 'zh-CN';

/** An ISO instant as a China-time date and time in the console's language ("2026/11/22 16:00:00"). */
export const dateTime = (iso: string, locale: ConsoleLocale): string =>
  new Date(iso).toLocaleString(intlLocale(locale), { timeZone: CONSOLE_TIME_ZONE });

/** An ISO instant as its China-time date. */
export const dateOnly = (iso: string, locale: ConsoleLocale): string =>
  new Date(iso).toLocaleDateString(intlLocale(locale), { timeZone: CONSOLE_TIME_ZONE });

/** Today's date in China ("2026-11-22"). */
export const chinaToday = (): string => chinaDate();
