import type { LunchMessages } from '../elements/gongyi-lunch.i18n.js';
import common from './common.zh-Hant.js';

/** <gongyi-lunch> in 繁體中文 (zh-Hant). */
const messages: LunchMessages = {
  fundedThrough: '午餐已資助到',
  notFunded: '還沒有資助到的上學日',
  ahead: (n) => (n > 0 ? `從今天起還有 ${n} 個上學日的午餐有著落` : '今天以後的午餐還需要資助'),
  ranOut: '之後的上學日午餐還需要資助',
  needFirst: '資助一天，孩子們就能吃上一天熱乎飯',
  throughText: (d) => `午餐已資助到 ${d}`,
  coming: '接下來的上學日',
  funded: '已資助',
  unfunded: '待資助',
  dayLabel: (d, f) => `${d}：${f ? '已資助' : '待資助'}`,
  children: '就餐兒童',
  childrenValue: (n) => `${n} 人`,
  mealPrice: '餐費標準',
  perMeal: (p) => `${p}/人/餐`,
  fixedCost: '固定支出',
  perMonth: (a) => `${a}/月`,
  mealsFunded: '已資助',
  mealsServed: '已供餐',
  mealsValue: (n) => `${n} 餐`,
  balance: '結餘',
  reports: '每日公示',
  noReports: '還沒有每日公示。',
  reportLine: (m, s) => `供餐 ${m} 份 · 支出 ${s}`,
  photoAlt: (d) => `${d} 午餐照片`,
  sponsors: '最近資助',
  noSponsors: '還沒有已確認的資助，歡迎成為第一位愛心人士。',
  boughtDays: (d, m) => `${d} 個上學日（${m} 餐）`,
  boughtMeals: (m) => `${m} 餐`,
  gift: '捐款',
  showAll: (n) => `全部 ${n} 條`,
  showLess: '收起',
  sponsor: '我要資助午餐',
  close: '收起資助表單',
  closed: '暫停接受資助',
  common,
};

export default messages;
