import type { PledgeMessages } from '../elements/gongyi-pledge.messages.js';
import common from './form-common.zh-Hant.js';

/** The pledge form of <gongyi-progress> in 繁體中文 (zh-Hant). */
const messages: PledgeMessages = {
  chooseAmount: '選擇金額',
  custom: '其他金額（元）',
  amountInvalid: '請輸入有效金額，例如 50 或 12.5（最多兩位小數）。',
  amountRequired: '請選擇或輸入捐贈金額。',
  becomes: (a, b) => `您的${a}將變為${b}`,
  frequency: '捐贈頻率',
  once: '單次',
  monthly: '每月',
  monthlyHint: '每月捐同一金額，可隨時在「我的捐贈」裡停止。',
  submitMonthly: (a) => `每月捐 ${a}`,
  monthlyGift: '每月捐 ',
  name: '稱呼',
  anonymous: '匿名捐贈（顯示為「愛心人士」）',
  message: '留言',
  contact: '聯絡方式',
  contactHint: '選填。僅工作人員可見，用於確認到帳；不會公開，捐贈辦結180天後刪除。',
  optional: '（選填）',
  submit: (a) => `確認認捐 ${a}`,
  submitNoAmount: '確認認捐',
  sending: '正在提交…',
  thanks: '感謝您的愛心認捐！',
  reference: '認捐編號',
  instructions: '付款方式',
  pendingNote: '到帳確認後將計入已籌金額。',
  again: '再捐一筆',
  donorLink: '我的捐贈',
  donorLinkMonthly: '我的捐贈 / 停止月捐',
  donorLinkHint: '這是您專屬的連結，無需登入即可查看捐贈紀錄：請妥善保存，不要轉發。',
  newTab: '（在新分頁開啟）',
  common,
};

export default messages;
