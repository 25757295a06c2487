// Property tests of the lunch calendar arithmetic (worker/lunch/school-calendar.ts): a day's cost,
// month totals, closures, and "funded through" moving only forward as money grows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  costBetween,
  dayCost,
  dayNumber,
  donorMealPrice,
  fundedThrough,
  HORIZON_MONTHS,
  isoDate,
  isSchoolDay,
  nextSchoolDays,
  schoolDaysInMonth,
  schoolToday,
  weekdayIndex,
  type LunchCosts,
  type SchoolCalendar,
} from '../../worker/lunch/school-calendar';

const BASE = dayNumber('2025-01-01');
const dateArb = (from = 0, span = 900) => fc.integer({ min: from, max: from + span }).map((n) => isoDate(BASE + n));

const closureArb = fc
  .tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 40 }))
  .map(([a, len]) => ({ startsOn: isoDate(BASE + a), endsOn: isoDate(BASE + a + len) }));

const calendarArb: fc.Arbitrary<SchoolCalendar> = fc.record({
  startsOn: dateArb(0, 300),
  daysPerWeek: fc.integer({ min: 1, max: 7 }),
  closures: fc.array(closureArb, { maxLength: 6 }),
});

const costsArb: fc.Arbitrary<LunchCosts> = fc.record({
  childrenCount: fc.integer({ min: 1, max: 300 }),
  mealPrice: fc.integer({ min: 1, max: 2000 }),
  monthlyFixedCost: fc.integer({ min: 0, max: 500_000 }),
});

const moneyArb = fc.integer({ min: 0, max: 30_000_000 });

/** The school day after `iso` (or null within a year). */
const nextAfter = (cal: SchoolCalendar, iso: string) => nextSchoolDays(cal, isoDate(dayNumber(iso) + 1), 1)[0] ?? null;

const RUNS = { numRuns: 150 };

describe('school days', () => {
  it('are the first N weekdays from the start date, outside every closure', () => {
    fc.assert(
      fc.property(calendarArb, dateArb(0, 1000), (cal, d) => {
        const day = dayNumber(d);
        const closed = cal.closures.some((c) => d >= c.startsOn && d <= c.endsOn);
        expect(isSchoolDay(cal, d)).toBe(d >= cal.startsOn && weekdayIndex(day) < cal.daysPerWeek && !closed);
      }),
      RUNS,
    );
  });

  it('5 a week means Monday to Friday', () => {
    const cal = { startsOn: '2026-11-01', daysPerWeek: 5, closures: [] };
    expect(schoolDaysInMonth(cal, 2026, 11).slice(0, 6)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-09',
    ]);
    expect(schoolDaysInMonth(cal, 2026, 11)).toHaveLength(21);
  });

  it('the school date is China time (UTC+8)', () => {
    expect(schoolToday(Date.parse('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(schoolToday(Date.parse('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });
});

describe("a day's cost", () => {
  it('is children × price plus the fixed-cost share on a school day, 0 otherwise', () => {
    fc.assert(
      fc.property(calendarArb, costsArb, dateArb(0, 1000), (cal, costs, d) => {
        const cost = dayCost(cal, costs, d);
        if (!isSchoolDay(cal, d)) {
          expect(cost).toBe(0);
          return;
        }
        const [y, m] = d.split('-').map(Number) as [number, number];
        const n = schoolDaysInMonth(cal, y, m).length;
        const share = cost - costs.childrenCount * costs.mealPrice;
        expect(
          share === Math.floor(costs.monthlyFixedCost / n) || share === Math.ceil(costs.monthlyFixedCost / n),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('adds up, per month, to every meal plus exactly the fixed cost (none in a month without school)', () => {
    fc.assert(
      fc.property(
        calendarArb,
        costsArb,
        fc.integer({ min: 2025, max: 2027 }),
        fc.integer({ min: 1, max: 12 }),
        (cal, costs, y, m) => {
          const days = schoolDaysInMonth(cal, y, m);
          const sum = days.reduce((a, d) => a + dayCost(cal, costs, d), 0);
          expect(sum).toBe(
            days.length * costs.childrenCount * costs.mealPrice + (days.length ? costs.monthlyFixedCost : 0),
          );
          const last = isoDate(Date.UTC(y, m, 0) / 86_400_000);
          expect(costBetween(cal, costs, `${y}-${String(m).padStart(2, '0')}-01`, last)).toBe(sum);
        },
      ),
      RUNS,
    );
  });

  it('gaoping: 18 children × 4 元 plus 1000 元 spread over November 2026’s 21 school days', () => {
    const cal = { startsOn: '2026-11-02', daysPerWeek: 5, closures: [] };
    const costs = { childrenCount: 18, mealPrice: 400, monthlyFixedCost: 100_000 };
    // 100000 / 21 = 4761 r 19: the first 19 days carry 4762 fen of the cook's pay, the last two 4761.
    expect(dayCost(cal, costs, '2026-11-02')).toBe(7200 + 4762);
    expect(dayCost(cal, costs, '2026-11-30')).toBe(7200 + 4761);
    expect(dayCost(cal, costs, '2026-11-07')).toBe(0); // Saturday
  });
});

describe('funded through', () => {
  it('never runs backwards: more money never moves it earlier, nor funds fewer days', () => {
    fc.assert(
      fc.property(calendarArb, costsArb, moneyArb, moneyArb, (cal, costs, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = fundedThrough(cal, costs, lo);
        const y = fundedThrough(cal, costs, hi);
        expect(y.fundedDays).toBeGreaterThanOrEqual(x.fundedDays);
        if (x.fundedThrough) expect(y.fundedThrough! >= x.fundedThrough).toBe(true);
        if (x.fundedThrough) expect(x.fundedThrough >= cal.startsOn).toBe(true);
      }),
      RUNS,
    );
  });

  it('is the last school day paid in full: its cost ≤ money < the cost through the next school day', () => {
    fc.assert(
      fc.property(calendarArb, costsArb, moneyArb, (cal, costs, money) => {
        const f = fundedThrough(cal, costs, money);
        expect(f.cost).toBeLessThanOrEqual(money);
        const first = nextSchoolDays(cal, cal.startsOn, 1)[0];
        if (!first || f.fundedThrough === null) {
          if (first) expect(money).toBeLessThan(dayCost(cal, costs, first));
          else expect(f.fundedThrough).toBeNull();
          return;
        }
        expect(costBetween(cal, costs, cal.startsOn, f.fundedThrough)).toBe(f.cost);
        const next = nextAfter(cal, f.fundedThrough);
        // Money past the look-ahead (HORIZON_MONTHS) funds "through the horizon", no further.
        const horizon = `${Number(cal.startsOn.slice(0, 4)) + HORIZON_MONTHS / 12}${cal.startsOn.slice(4, 7)}-01`;
        if (next && next < horizon) expect(money).toBeLessThan(costBetween(cal, costs, cal.startsOn, next));
      }),
      RUNS,
    );
  });

  it('money exactly equal to the cost through a school day funds exactly through that day', () => {
    fc.assert(
      fc.property(calendarArb, costsArb, fc.integer({ min: 1, max: 120 }), (cal, costs, n) => {
        const day = nextSchoolDays(cal, cal.startsOn, n)[n - 1];
        if (!day) return;
        const money = costBetween(cal, costs, cal.startsOn, day);
        expect(fundedThrough(cal, costs, money)).toEqual({ fundedThrough: day, fundedDays: n, cost: money });
        if (money > 0) expect(fundedThrough(cal, costs, money - 1).fundedDays).toBe(n - 1);
      }),
      RUNS,
    );
  });

  it('skips closures: it never lands on a closed or weekend day, and counts only school days', () => {
    fc.assert(
      fc.property(calendarArb, costsArb, moneyArb, (cal, costs, money) => {
        const f = fundedThrough(cal, costs, money);
        if (f.fundedThrough === null) {
          expect(f.fundedDays).toBe(0);
          return;
        }
        expect(isSchoolDay(cal, f.fundedThrough)).toBe(true);
        for (const c of cal.closures) expect(f.fundedThrough >= c.startsOn && f.fundedThrough <= c.endsOn).toBe(false);
        const days = nextSchoolDays(cal, cal.startsOn, f.fundedDays + 1);
        expect(days[f.fundedDays - 1]).toBe(f.fundedThrough);
      }),
      RUNS,
    );
  });

  it('a closure moves the same money past the closed days', () => {
    const costs = { childrenCount: 18, mealPrice: 400, monthlyFixedCost: 0 };
    const open = { startsOn: '2026-11-02', daysPerWeek: 5, closures: [] };
    const money = 10 * 7200; // ten school days of meals
    expect(fundedThrough(open, costs, money).fundedThrough).toBe('2026-11-13');
    const closed = { ...open, closures: [{ startsOn: '2026-11-09', endsOn: '2026-11-10' }] };
    expect(fundedThrough(closed, costs, money)).toEqual({ fundedThrough: '2026-11-17', fundedDays: 10, cost: money });
  });

  it('does not cover a day it cannot pay in full', () => {
    const cal = { startsOn: '2026-11-02', daysPerWeek: 5, closures: [] };
    const costs = { childrenCount: 18, mealPrice: 400, monthlyFixedCost: 100_000 };
    expect(fundedThrough(cal, costs, 11_961)).toEqual({ fundedThrough: null, fundedDays: 0, cost: 0 });
    expect(fundedThrough(cal, costs, 11_962).fundedThrough).toBe('2026-11-02');
    // A whole month: 21 × 7200 + 100000.
    expect(fundedThrough(cal, costs, 21 * 7200 + 100_000).fundedThrough).toBe('2026-11-30');
  });
});

// Co-funding (issue 15.3): a co-funder pays part of each meal, or a sum a month; donors the rest.
const coFundedArb: fc.Arbitrary<LunchCosts> = costsArb.chain((c) =>
  fc.record({
    childrenCount: fc.constant(c.childrenCount),
    mealPrice: fc.constant(c.mealPrice),
    monthlyFixedCost: fc.constant(c.monthlyFixedCost),
    coFundedPerMeal: fc.integer({ min: 0, max: c.mealPrice - 1 }),
    coFundedMonthly: fc.integer({ min: 0, max: 2_000_000 }),
  }),
);

describe('co-funded lunch', () => {
  it('a month costs donors max(0, days × children × (price − co part) + fixed − co sum), to the fen', () => {
    fc.assert(
      fc.property(calendarArb, coFundedArb, fc.integer({ min: 0, max: 24 }), (cal, costs, m) => {
        const start = new Date(`${cal.startsOn}T00:00:00Z`);
        const year = start.getUTCFullYear() + Math.floor((start.getUTCMonth() + m) / 12);
        const month = ((start.getUTCMonth() + m) % 12) + 1;
        const days = schoolDaysInMonth(cal, year, month);
        const total = days.reduce((sum, d) => sum + dayCost(cal, costs, d), 0);
        const expected =
          days.length === 0
            ? 0
            : Math.max(
                0,
                days.length * costs.childrenCount * (costs.mealPrice - costs.coFundedPerMeal!) +
                  costs.monthlyFixedCost -
                  costs.coFundedMonthly!,
              );
        expect(total).toBe(expected);
        // Whole fen, never negative, and no day more than one fen dearer than another of its month.
        const prices = days.map((d) => dayCost(cal, costs, d));
        expect(prices.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
        if (prices.length) expect(Math.max(...prices) - Math.min(...prices)).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('without co-funding nothing changes; with it the same money funds through the same day or later', () => {
    fc.assert(
      fc.property(calendarArb, coFundedArb, moneyArb, (cal, co, money) => {
        const plain: LunchCosts = {
          childrenCount: co.childrenCount,
          mealPrice: co.mealPrice,
          monthlyFixedCost: co.monthlyFixedCost,
        };
        const zero = fundedThrough(cal, { ...plain, coFundedPerMeal: 0, coFundedMonthly: 0 }, money);
        expect(zero).toEqual(fundedThrough(cal, plain, money));
        const helped = fundedThrough(cal, co, money);
        expect(helped.fundedDays).toBeGreaterThanOrEqual(zero.fundedDays);
        if (zero.fundedThrough) expect(helped.fundedThrough! >= zero.fundedThrough).toBe(true);
        // What the donors' money paid never exceeds it, and is what those days cost donors.
        expect(helped.cost).toBeLessThanOrEqual(money);
        if (helped.fundedThrough) expect(costBetween(cal, co, cal.startsOn, helped.fundedThrough)).toBe(helped.cost);
      }),
      RUNS,
    );
  });

  it('half of a 4 元 meal from the county: 18 children cost donors 36 元 a school day, and 2 元 a meal', () => {
    const cal: SchoolCalendar = { startsOn: '2026-11-02', daysPerWeek: 5, closures: [] };
    const costs: LunchCosts = { childrenCount: 18, mealPrice: 400, monthlyFixedCost: 0, coFundedPerMeal: 200 };
    expect(dayCost(cal, costs, '2026-11-02')).toBe(18 * 200);
    expect(donorMealPrice(costs)).toBe(200);
    // 21 school days of November at 36 元 = 756 元 fund the whole month; at the full price they would not.
    expect(fundedThrough(cal, costs, 75_600).fundedThrough).toBe('2026-11-30');
    expect(fundedThrough(cal, { ...costs, coFundedPerMeal: 0 }, 75_600).fundedThrough).toBe('2026-11-13');
  });
});
