import type { WishesMessages } from './wishes.js';
import type common from './common.zh-Hant.js';

/** <gongyi-wishes> in 繁體中文 (zh-Hant). */
const messages: WishesMessages = {
  share: '分享',
  title: '群眾微心願',
  byStatus: '按狀態查看',
  byCategory: '按類別查看',
  all: '全部',
  statuses: { open: '待認領', claimed: '已認領', fulfilled: '已實現' },
  categories: {
    necessities: '必需物資',
    study: '學習用品',
    culture: '精神文化',
    policy: '政策扶持',
    employment: '就業指導',
    other: '其他',
  },
  icons: { necessities: '物', study: '學', culture: '文', policy: '策', employment: '業', other: '他' },
  wisher: '心願人',
  value: '預計價值',
  none: '這裡暫時沒有心願。',
  more: '更多心願',
  readMore: '展開全文',
  readLess: '收起全文',
  claim: '我來認領',
  claimedBy: (w) => `${w} 已認領`,
  fulfilledBy: (w, d) => `${w} · ${d} 實現`,
  thanks: '回音',
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
