import type { LunchFormMessages } from '../elements/gongyi-lunch-sponsor.messages.js';
import common from './form-common.zh-Hant.js';

/** The sponsor form of <gongyi-lunch> in 繁體中文 (zh-Hant). */
const messages: LunchFormMessages = {
  how: '資助方式',
  byMeals: (p) => `按餐數（每餐 ${p}）`,
  byDays: (c, d) => `按上學日（全校 ${c} 名孩子，每天 ${d}）`,
  quickMeals: (n) => `${n} 餐`,
  quickDays: (n) => `${n} 天`,
  mealsInput: '餐數',
  daysInput: '上學日天數',
  countInvalid: '請輸入一個正整數，例如 10。',
  total: (a) => `合計 ${a}`,
  totalNone: '請選擇或輸入數量',
  dayCostNote: (c) => `含廚師工資分攤，一個上學日約需 ${c}；廚師工資由全部善款共同承擔。`,
  name: '稱呼',
  anonymous: '匿名資助（顯示為「愛心人士」）',
  message: '留言',
  contact: '聯絡方式',
  contactHint: '選填。僅工作人員可見，用於確認到帳；不會公開，資助辦結180天後刪除。',
  optional: '（選填）',
  submit: (a) => `確認資助 ${a}`,
  submitNoAmount: '確認資助',
  sending: '正在提交…',
  thanks: '感謝您為孩子們資助午餐！',
  reference: '資助編號',
  instructions: '付款方式',
  pendingNote: '到帳確認後計入已資助金額，「資助到」的日期隨之更新。',
  again: '再資助一筆',
  common,
};

export default messages;
