import type { LunchMessages } from '../elements/gongyi-lunch.i18n.js';
import common from './common.zh-Hans.js';

/** <gongyi-lunch> in 简体中文 (zh-Hans). */
const messages: LunchMessages = {
  fundedThrough: '午餐已资助到',
  notFunded: '还没有资助到的上学日',
  ahead: (n) => (n > 0 ? `从今天起还有 ${n} 个上学日的午餐有着落` : '今天以后的午餐还需要资助'),
  ranOut: '之后的上学日午餐还需要资助',
  needFirst: '资助一天，孩子们就能吃上一天热乎饭',
  throughText: (d) => `午餐已资助到 ${d}`,
  coming: '接下来的上学日',
  funded: '已资助',
  unfunded: '待资助',
  dayLabel: (d, f) => `${d}：${f ? '已资助' : '待资助'}`,
  children: '就餐儿童',
  childrenValue: (n) => `${n} 人`,
  mealPrice: '餐费标准',
  perMeal: (p) => `${p}/人/餐`,
  fixedCost: '固定支出',
  perMonth: (a) => `${a}/月`,
  mealsFunded: '已资助',
  mealsServed: '已供餐',
  mealsValue: (n) => `${n} 餐`,
  balance: '结余',
  reports: '每日公示',
  noReports: '还没有每日公示。',
  reportLine: (m, s) => `供餐 ${m} 份 · 支出 ${s}`,
  photoAlt: (d) => `${d} 午餐照片`,
  sponsors: '最近资助',
  noSponsors: '还没有已确认的资助，欢迎成为第一位爱心人士。',
  boughtDays: (d, m) => `${d} 个上学日（${m} 餐）`,
  boughtMeals: (m) => `${m} 餐`,
  gift: '捐款',
  showAll: (n) => `全部 ${n} 条`,
  showLess: '收起',
  sponsor: '我要资助午餐',
  close: '收起资助表单',
  closed: '暂停接受资助',
  common,
};

export default messages;
