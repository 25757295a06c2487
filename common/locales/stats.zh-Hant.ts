import type { StatsMessages } from './stats.js';
import type common from './common.zh-Hant.js';

/** <gongyi-stats> in 繁體中文 (zh-Hant). */
const messages: StatsMessages = {
  title: '數據公示',
  live: {
    raised: { label: '累計籌款', unit: null },
    donors: { label: '愛心捐贈', unit: '人次' },
    mealsServed: { label: '已供午餐', unit: '餐' },
    wishesFulfilled: { label: '已實現微心願', unit: '個' },
    projectsCompleted: { label: '已完成項目', unit: '個' },
  },
  units: { 个: '個', 户: '戶', 项: '項', 间: '間', 场: '場', 辆: '輛' },
  period: '統計期間',
  empty: '暫無公示數據。',
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
