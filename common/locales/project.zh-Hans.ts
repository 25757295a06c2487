import type { ProjectMessages } from './project.js';
import type common from './common.zh-Hans.js';

/** <gongyi-project> in 简体中文 (zh-Hans). */
const messages: ProjectMessages = {
  org: '发布单位',
  location: '地点',
  category: '类别',
  beneficiaries: '受益对象',
  status: '状态',
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
  statuses: { planned: '筹备中', active: '进行中', in_progress: '进行中', completed: '已完成' },
  timeline: '项目进展',
  states: { done: '已完成', doing: '进行中', planned: '计划中' },
  noUpdates: '暂无进展记录。',
  sources: '原文链接',
  showAll: (n) => `全部 ${n} 条`,
  showLess: '收起',
  readMore: '展开全文',
  readLess: '收起全文',
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
