// Strings of <admin-campaigns>: fundraising campaigns (goal, deadline, tiers, payment instructions).
import type { Messages } from '../i18n.js';

export interface CampaignsMessages {
  title: string;
  intro: string;
  loading: string;
  empty: string;
  create: string;
  noProjects: string;
  columns: { title: string; project: string; goal: string; raised: string; pending: string; donors: string; status: string; endsAt: string; actions: string };
  edit: string;
  pledges: string;
  embed: string;
  editorNew: string;
  editorEdit: (title: string) => string;
  fields: {
    project: string;
    id: string;
    idHint: string;
    title: string;
    goal: string;
    goalHint: string;
    endsAt: string;
    endsAtHint: string;
    status: string;
    paymentInstructions: string;
    paymentInstructionsHint: string;
  };
  tiers: string;
  tiersHint: string;
  tierAmount: (n: number) => string;
  tierLabel: (n: number) => string;
  addTier: string;
  removeTier: (n: number) => string;
  badAmount: string;
  save: string;
  saving: string;
  cancel: string;
  created: (title: string) => string;
  saved: (title: string) => string;
  statuses: Record<string, string>;
  noDeadline: string;
}

export const messages: Messages<CampaignsMessages> = {
  'zh-Hans': {
    title: '募捐活动',
    intro: '为项目设定募捐目标、截止时间和推荐金额。认捐在“认捐确认”中核对到账。',
    loading: '正在加载…',
    empty: '还没有募捐活动。',
    create: '新建募捐',
    noProjects: '请先在“项目”中新建一个项目。',
    columns: { title: '活动名称', project: '项目', goal: '目标', raised: '已到账', pending: '待确认', donors: '人次', status: '状态', endsAt: '截止', actions: '操作' },
    edit: '编辑',
    pledges: '认捐',
    embed: '嵌入代码',
    editorNew: '新建募捐活动',
    editorEdit: (t) => `编辑募捐：${t}`,
    fields: {
      project: '所属项目',
      id: '活动标识（可选）',
      idHint: '用于网址，只能用小写字母、数字、“-”。留空则自动生成。',
      title: '活动名称',
      goal: '目标金额（元）',
      goalHint: '例如 50000 或 12.50，最多两位小数。',
      endsAt: '截止时间',
      endsAtHint: '留空表示不设截止。',
      status: '状态',
      paymentInstructions: '付款说明',
      paymentInstructionsHint: '例如对公账户、备注格式。捐赠人认捐后会看到。',
    },
    tiers: '推荐金额',
    tiersHint: '捐赠人可一键选择的金额，最多 10 个。',
    tierAmount: (n) => `金额 ${n}（元）`,
    tierLabel: (n) => `说明 ${n}`,
    addTier: '添加推荐金额',
    removeTier: (n) => `删除第 ${n} 个推荐金额`,
    badAmount: '请输入大于 0 的金额，最多两位小数。',
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
    created: (t) => `已创建募捐：${t}`,
    saved: (t) => `已保存：${t}`,
    statuses: { draft: '草稿', open: '进行中', closed: '已结束' },
    noDeadline: '不设截止',
  },
  en: {
    title: 'Campaigns',
    intro: 'Goal, deadline and suggested amounts for a project. Check pledges as paid in the pledge queue.',
    loading: 'Loading…',
    empty: 'No campaigns yet.',
    create: 'New campaign',
    noProjects: 'Create a project first (Projects).',
    columns: { title: 'Campaign', project: 'Project', goal: 'Goal', raised: 'Raised', pending: 'Pending', donors: 'Donors', status: 'Status', endsAt: 'Ends', actions: 'Actions' },
    edit: 'Edit',
    pledges: 'Pledges',
    embed: 'Embed code',
    editorNew: 'New campaign',
    editorEdit: (t) => `Edit campaign: ${t}`,
    fields: {
      project: 'Project',
      id: 'Campaign ID (optional)',
      idHint: 'Used in web addresses: lowercase letters, digits and "-". Leave empty to generate one.',
      title: 'Title',
      goal: 'Goal (yuan)',
      goalHint: 'e.g. 50000 or 12.50; at most two decimals.',
      endsAt: 'Deadline',
      endsAtHint: 'Leave empty for no deadline.',
      status: 'Status',
      paymentInstructions: 'Payment instructions',
      paymentInstructionsHint: 'e.g. the bank account and the reference to use. Donors see this after pledging.',
    },
    tiers: 'Suggested amounts',
    tiersHint: 'Amounts donors can pick with one click; up to 10.',
    tierAmount: (n) => `Amount ${n} (yuan)`,
    tierLabel: (n) => `Label ${n}`,
    addTier: 'Add suggested amount',
    removeTier: (n) => `Remove suggested amount ${n}`,
    badAmount: 'Enter an amount above 0 with at most two decimals.',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    created: (t) => `Campaign created: ${t}`,
    saved: (t) => `Saved: ${t}`,
    statuses: { draft: 'Draft', open: 'Open', closed: 'Closed' },
    noDeadline: 'No deadline',
  },
};
