import type { ColumnMessages } from './column.js';
import type common from './common.zh-Hant.js';

/** <gongyi-column> in 繁體中文 (zh-Hant). */
const messages: ColumnMessages = {
  column: '慈善專欄',
  filters: '篩選項目',
  category: '類別',
  status: '狀態',
  all: '全部',
  categories: {
    elderly: '養老',
    children: '兒童',
    meals: '助餐',
    disability: '助殘',
    education: '助學',
    relief: '救助',
    community: '社區',
    other: '其他',
  },
  statuses: { planned: '籌備中', in_progress: '進行中', completed: '已完成' },
  projects: '項目',
  loadMore: '載入更多',
  allShown: (n) => `已顯示全部 ${n} 個項目`,
  shown: (n) => `顯示 ${n} 個項目`,
  empty: '暫無符合條件的項目。',
  back: '返回專欄',
  raised: (raised, goal) => `已籌 ${raised} / 目標 ${goal}`,
  progressOf: (title) => `${title} 籌款進度`,
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
