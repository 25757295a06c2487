import type { ProjectMessages } from './project.js';
import type common from './common.zh-Hant.js';

/** <gongyi-project> in 繁體中文 (zh-Hant). */
const messages: ProjectMessages = {
  org: '發布單位',
  location: '地點',
  category: '類別',
  beneficiaries: '受益對象',
  status: '狀態',
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
  statuses: { planned: '籌備中', active: '進行中', in_progress: '進行中', completed: '已完成' },
  timeline: '項目進展',
  states: { done: '已完成', doing: '進行中', planned: '計劃中' },
  noUpdates: '暫無進展記錄。',
  sources: '原文連結',
  showAll: (n) => `全部 ${n} 條`,
  showLess: '收起',
  readMore: '展開全文',
  readLess: '收起全文',
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
