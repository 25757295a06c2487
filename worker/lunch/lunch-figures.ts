// The derived figures of a lunch school, from its calendar, costs and money. Pure: the route
// passes the stored totals and today's date, so the figures can never disagree with each other.
import {
  countSchoolDays,
  dayCost,
  fundedThrough,
  nextSchoolDays,
  type LunchCosts,
  type SchoolCalendar,
} from './school-calendar';

export interface LunchInputs {
  calendar: SchoolCalendar;
  costs: LunchCosts;
  /** Confirmed money (the campaign's raised amount). */
  raised: number;
  /** Sum of the daily reports' spending and meals. */
  spent: number;
  mealsServed: number;
  /** The school's date today (ISO). */
  today: string;
  /** How many coming school days the strip shows. */
  upcoming?: number;
}

export function lunchFigures(i: LunchInputs) {
  const f = fundedThrough(i.calendar, i.costs, i.raised);
  const coming = nextSchoolDays(i.calendar, i.today, i.upcoming ?? 10);
  const funded = (d: string) => f.fundedThrough !== null && d <= f.fundedThrough;
  // School days still ahead (today included) that the money already pays for.
  const fundedDaysAhead =
    f.fundedThrough !== null && f.fundedThrough >= i.today ? countSchoolDays(i.calendar, i.today, f.fundedThrough) : 0;
  const next = coming[0];
  return {
    fundedThrough: f.fundedThrough,
    fundedDays: f.fundedDays,
    fundedDaysAhead,
    mealsFunded: f.fundedDays * i.costs.childrenCount,
    mealsServed: i.mealsServed,
    spentAmount: i.spent,
    balance: i.raised - i.spent,
    /** What the next school day costs, the cook's share included. */
    dayCost: next ? dayCost(i.calendar, i.costs, next) : i.costs.childrenCount * i.costs.mealPrice,
    upcoming: coming.map((date) => ({ date, funded: funded(date) })),
  };
}
