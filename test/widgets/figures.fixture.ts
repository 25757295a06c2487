import type { Stat } from '../../widgets/src/elements/gongyi-stats.js';

const staff = (key: string, label: string, value: number, unit: string | null, extra: Partial<Stat> = {}): Stat => ({
  key,
  label,
  value,
  unit,
  period: '截至2024年2月28日',
  currency: null,
  approximate: false,
  source: 'staff',
  ...extra,
});
/** Feng County's report (seed 003), plus Yiyang's "余" figures and live ones. */
export const figures: Stat[] = [
  staff('visits', '走访服务对象', 12368, '人次'),
  staff('funds', '投入资金', 104_575_000, null, { currency: 'CNY' }),
  staff('relief', '低保、特困、临时救助资金', 554_320_000, null, { currency: 'CNY', period: '2024年1—2月' }),
  staff('aid', '累计发放慰问物资、助学金等', 900_000_000, null, { currency: 'CNY', approximate: true, period: null }),
  staff('children', '服务孤残儿童', 200, '人次', { approximate: true }),
  staff('homes', '适老化改造', 2637, '户'),
  {
    key: 'raised',
    label: '累计筹款',
    value: 257_500,
    unit: null,
    period: null,
    currency: 'CNY',
    approximate: false,
    source: 'live',
  },
  {
    key: 'projectsCompleted',
    label: '已完成项目',
    value: 123_456,
    unit: '个',
    period: null,
    currency: null,
    approximate: false,
    source: 'live',
  },
];
