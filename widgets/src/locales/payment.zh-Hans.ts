import type { PaymentMessages } from '../forms/payment.messages.js';
import common from './form-common.zh-Hans.js';

/** The payment panel of the giving forms in 简体中文 (zh-Hans). */
const messages: PaymentMessages = {
  qrImageAlt: '机构收款二维码（付款时请备注编号）',
  scanToPay: (a) => `请用微信扫码支付 ${a}`,
  scanHint: '打开手机微信，点“+”→“扫一扫”完成支付。',
  validUntil: (t) => `二维码 ${t} 前有效。`,
  waiting: '正在等待付款……付款后此处会自动更新。',
  stillWaiting: '仍在等待付款。如果您刚刚付款，请稍候片刻。',
  checking: '正在查询…',
  checkAgain: '重新查询',
  confirmed: (a) => `谢谢您，已确认：${a} 已到账。`,
  expired: '本次付款已过期，未扣款。请重新发起。',
  cancelled: '付款已取消，未扣款。',
  refunded: '这笔付款已退款。',
  startAgain: '重新发起',
  continueToPay: '前往安全支付页面',
  redirecting: '正在前往安全支付页面…',
  common,
};

export default messages;
