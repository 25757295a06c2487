import type { WishesMessages } from './wishes.js';
import type common from './common.zh-Hans.js';

/** <gongyi-wishes> in 简体中文 (zh-Hans). */
const messages: WishesMessages = {
  share: '分享',
  title: '群众微心愿',
  byStatus: '按状态查看',
  byCategory: '按类别查看',
  all: '全部',
  statuses: { open: '待认领', claimed: '已认领', fulfilled: '已实现' },
  categories: {
    necessities: '必需物资',
    study: '学习用品',
    culture: '精神文化',
    policy: '政策扶持',
    employment: '就业指导',
    other: '其他',
  },
  icons: { necessities: '物', study: '学', culture: '文', policy: '策', employment: '业', other: '他' },
  wisher: '心愿人',
  value: '预计价值',
  none: '这里暂时没有心愿。',
  more: '更多心愿',
  readMore: '展开全文',
  readLess: '收起全文',
  claim: '我来认领',
  claimedBy: (w) => `${w} 已认领`,
  fulfilledBy: (w, d) => `${w} · ${d} 实现`,
  thanks: '回音',
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
