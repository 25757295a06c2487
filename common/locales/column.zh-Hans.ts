import type { ColumnMessages } from './column.js';
import type common from './common.zh-Hans.js';

/** <gongyi-column> in 简体中文 (zh-Hans). */
const messages: ColumnMessages = {
  column: '慈善专栏',
  filters: '筛选项目',
  category: '类别',
  status: '状态',
  all: '全部',
  categories: {
    elderly: '养老',
    children: '儿童',
    meals: '助餐',
    disability: '助残',
    education: '助学',
    relief: '救助',
    community: '社区',
    other: '其他',
  },
  statuses: { planned: '筹备中', in_progress: '进行中', completed: '已完成' },
  projects: '项目',
  loadMore: '加载更多',
  allShown: (n) => `已显示全部 ${n} 个项目`,
  shown: (n) => `显示 ${n} 个项目`,
  empty: '暂无符合条件的项目。',
  back: '返回专栏',
  raised: (raised, goal) => `已筹 ${raised} / 目标 ${goal}`,
  progressOf: (title) => `${title} 筹款进度`,
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
