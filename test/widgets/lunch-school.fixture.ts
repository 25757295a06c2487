// The Gaoping school's figures as GET /lunch/gaoping answers them (the demo data on 23 November):
// the lunch, payment and share tests spread them into the school each one needs.
export const GAOPING_FIGURES = {
  childrenCount: 18,
  mealPrice: 400,
  currency: 'CNY',
  schoolDaysPerWeek: 5,
  startsOn: '2026-11-02',
  monthlyFixedCost: 100000,
  fixedCostLabel: '厨师工资',
  today: '2026-11-23',
  fundedThrough: '2026-12-02',
  fundedDays: 23,
  fundedDaysAhead: 8,
  mealsFunded: 414,
  mealsServed: 266,
  raisedAmount: 274800,
  pendingAmount: 8000,
  spentAmount: 175660,
  balance: 99140,
  dayCost: 11962,
  accepting: true,
  acceptsGifts: true,
};
