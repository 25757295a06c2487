// Days as staff, donors and the disclosure rules count them: China Standard Time (UTC+8, no DST).
// Timestamps are stored in UTC; a "day" filter or report turns a China date into UTC instants.
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The China date (YYYY-MM-DD) of an instant (ms or ISO string); default now. */
export const chinaDate = (at: number | string = Date.now()): string =>
  new Date((typeof at === 'string' ? Date.parse(at) : at) + OFFSET_MS).toISOString().slice(0, 10);

/** The UTC instant (ISO, as stored) at which a China date begins. */
export const chinaDayStart = (day: string): string => new Date(`${day}T00:00:00+08:00`).toISOString();

/** The calendar day after `day`. */
export const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
