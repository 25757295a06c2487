import type { StatsMessages } from './stats.js';
import type common from './common.zh-Hans.js';

/** <gongyi-stats> in 简体中文 (zh-Hans). */
const messages: StatsMessages = {
  title: '数据公示',
  live: {
    raised: { label: '累计筹款', unit: null },
    donors: { label: '爱心捐赠', unit: '人次' },
    mealsServed: { label: '已供午餐', unit: '餐' },
    wishesFulfilled: { label: '已实现微心愿', unit: '个' },
    projectsCompleted: { label: '已完成项目', unit: '个' },
  },
  units: {},
  period: '统计期间',
  empty: '暂无公示数据。',
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
