// Strings of <admin-project-timeline>: a project's progress updates (done / doing / planned).
import type { Messages } from '../i18n.js';

export interface TimelineMessages {
  title: string;
  intro: string;
  loading: string;
  empty: string;
  add: string;
  addTitle: string;
  editTitle: (title: string) => string;
  edit: string;
  fields: { date: string; state: string; title: string; body: string };
  states: Record<string, string>;
  save: string;
  saving: string;
  cancel: string;
  added: (title: string) => string;
  saved: (title: string) => string;
}

export const messages: Messages<TimelineMessages> = {
  'zh-Hans': {
    title: '项目进展',
    intro: '按时间记录已完成、正在做和计划中的事项，公开页面会按日期显示。',
    loading: '正在加载…',
    empty: '还没有进展记录。',
    add: '添加进展',
    addTitle: '添加一条进展',
    editTitle: (t) => `编辑进展：${t}`,
    edit: '编辑',
    fields: { date: '日期', state: '状态', title: '标题', body: '说明' },
    states: { done: '已完成', doing: '进行中', planned: '计划中' },
    save: '保存进展',
    saving: '正在保存…',
    cancel: '取消',
    added: (t) => `已添加进展：${t}`,
    saved: (t) => `已保存进展：${t}`,
  },
  'zh-Hant': {
    title: '項目進展',
    intro: '按時間記錄已完成、正在做和計劃中的事項，公開頁面會按日期顯示。',
    loading: '正在載入…',
    empty: '還沒有進展記錄。',
    add: '添加進展',
    addTitle: '添加一條進展',
    editTitle: (t) => `編輯進展：${t}`,
    edit: '編輯',
    fields: { date: '日期', state: '狀態', title: '標題', body: '說明' },
    states: { done: '已完成', doing: '進行中', planned: '計劃中' },
    save: '儲存進展',
    saving: '正在儲存…',
    cancel: '取消',
    added: (t) => `已添加進展：${t}`,
    saved: (t) => `已儲存進展：${t}`,
  },
  en: {
    title: 'Progress updates',
    intro: 'What is done, under way and planned, by date. The public pages show them in date order.',
    loading: 'Loading…',
    empty: 'No updates yet.',
    add: 'Add update',
    addTitle: 'Add an update',
    editTitle: (t) => `Edit update: ${t}`,
    edit: 'Edit',
    fields: { date: 'Date', state: 'State', title: 'Title', body: 'Details' },
    states: { done: 'Done', doing: 'Under way', planned: 'Planned' },
    save: 'Save update',
    saving: 'Saving…',
    cancel: 'Cancel',
    added: (t) => `Update added: ${t}`,
    saved: (t) => `Update saved: ${t}`,
  },
};
