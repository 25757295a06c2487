import type { PaymentMessages } from '../forms/payment.messages.js';
import common from './form-common.zh-Hant.js';

/** The payment panel of the giving forms in 繁體中文 (zh-Hant). */
const messages: PaymentMessages = {
  qrImageAlt: '機構收款二維碼（付款時請備註編號）',
  scanToPay: (a) => `請用微信掃碼支付 ${a}`,
  scanHint: '打開手機微信，點「+」→「掃一掃」完成支付。',
  validUntil: (t) => `二維碼 ${t} 前有效。`,
  waiting: '正在等待付款……付款後此處會自動更新。',
  stillWaiting: '仍在等待付款。如果您剛剛付款，請稍候片刻。',
  checking: '正在查詢…',
  checkAgain: '重新查詢',
  confirmed: (a) => `謝謝您，已確認：${a} 已到帳。`,
  expired: '本次付款已過期，未扣款。請重新發起。',
  cancelled: '付款已取消，未扣款。',
  refunded: '這筆付款已退款。',
  startAgain: '重新發起',
  continueToPay: '前往安全支付頁面',
  redirecting: '正在前往安全支付頁面…',
  common,
};

export default messages;
