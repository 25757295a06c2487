// Pure calendar arithmetic for a free-lunch school: which days are school days, what a day costs,
// and how far a sum of confirmed money reaches ("funded through"). No I/O, no clock: callers pass
// "today", so the same inputs always give the same answer (and property tests can check that).
//
// Rules:
// - A school day is on or after `startsOn`, within the first `daysPerWeek` weekdays (Mon = 1st,
//   so 5 → Mon–Fri, 6 → Mon–Sat) and not inside a closure (holiday, term break; both ends included).
// - A school day costs children × mealPrice plus its share of the month's fixed costs (the cook).
//   A co-funder (e.g. the county) may pay part of it: a sum per meal, or a sum per month of
//   school. The costs here are the donors' share: a month's school days cost
//   max(0, days × children × (mealPrice − coFundedPerMeal) + monthlyFixedCost − coFundedMonthly),
//   spread over its school days in whole fen, the remainder going one fen at a time to the earliest
//   days, so a month's shares add up to exactly that. (Without co-funding this is children ×
//   mealPrice a day plus the fixed cost spread the same way.) A month without school days costs
//   nothing (no lunches served, no cook needed, no co-funding either).
// - fundedThrough walks school days from `startsOn`, paying each day in full, and answers the last
//   day the money covers: never a partial day, so a parent can rely on every day up to it.

import { chinaDate } from '../../common/china-time';

export interface Closure {
  startsOn: string;
  endsOn: string;
}

export interface SchoolCalendar {
  startsOn: string;
  daysPerWeek: number;
  closures: readonly Closure[];
}

export interface LunchCosts {
  childrenCount: number;
  mealPrice: number;
  monthlyFixedCost: number;
  /** What a co-funder pays per meal (≤ mealPrice); 0 or absent: none. */
  coFundedPerMeal?: number;
  /** What a co-funder pays per month in which lunch is served; 0 or absent: none. */
  coFundedMonthly?: number;
}

/** What a donor pays for one meal: the meal price less the co-funder's part of it. */
export const donorMealPrice = (costs: LunchCosts): number => costs.mealPrice - (costs.coFundedPerMeal ?? 0);

export interface Funding {
  /** Last school day the money pays for in full; null when it does not cover the first one. */
  fundedThrough: string | null;
  /** School days from startsOn through fundedThrough. */
  fundedDays: number;
  /** What those days cost (≤ the money). */
  cost: number;
}

const DAY_MS = 86_400_000;
/** How far the walk looks ahead: money beyond 50 years of lunches funds "through" the horizon. */
export const HORIZON_MONTHS = 600;

/** ISO date → whole days since 1970-01-01 (UTC). */
export const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
};

export const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekdayIndex = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** Today's date at the school (China Standard Time, UTC+8, no daylight saving). */
export const schoolToday = (nowMs: number): string => chinaDate(nowMs);

interface Compiled {
  start: number;
  daysPerWeek: number;
  closed: [number, number][];
}

function compile(cal: SchoolCalendar): Compiled {
  return {
    start: dayNumber(cal.startsOn),
    daysPerWeek: Math.max(0, Math.min(7, Math.trunc(cal.daysPerWeek))),
    closed: cal.closures.map((c) => [dayNumber(c.startsOn), dayNumber(c.endsOn)] as [number, number]),
  };
}

const schoolDay = (k: Compiled, day: number): boolean =>
  day >= k.start && weekdayIndex(day) < k.daysPerWeek && !k.closed.some(([a, b]) => day >= a && day <= b);

export const isSchoolDay = (cal: SchoolCalendar, iso: string): boolean => schoolDay(compile(cal), dayNumber(iso));

/** Day numbers of the first and last day of the month `index` months after January 1970. */
function monthBounds(index: number): [number, number] {
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  return [Date.UTC(1970 + y, m, 1) / DAY_MS, Date.UTC(1970 + y, m + 1, 1) / DAY_MS - 1];
}

const monthIndexOf = (day: number): number => {
  const d = new Date(day * DAY_MS);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
};

function schoolDaysOfMonth(k: Compiled, index: number): number[] {
  const [first, last] = monthBounds(index);
  const days: number[] = [];
  for (let d = Math.max(first, k.start); d <= last; d++) if (schoolDay(k, d)) days.push(d);
  return days;
}

/** The school days (ISO) of a calendar month, e.g. (cal, 2026, 11). */
export const schoolDaysInMonth = (cal: SchoolCalendar, year: number, month: number): string[] =>
  schoolDaysOfMonth(compile(cal), (year - 1970) * 12 + month - 1).map(isoDate);

/** The donors' costs of a month's school days, in order: meals and fixed costs, less co-funding. */
function monthDayCosts(days: number, costs: LunchCosts): number[] {
  if (days === 0) return [];
  const total = Math.max(
    0,
    days * costs.childrenCount * donorMealPrice(costs) + costs.monthlyFixedCost - (costs.coFundedMonthly ?? 0),
  );
  const base = Math.floor(total / days);
  const extra = total - base * days; // the first `extra` days carry one more fen
  return Array.from({ length: days }, (_, i) => base + (i < extra ? 1 : 0));
}

/** What one day costs: 0 on a non-school day. */
export function dayCost(cal: SchoolCalendar, costs: LunchCosts, iso: string): number {
  const k = compile(cal);
  const day = dayNumber(iso);
  if (!schoolDay(k, day)) return 0;
  const days = schoolDaysOfMonth(k, monthIndexOf(day));
  return monthDayCosts(days.length, costs)[days.indexOf(day)]!;
}

/** Total cost of the school days from `fromIso` through `toIso` (both included). */
export function costBetween(cal: SchoolCalendar, costs: LunchCosts, fromIso: string, toIso: string): number {
  const k = compile(cal);
  const from = dayNumber(fromIso);
  const to = dayNumber(toIso);
  let total = 0;
  for (let m = monthIndexOf(Math.max(from, k.start)); m <= monthIndexOf(to); m++) {
    const days = schoolDaysOfMonth(k, m);
    const prices = monthDayCosts(days.length, costs);
    days.forEach((d, i) => d >= from && d <= to && (total += prices[i]!));
  }
  return total;
}

/** How far `money` (confirmed, in minor units) reaches along the calendar from startsOn. */
export function fundedThrough(cal: SchoolCalendar, costs: LunchCosts, money: number): Funding {
  const k = compile(cal);
  let left = Math.max(0, Math.floor(money));
  let through: number | null = null;
  let fundedDays = 0;
  const first = monthIndexOf(k.start);
  for (let m = first; m < first + HORIZON_MONTHS; m++) {
    const days = schoolDaysOfMonth(k, m);
    const prices = monthDayCosts(days.length, costs);
    const monthTotal = prices.reduce((a, b) => a + b, 0);
    if (monthTotal <= left) {
      // The whole month is paid: skip it in one step.
      left -= monthTotal;
      fundedDays += days.length;
      if (days.length) through = days[days.length - 1]!;
      continue;
    }
    for (let i = 0; i < days.length && prices[i]! <= left; i++) {
      left -= prices[i]!;
      fundedDays += 1;
      through = days[i]!;
    }
    break;
  }
  return { fundedThrough: through === null ? null : isoDate(through), fundedDays, cost: Math.floor(money) - left };
}

/** The next `n` school days on or after `fromIso` (fewer if the horizon ends first). */
export function nextSchoolDays(cal: SchoolCalendar, fromIso: string, n: number): string[] {
  const k = compile(cal);
  const out: string[] = [];
  const from = Math.max(dayNumber(fromIso), k.start);
  for (let d = from; out.length < n && d < from + HORIZON_MONTHS * 31; d++) if (schoolDay(k, d)) out.push(isoDate(d));
  return out;
}

/** How many school days lie from `fromIso` through `toIso` (both included). */
export function countSchoolDays(cal: SchoolCalendar, fromIso: string, toIso: string): number {
  const k = compile(cal);
  let n = 0;
  for (let d = Math.max(dayNumber(fromIso), k.start), to = dayNumber(toIso); d <= to; d++) if (schoolDay(k, d)) n++;
  return n;
}
