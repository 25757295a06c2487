// The console's clock is China Standard Time (UTC+8, no daylight saving) wherever the browser is:
// the bureau's day, the day the disclosure reports and the audit filters count in. Times are shown
// in the console's language; datetime-local inputs are read and written in the same time.
import type { ConsoleLocale } from '../i18n.js';

export const CONSOLE_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000;

const INTL: Record<ConsoleLocale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };

export const intlLocale = (locale: ConsoleLocale): string => INTL[locale] ?? 'zh-CN';

/** An ISO instant as a China-time date and time in the console's language ("2026/11/22 16:00:00"). */
export const dateTime = (iso: string, locale: ConsoleLocale): string =>
  new Date(iso).toLocaleString(intlLocale(locale), { timeZone: CONSOLE_TIME_ZONE });

/** An ISO instant as its China-time date. */
export const dateOnly = (iso: string, locale: ConsoleLocale): string =>
  new Date(iso).toLocaleDateString(intlLocale(locale), { timeZone: CONSOLE_TIME_ZONE });

/** Today's date in China ("2026-11-22"). */
export const chinaToday = (): string => new Date(Date.now() + OFFSET_MS).toISOString().slice(0, 10);

/** ISO instant → the value of a datetime-local input, in China time ('' for none or nonsense). */
export function toChinaInput(iso: string | null): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 16);
}

/** datetime-local value (China time) → ISO instant for the API; '' → null (none). An unparsable value goes as typed, for the API to refuse. */
export function fromChinaInput(v: string): string | null {
  if (!v) return null;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) ? Date.parse(`${v}+08:00`) : NaN;
  return Number.isNaN(ms) ? v : new Date(ms).toISOString();
}
