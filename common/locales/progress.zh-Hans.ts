import type { ProgressMessages } from './progress.js';
import type common from './common.zh-Hans.js';

/** <gongyi-progress> in 简体中文 (zh-Hans). */
const messages: ProgressMessages = {
  share: '分享',
  raised: '已筹（已确认）',
  goal: '目标',
  pending: '待确认',
  donors: '捐赠人次',
  daysLeft: '剩余时间',
  days: (n) => `${n} 天`,
  endsToday: '今日截止',
  ended: '已结束',
  ongoing: '长期',
  valueText: (r, g, p, m) => `已筹 ${r}${m ? `，配捐 ${m}` : ''}，目标 ${g}，完成 ${p}`,
  recent: '最近捐赠',
  none: '还没有已确认的捐赠，欢迎成为第一位爱心人士。',
  showAll: (n) => `全部 ${n} 条`,
  showLess: '收起',
  give: '我要捐赠',
  closed: '募捐已结束',
  close: '收起捐赠表单',
  recipientLabel: '募捐主体：',
  filingLabel: '备案编号：',
  outsideFiling: (a, b) => `不在募捐备案期（${a}–${b}）内，暂不接受捐赠`,
  flowRaised: '已筹',
  spent: '已支出',
  balance: '结余',
  spending: '资金去向',
  payee: '收款方：',
  receipt: '凭证',
  matched: '配捐',
  matching: (o, b, l) => `配捐进行中：您的每${o}将变为${b}，剩余 ${l}`,
  matchedBy: '配捐方：',
  monthlyDonors: '月捐人数',
  noGifts: '本项目暂未开放捐赠',
  anonymous: '爱心人士',
  common: {
    loading: '正在加载…',
    retry: '重试',
    loadFailed: '加载失败',
    errors: {
      not_found: '没有找到该内容。',
      network_error: '网络连接失败，请检查网络后重试。',
      server_error: '服务暂时不可用，请稍后再试。',
    },
  } satisfies typeof common,
};

export default messages;
