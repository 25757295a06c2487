import type { ProgressMessages } from './progress.js';
import type common from './common.zh-Hant.js';

/** <gongyi-progress> in 繁體中文 (zh-Hant). */
const messages: ProgressMessages = {
  share: '分享',
  raised: '已籌（已確認）',
  goal: '目標',
  pending: '待確認',
  donors: '捐贈人次',
  daysLeft: '剩餘時間',
  days: (n) => `${n} 天`,
  endsToday: '今日截止',
  ended: '已結束',
  ongoing: '長期',
  valueText: (r, g, p, m) => `已籌 ${r}${m ? `，配捐 ${m}` : ''}，目標 ${g}，完成 ${p}`,
  recent: '最近捐贈',
  none: '還沒有已確認的捐贈，歡迎成為第一位愛心人士。',
  showAll: (n) => `全部 ${n} 條`,
  showLess: '收起',
  give: '我要捐贈',
  closed: '募捐已結束',
  close: '收起捐贈表單',
  recipientLabel: '募捐主體：',
  filingLabel: '備案編號：',
  outsideFiling: (a, b) => `不在募捐備案期（${a}–${b}）內，暫不接受捐贈`,
  flowRaised: '已籌',
  spent: '已支出',
  balance: '結餘',
  spending: '資金去向',
  payee: '收款方：',
  receipt: '憑證',
  matched: '配捐',
  matching: (o, b, l) => `配捐進行中：您的每${o}將變為${b}，剩餘 ${l}`,
  matchedBy: '配捐方：',
  monthlyDonors: '月捐人數',
  noGifts: '本項目暫未開放捐贈',
  anonymous: '愛心人士',
  common: {
    loading: '正在載入…',
    retry: '重試',
    loadFailed: '載入失敗',
    errors: {
      not_found: '找不到該內容。',
      network_error: '網路連線失敗，請檢查網路後重試。',
      server_error: '服務暫時無法使用，請稍後再試。',
    },
  } satisfies typeof common,
};

export default messages;
