import type { LunchFormMessages } from '../elements/gongyi-lunch-sponsor.messages.js';
import common from './form-common.zh-Hans.js';

/** The sponsor form of <gongyi-lunch> in 简体中文 (zh-Hans). */
const messages: LunchFormMessages = {
  how: '资助方式',
  byMeals: (p) => `按餐数（每餐 ${p}）`,
  byDays: (c, d) => `按上学日（全校 ${c} 名孩子，每天 ${d}）`,
  quickMeals: (n) => `${n} 餐`,
  quickDays: (n) => `${n} 天`,
  mealsInput: '餐数',
  daysInput: '上学日天数',
  countInvalid: '请输入一个正整数，例如 10。',
  total: (a) => `合计 ${a}`,
  totalNone: '请选择或输入数量',
  dayCostNote: (c) => `含厨师工资分摊，一个上学日约需 ${c}；厨师工资由全部善款共同承担。`,
  name: '称呼',
  anonymous: '匿名资助（显示为“爱心人士”）',
  message: '留言',
  contact: '联系方式',
  contactHint: '选填。仅工作人员可见，用于确认到账；不会公开，资助办结180天后删除。',
  optional: '（选填）',
  submit: (a) => `确认资助 ${a}`,
  submitNoAmount: '确认资助',
  sending: '正在提交…',
  thanks: '感谢您为孩子们资助午餐！',
  reference: '资助编号',
  instructions: '付款方式',
  pendingNote: '到账确认后计入已资助金额，“资助到”的日期随之更新。',
  again: '再资助一笔',
  common,
};

export default messages;
