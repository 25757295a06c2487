import type { ProgressMessages } from '../elements/gongyi-progress.i18n.js';
import common from './common.zh-Hant.js';

/** <gongyi-progress> in 繁體中文 (zh-Hant). */
const messages: ProgressMessages = {
  raised: '已籌（已確認）',
  goal: '目標',
  pending: '待確認',
  donors: '捐贈人次',
  daysLeft: '剩餘時間',
  days: (n) => `${n} 天`,
  endsToday: '今日截止',
  ended: '已結束',
  ongoing: '長期',
  valueText: (r, g, p) => `已籌 ${r}，目標 ${g}，完成 ${p}`,
  recent: '最近捐贈',
  none: '還沒有已確認的捐贈，歡迎成為第一位愛心人士。',
  showAll: (n) => `全部 ${n} 條`,
  showLess: '收起',
  give: '我要捐贈',
  closed: '募捐已結束',
  close: '收起捐贈表單',
  chooseAmount: '選擇金額',
  custom: '其他金額（元）',
  amountInvalid: '請輸入有效金額，例如 50 或 12.5（最多兩位小數）。',
  amountRequired: '請選擇或輸入捐贈金額。',
  name: '稱呼',
  anonymous: '匿名捐贈（顯示為「愛心人士」）',
  message: '留言',
  contact: '聯絡方式',
  contactHint: '僅工作人員可見，用於確認到帳，不會公開。',
  optional: '（選填）',
  submit: (a) => `確認認捐 ${a}`,
  submitNoAmount: '確認認捐',
  sending: '正在提交…',
  thanks: '感謝您的愛心認捐！',
  reference: '認捐編號',
  instructions: '付款方式',
  pendingNote: '到帳確認後將計入已籌金額。',
  again: '再捐一筆',
  common,
};

export default messages;
