// Strings of <admin-projects>: the organisation's projects and the project editor.
import type { Messages } from '../i18n.js';

export interface ProjectsMessages {
  title: string;
  intro: string;
  loading: string;
  empty: string;
  create: string;
  columns: { title: string; category: string; status: string; location: string; actions: string };
  edit: string;
  embed: string;
  editorNew: string;
  editorEdit: (title: string) => string;
  fields: {
    id: string;
    idHint: string;
    title: string;
    summary: string;
    body: string;
    coverUrl: string;
    coverUrlHint: string;
    category: string;
    location: string;
    beneficiaries: string;
    beneficiariesHint: string;
    status: string;
  };
  links: string;
  linkTitle: string;
  linkUrl: string;
  addLink: string;
  removeLink: (n: number) => string;
  save: string;
  saving: string;
  cancel: string;
  created: (title: string) => string;
  saved: (title: string) => string;
  statuses: Record<string, string>;
}

export const messages: Messages<ProjectsMessages> = {
  'zh-Hans': {
    title: '项目',
    intro: '本机构的公益项目。新建或编辑后，可以在下方发布项目进展。',
    loading: '正在加载…',
    empty: '还没有项目。',
    create: '新建项目',
    columns: { title: '项目名称', category: '类别', status: '状态', location: '地点', actions: '操作' },
    edit: '编辑',
    embed: '嵌入代码',
    editorNew: '新建项目',
    editorEdit: (t) => `编辑项目：${t}`,
    fields: {
      id: '项目标识（可选）',
      idHint: '用于网址，只能用小写字母、数字、“-”。留空则自动生成。',
      title: '项目名称',
      summary: '简介',
      body: '详细介绍',
      coverUrl: '封面图片网址',
      coverUrlHint: '以 https:// 开头的图片地址。',
      category: '类别',
      location: '地点',
      beneficiaries: '受益对象',
      beneficiariesHint: '例如：高坪小学 86 名学生',
      status: '状态',
    },
    links: '信息来源',
    linkTitle: '来源名称',
    linkUrl: '来源网址',
    addLink: '添加来源',
    removeLink: (n) => `删除第 ${n} 个来源`,
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
    created: (t) => `已创建项目：${t}`,
    saved: (t) => `已保存：${t}`,
    statuses: { planned: '筹备中', in_progress: '进行中', completed: '已完成' },
  },
  'zh-Hant': {
    title: '項目',
    intro: '本機構的公益項目。新增或編輯後，可以在下方發布項目進展。',
    loading: '正在載入…',
    empty: '還沒有項目。',
    create: '新增項目',
    columns: { title: '項目名稱', category: '類別', status: '狀態', location: '地點', actions: '操作' },
    edit: '編輯',
    embed: '嵌入程式碼',
    editorNew: '新增項目',
    editorEdit: (t) => `編輯項目：${t}`,
    fields: {
      id: '項目標識（可選）',
      idHint: '用於網址，只能用小寫字母、數字、「-」。留空則自動生成。',
      title: '項目名稱',
      summary: '簡介',
      body: '詳細介紹',
      coverUrl: '封面圖片網址',
      coverUrlHint: '以 https:// 開頭的圖片地址。',
      category: '類別',
      location: '地點',
      beneficiaries: '受益對象',
      beneficiariesHint: '例如：高坪小學 86 名學生',
      status: '狀態',
    },
    links: '資訊來源',
    linkTitle: '來源名稱',
    linkUrl: '來源網址',
    addLink: '添加來源',
    removeLink: (n) => `刪除第 ${n} 個來源`,
    save: '儲存',
    saving: '正在儲存…',
    cancel: '取消',
    created: (t) => `已建立項目：${t}`,
    saved: (t) => `已儲存：${t}`,
    statuses: { planned: '籌備中', in_progress: '進行中', completed: '已完成' },
  },
  en: {
    title: 'Projects',
    intro: "Your organisation's projects. After creating or editing one, post its progress updates below.",
    loading: 'Loading…',
    empty: 'No projects yet.',
    create: 'New project',
    columns: { title: 'Project', category: 'Category', status: 'Status', location: 'Location', actions: 'Actions' },
    edit: 'Edit',
    embed: 'Embed code',
    editorNew: 'New project',
    editorEdit: (t) => `Edit project: ${t}`,
    fields: {
      id: 'Project ID (optional)',
      idHint: 'Used in web addresses: lowercase letters, digits and "-". Leave empty to generate one.',
      title: 'Title',
      summary: 'Summary',
      body: 'Full description',
      coverUrl: 'Cover image URL',
      coverUrlHint: 'An image address starting with https://.',
      category: 'Category',
      location: 'Location',
      beneficiaries: 'Beneficiaries',
      beneficiariesHint: 'e.g. 86 pupils of Gaoping school',
      status: 'Status',
    },
    links: 'Sources',
    linkTitle: 'Source name',
    linkUrl: 'Source URL',
    addLink: 'Add source',
    removeLink: (n) => `Remove source ${n}`,
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    created: (t) => `Project created: ${t}`,
    saved: (t) => `Saved: ${t}`,
    statuses: { planned: 'Planned', in_progress: 'In progress', completed: 'Completed' },
  },
};
