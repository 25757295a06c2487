// Strings of <admin-recipients>: the charities that receive the organisation's campaigns' money.
import type { Messages } from '../i18n.js';

export interface RecipientsMessages {
  title: string;
  intro: string;
  loading: string;
  empty: string;
  create: string;
  editorNew: string;
  editorEdit: (name: string) => string;
  edit: string;
  columns: { name: string; creditCode: string; qualification: string; website: string; actions: string };
  noQualification: string;
  fields: {
    name: string;
    creditCode: string;
    creditCodeHint: string;
    qualification: string;
    qualificationHint: string;
    website: string;
  };
  save: string;
  saving: string;
  cancel: string;
  created: (name: string) => string;
  saved: (name: string) => string;
}

export const messages: Messages<RecipientsMessages> = {
  'zh-Hans': {
    title: '募捐主体',
    intro:
      '与本单位合作、实际接收善款的慈善组织。只有登记了公开募捐资格的组织，才能作为募捐活动的募捐主体接受捐赠；在“募捐活动”中为每个活动选定募捐主体并填写备案编号。',
    loading: '正在加载…',
    empty: '还没有登记募捐主体。',
    create: '登记募捐主体',
    editorNew: '登记募捐主体',
    editorEdit: (n) => `编辑募捐主体：${n}`,
    edit: '编辑',
    columns: {
      name: '名称',
      creditCode: '统一社会信用代码',
      qualification: '公开募捐资格',
      website: '网站',
      actions: '操作',
    },
    noQualification: '未登记（不能接受捐赠）',
    fields: {
      name: '名称',
      creditCode: '统一社会信用代码',
      creditCodeHint: '18 位，由数字和大写字母组成（不含 I、O、Z、S、V）。',
      qualification: '公开募捐资格',
      qualificationHint: '按证书填写，例如“具有公开募捐资格（2017年取得）”。没有资格的请留空。',
      website: '网站',
    },
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
    created: (n) => `已登记：${n}`,
    saved: (n) => `已保存：${n}`,
  },
  'zh-Hant': {
    title: '募捐主體',
    intro:
      '與本單位合作、實際接收善款的慈善組織。只有登記了公開募捐資格的組織，才能作為募捐活動的募捐主體接受捐贈；在「募捐活動」中為每個活動選定募捐主體並填寫備案編號。',
    loading: '正在載入…',
    empty: '還沒有登記募捐主體。',
    create: '登記募捐主體',
    editorNew: '登記募捐主體',
    editorEdit: (n) => `編輯募捐主體：${n}`,
    edit: '編輯',
    columns: {
      name: '名稱',
      creditCode: '統一社會信用代碼',
      qualification: '公開募捐資格',
      website: '網站',
      actions: '操作',
    },
    noQualification: '未登記（不能接受捐贈）',
    fields: {
      name: '名稱',
      creditCode: '統一社會信用代碼',
      creditCodeHint: '18 位，由數字和大寫字母組成（不含 I、O、Z、S、V）。',
      qualification: '公開募捐資格',
      qualificationHint: '按證書填寫，例如「具有公開募捐資格（2017年取得）」。沒有資格的請留空。',
      website: '網站',
    },
    save: '儲存',
    saving: '正在儲存…',
    cancel: '取消',
    created: (n) => `已登記：${n}`,
    saved: (n) => `已儲存：${n}`,
  },
  en: {
    title: 'Recipients',
    intro:
      'The charities you work with that actually receive the money. Only one with public-fundraising qualification on record can receive a campaign’s gifts; choose each campaign’s recipient and its filing number under Campaigns.',
    loading: 'Loading…',
    empty: 'No recipients yet.',
    create: 'Add a recipient',
    editorNew: 'Add a recipient',
    editorEdit: (n) => `Edit recipient: ${n}`,
    edit: 'Edit',
    columns: {
      name: 'Name',
      creditCode: 'Unified social credit code',
      qualification: 'Public-fundraising qualification',
      website: 'Website',
      actions: 'Actions',
    },
    noQualification: 'None on record (cannot receive gifts)',
    fields: {
      name: 'Name',
      creditCode: 'Unified social credit code (统一社会信用代码)',
      creditCodeHint: '18 characters: digits and capital letters except I, O, Z, S, V.',
      qualification: 'Public-fundraising qualification',
      qualificationHint: 'As certified, e.g. “具有公开募捐资格（2017年取得）”. Leave empty if it has none.',
      website: 'Website',
    },
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    created: (n) => `Added: ${n}`,
    saved: (n) => `Saved: ${n}`,
  },
};
