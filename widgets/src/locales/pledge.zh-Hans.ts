import type { PledgeMessages } from '../elements/gongyi-pledge.messages.js';
import common from './form-common.zh-Hans.js';

/** The pledge form of <gongyi-progress> in 简体中文 (zh-Hans). */
const messages: PledgeMessages = {
  chooseAmount: '选择金额',
  custom: '其他金额（元）',
  amountInvalid: '请输入有效金额，例如 50 或 12.5（最多两位小数）。',
  amountRequired: '请选择或输入捐赠金额。',
  becomes: (a, b) => `您的${a}将变为${b}`,
  frequency: '捐赠频率',
  once: '单次',
  monthly: '每月',
  monthlyHint: '每月捐同一金额，可随时在“我的捐赠”里停止。',
  submitMonthly: (a) => `每月捐 ${a}`,
  monthlyGift: '每月捐 ',
  name: '称呼',
  anonymous: '匿名捐赠（显示为“爱心人士”）',
  message: '留言',
  contact: '联系方式',
  contactHint: '选填。仅工作人员可见，用于确认到账；不会公开，捐赠办结180天后删除。',
  optional: '（选填）',
  submit: (a) => `确认认捐 ${a}`,
  submitNoAmount: '确认认捐',
  sending: '正在提交…',
  thanks: '感谢您的爱心认捐！',
  reference: '认捐编号',
  instructions: '付款方式',
  pendingNote: '到账确认后将计入已筹金额。',
  again: '再捐一笔',
  donorLink: '我的捐赠',
  donorLinkMonthly: '我的捐赠 / 停止月捐',
  donorLinkHint: '这是您专属的链接，无需登录即可查看捐赠记录：请妥善保存，不要转发。',
  newTab: '（在新标签页打开）',
  common,
};

export default messages;
