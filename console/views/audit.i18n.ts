// Strings of <admin-audit>: the audit trail (who changed what, when, from what to what).
import type { Messages } from '../i18n.js';

export interface AuditMessages {
  title: string;
  intro: string;
  loading: string;
  empty: string;
  filters: string;
  objectType: string;
  allTypes: string;
  objectId: string;
  objectIdHint: string;
  /** No pledge has the reference typed in the object filter. */
  noSuchReference: (typed: string) => string;
  /** The object's id in the details (the filter and the API use it). */
  internalId: string;
  action: string;
  allActions: string;
  from: string;
  to: string;
  apply: string;
  clear: string;
  exportCsv: string;
  exporting: string;
  exported: (file: string) => string;
  columns: { at: string; actor: string; action: string; object: string; changes: string };
  superAdmin: string;
  roles: Record<string, string>;
  types: Record<string, string>;
  actions: Record<string, string>;
  created: string;
  deleted: string;
  unchanged: string;
  details: string;
  before: string;
  after: string;
  historyOf: (what: string) => string;
  request: (id: string) => string;
  more: string;
  count: (n: number, more: boolean) => string;
}

export const messages: Messages<AuditMessages> = {
  'zh-Hans': {
    title: '操作记录',
    intro: '后台的每一次修改都记在这里，不能更改或删除：谁（令牌持有人和角色）、做了什么、改了哪条记录、改前改后的内容、时间。可按对象、操作和日期筛选，并导出 CSV 交审计。',
    loading: '正在加载…',
    empty: '没有符合条件的记录。',
    filters: '筛选',
    objectType: '对象类型',
    allTypes: '全部类型',
    objectId: '对象标识（可选）',
    objectIdHint: '例如认捐的付款备注 GY-…；需先选对象类型。',
    noSuchReference: (r) => `本机构没有付款备注为 ${r} 的认捐。`,
    internalId: '系统编号',
    action: '操作',
    allActions: '全部操作',
    from: '起始日期',
    to: '截止日期',
    apply: '筛选',
    clear: '清除筛选',
    exportCsv: '导出 CSV',
    exporting: '正在导出…',
    exported: (f) => `已导出 ${f}`,
    columns: { at: '时间', actor: '操作人', action: '操作', object: '对象', changes: '改动' },
    superAdmin: '超级管理员',
    roles: { owner: '负责人', editor: '编辑', finance: '财务', viewer: '只读', super: '超级管理员' },
    types: {
      org: '机构', site: '嵌入网站', project: '项目', update: '项目进展', campaign: '募捐活动', expenditure: '支出', recipient: '募捐主体',
      token: '令牌', donation: '认捐', school: '午餐学校', closure: '停课', report: '午餐日报', wish: '微心愿', figures: '统计数字',
      plan: '月捐计划', matcher: '配捐方', fund: '配捐基金',
    },
    actions: {
      'org.create': '新建机构', 'org.update': '修改机构', 'figures.replace': '更新统计数字',
      'site.create': '添加嵌入网站', 'site.update': '修改嵌入网站', 'site.delete': '删除嵌入网站',
      'token.create': '签发令牌', 'token.revoke': '撤销令牌',
      'recipient.create': '登记募捐主体', 'recipient.update': '修改募捐主体',
      'project.create': '新建项目', 'project.update': '修改项目', 'update.create': '发布进展', 'update.update': '修改进展',
      'campaign.create': '新建募捐', 'campaign.update': '修改募捐',
      'expenditure.create': '登记支出', 'expenditure.update': '修改支出', 'expenditure.delete': '删除支出',
      'donation.confirm': '确认到账', 'donation.cancel': '取消认捐', 'donation.refund': '退款',
      'school.create': '新建午餐学校', 'school.update': '修改午餐学校',
      'closure.create': '添加停课', 'closure.update': '修改停课', 'closure.delete': '删除停课',
      'report.create': '提交午餐日报', 'report.update': '修改午餐日报',
      'wish.create': '新建微心愿', 'wish.update': '修改微心愿', 'wish.release': '释放认领', 'wish.fulfil': '标记已实现',
      'plan.end': '结束月捐', 'matcher.create': '添加配捐方', 'matcher.update': '修改配捐方', 'fund.create': '承诺配捐基金', 'fund.update': '修改配捐基金',
    },
    created: '新建',
    deleted: '删除',
    unchanged: '内容未变',
    details: '改前改后全文',
    before: '改前',
    after: '改后',
    historyOf: (w) => `只看此对象：${w}`,
    request: (id) => `请求编号 ${id}`,
    more: '加载更多',
    count: (n, more) => `显示 ${n} 条${more ? '，还有更多' : ''}`,
  },
  'zh-Hant': {
    title: '操作記錄',
    intro: '後台的每一次修改都記在這裡，不能更改或刪除：誰（令牌持有人和角色）、做了什麼、改了哪條記錄、改前改後的內容、時間。可按對象、操作和日期篩選，並匯出 CSV 交審計。',
    loading: '正在載入…',
    empty: '沒有符合條件的記錄。',
    filters: '篩選',
    objectType: '對象類型',
    allTypes: '全部類型',
    objectId: '對象標識（可選）',
    objectIdHint: '例如認捐的付款備註 GY-…；需先選對象類型。',
    noSuchReference: (r) => `本機構沒有付款備註為 ${r} 的認捐。`,
    internalId: '系統編號',
    action: '操作',
    allActions: '全部操作',
    from: '起始日期',
    to: '截止日期',
    apply: '篩選',
    clear: '清除篩選',
    exportCsv: '匯出 CSV',
    exporting: '正在匯出…',
    exported: (f) => `已匯出 ${f}`,
    columns: { at: '時間', actor: '操作人', action: '操作', object: '對象', changes: '改動' },
    superAdmin: '超級管理員',
    roles: { owner: '負責人', editor: '編輯', finance: '財務', viewer: '唯讀', super: '超級管理員' },
    types: {
      org: '機構', site: '嵌入網站', project: '項目', update: '項目進展', campaign: '募捐活動', expenditure: '支出', recipient: '募捐主體',
      token: '令牌', donation: '認捐', school: '午餐學校', closure: '停課', report: '午餐日報', wish: '微心願', figures: '統計數字',
      plan: '月捐計劃', matcher: '配捐方', fund: '配捐基金',
    },
    actions: {
      'org.create': '新增機構', 'org.update': '修改機構', 'figures.replace': '更新統計數字',
      'site.create': '添加嵌入網站', 'site.update': '修改嵌入網站', 'site.delete': '刪除嵌入網站',
      'token.create': '簽發令牌', 'token.revoke': '撤銷令牌',
      'recipient.create': '登記募捐主體', 'recipient.update': '修改募捐主體',
      'project.create': '新增項目', 'project.update': '修改項目', 'update.create': '發布進展', 'update.update': '修改進展',
      'campaign.create': '新增募捐', 'campaign.update': '修改募捐',
      'expenditure.create': '登記支出', 'expenditure.update': '修改支出', 'expenditure.delete': '刪除支出',
      'donation.confirm': '確認到帳', 'donation.cancel': '取消認捐', 'donation.refund': '退款',
      'school.create': '新增午餐學校', 'school.update': '修改午餐學校',
      'closure.create': '添加停課', 'closure.update': '修改停課', 'closure.delete': '刪除停課',
      'report.create': '提交午餐日報', 'report.update': '修改午餐日報',
      'wish.create': '新增微心願', 'wish.update': '修改微心願', 'wish.release': '釋放認領', 'wish.fulfil': '標記已實現',
      'plan.end': '結束月捐', 'matcher.create': '添加配捐方', 'matcher.update': '修改配捐方', 'fund.create': '承諾配捐基金', 'fund.update': '修改配捐基金',
    },
    created: '新增',
    deleted: '刪除',
    unchanged: '內容未變',
    details: '改前改後全文',
    before: '改前',
    after: '改後',
    historyOf: (w) => `只看此對象：${w}`,
    request: (id) => `請求編號 ${id}`,
    more: '載入更多',
    count: (n, more) => `顯示 ${n} 條${more ? '，還有更多' : ''}`,
  },
  en: {
    title: 'Audit trail',
    intro: 'Every change made in the console is here and cannot be altered or deleted: who (the token’s holder and role), what they did, to which record, its content before and after, and when. Filter by object, action and date, and export CSV for an auditor.',
    loading: 'Loading…',
    empty: 'No entries match.',
    filters: 'Filters',
    objectType: 'Object type',
    allTypes: 'All types',
    objectId: 'Object ID (optional)',
    objectIdHint: 'e.g. a pledge’s reference, GY-…; choose the object type first.',
    noSuchReference: (r) => `No pledge of this organisation has the reference ${r}.`,
    internalId: 'System ID',
    action: 'Action',
    allActions: 'All actions',
    from: 'From',
    to: 'To',
    apply: 'Filter',
    clear: 'Clear filters',
    exportCsv: 'Export CSV',
    exporting: 'Exporting…',
    exported: (f) => `Exported ${f}`,
    columns: { at: 'When', actor: 'Who', action: 'Action', object: 'Object', changes: 'Changes' },
    superAdmin: 'Super-admin',
    roles: { owner: 'Owner', editor: 'Editor', finance: 'Finance', viewer: 'Viewer', super: 'Super-admin' },
    types: {
      org: 'Organisation', site: 'Site', project: 'Project', update: 'Progress update', campaign: 'Campaign', expenditure: 'Spending',
      recipient: 'Recipient', token: 'Token', donation: 'Pledge', school: 'Lunch school', closure: 'Closure', report: 'Lunch report',
      wish: 'Wish', figures: 'Figures', plan: 'Monthly plan', matcher: 'Matcher', fund: 'Matching fund',
    },
    actions: {
      'org.create': 'Organisation created', 'org.update': 'Organisation changed', 'figures.replace': 'Figures replaced',
      'site.create': 'Site added', 'site.update': 'Site changed', 'site.delete': 'Site removed',
      'token.create': 'Token issued', 'token.revoke': 'Token revoked',
      'recipient.create': 'Recipient added', 'recipient.update': 'Recipient changed',
      'project.create': 'Project created', 'project.update': 'Project changed', 'update.create': 'Update posted', 'update.update': 'Update changed',
      'campaign.create': 'Campaign created', 'campaign.update': 'Campaign changed',
      'expenditure.create': 'Spending recorded', 'expenditure.update': 'Spending corrected', 'expenditure.delete': 'Spending deleted',
      'donation.confirm': 'Pledge confirmed', 'donation.cancel': 'Pledge cancelled', 'donation.refund': 'Pledge refunded',
      'school.create': 'School created', 'school.update': 'School changed',
      'closure.create': 'Closure added', 'closure.update': 'Closure changed', 'closure.delete': 'Closure removed',
      'report.create': 'Lunch report filed', 'report.update': 'Lunch report changed',
      'wish.create': 'Wish created', 'wish.update': 'Wish changed', 'wish.release': 'Claim released', 'wish.fulfil': 'Wish fulfilled',
      'plan.end': 'Monthly plan ended', 'matcher.create': 'Matcher added', 'matcher.update': 'Matcher changed', 'fund.create': 'Matching fund committed',
      'fund.update': 'Matching fund changed',
    },
    created: 'Created',
    deleted: 'Deleted',
    unchanged: 'No field changed',
    details: 'Before and after in full',
    before: 'Before',
    after: 'After',
    historyOf: (w) => `Only this object: ${w}`,
    request: (id) => `Request ${id}`,
    more: 'Load more',
    count: (n, more) => `Showing ${n}${more ? ', more available' : ''}`,
  },
};
