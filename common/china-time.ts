// Days as staff, donors, schools and the disclosure rules count them: China Standard Time
// (UTC+8, no daylight saving), wherever the server or the browser is. Timestamps are stored and
// sent in UTC; "today", a day filter or a report turns an instant into a China date and back.

/** China Standard Time's offset from UTC. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;
/** The same offset as the IANA zone, for Intl (dates shown in China time). */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';
/** The same offset as SQLite's date() modifier: date(at, '+8 hours') is the China date of `at`. */
export const CHINA_SQL_OFFSET = '+8 hours';

const DAY_MS = 86_400_000;

/** The China date (YYYY-MM-DD) of an instant (ms or ISO string); default now: "today in China". */
export const chinaDate = (at: number | string = Date.now()): string =>
  new Date((typeof at === 'string' ? Date.parse(at) : at) + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** The UTC instant (ISO, as stored) at which a China date begins. */
export const chinaDayStart = (day: string): string => new Date(`${day}T00:00:00+08:00`).toISOString();

/** An instant as RFC 3339 in China time ("2026-11-23T18:30:00+08:00"), as WeChat Pay wants it. */
export const chinaDateTime = (d: Date): string =>
  `${new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;

/** The calendar day after `day`. */
export const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
