// Strings of <admin-campaigns>: fundraising campaigns (goal, deadline, tiers, payment instructions).
import type { Messages } from '../i18n.js';

export interface CampaignsMessages {
  title: string;
  intro: string;
  loading: string;
  empty: string;
  create: string;
  noProjects: string;
  columns: {
    title: string;
    project: string;
    goal: string;
    raised: string;
    matched: string;
    pending: string;
    spent: string;
    balance: string;
    donors: string;
    monthly: string;
    status: string;
    endsAt: string;
    actions: string;
    /** Column groups: what came in, what went out. */
    fundraising: string;
    use: string;
  };
  edit: string;
  pledges: string;
  spending: string;
  /** Opens the owner's recipient-and-filing form. */
  filing: string;
  recipientLine: (name: string, filingNumber: string | null) => string;
  noGifts: string;
  /** missingForGifts, as sentences. */
  missing: Record<string, string>;
  /** Offline donors are not told how to pay (missingForPayment). */
  noPaymentInstructions: string;
  embed: string;
  /** In the monthly-donors column of a campaign that does not offer monthly giving. */
  monthlyOff: string;
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
    monthlyAllowed: string;
    monthlyAllowedHint: string;
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
  /** In the editor of a token that may not set the campaign's money. */
  ownerOnly: string;
}

export const messages: Messages<CampaignsMessages> = {
  'zh-Hans': {
    title: '募捐活动',
    intro: '为项目设定募捐目标、截止时间和推荐金额。认捐在“认捐确认”中核对到账。',
    loading: '正在加载…',
    empty: '还没有募捐活动。',
    create: '新建募捐',
    noProjects: '请先在“项目”中新建一个项目。',
    columns: {
      title: '活动名称',
      project: '项目',
      goal: '目标',
      raised: '已到账',
      matched: '配捐',
      pending: '待确认',
      spent: '已支出',
      balance: '结余',
      donors: '人次',
      monthly: '月捐人数',
      status: '状态',
      endsAt: '截止',
      actions: '操作',
      fundraising: '筹款',
      use: '支出与结余',
    },
    edit: '编辑',
    pledges: '认捐',
    spending: '资金使用',
    filing: '募捐主体与备案',
    recipientLine: (n, f) => `募捐主体：${n}${f ? ` · 备案编号：${f}` : ''}`,
    noGifts: '暂不能接受捐赠（组件只显示进度，不显示捐赠按钮）：',
    missing: {
      recipient: '还没有指定募捐主体：请选择一家具有公开募捐资格的慈善组织接收善款。',
      qualification: '所选募捐主体没有登记公开募捐资格。',
      filingNumber: '还没有填写募捐方案在“慈善中国”的备案编号。',
      filingPeriod:
        '今天（北京时间）不在募捐方案的备案期内：请核对备案起止日期，或办理新的备案。已开始的月捐会自动结束。',
    },
    noPaymentInstructions:
      '线下付款的捐赠人看不到怎么付款（没有付款说明，机构也没有登记收款账户或收款码）：请点“编辑”填写付款说明。',
    embed: '嵌入代码',
    monthlyOff: '未开放',
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
      endsAtHint: '北京时间；留空表示不设截止。',
      status: '状态',
      paymentInstructions: '付款说明',
      paymentInstructionsHint: '例如对公账户、备注格式。捐赠人认捐后会看到。',
      monthlyAllowed: '允许月捐',
      monthlyAllowedHint:
        '认捐表单提供“单次 / 每月”两种选择；每月捐的，线下和微信支付每月生成一笔待确认的认捐，Stripe 每月自动扣款。',
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
    ownerOnly: '付款说明、状态、月捐以及已有活动的目标金额和截止时间关系到钱款去向和收取，由负责人令牌设置。',
  },
  'zh-Hant': {
    title: '募捐活動',
    intro: '為項目設定募捐目標、截止時間和推薦金額。認捐在「認捐確認」中核對到帳。',
    loading: '正在載入…',
    empty: '還沒有募捐活動。',
    create: '新增募捐',
    noProjects: '請先在「項目」中新增一個項目。',
    columns: {
      title: '活動名稱',
      project: '項目',
      goal: '目標',
      raised: '已到帳',
      matched: '配捐',
      pending: '待確認',
      spent: '已支出',
      balance: '結餘',
      donors: '人次',
      monthly: '月捐人數',
      status: '狀態',
      endsAt: '截止',
      actions: '操作',
      fundraising: '籌款',
      use: '支出與結餘',
    },
    edit: '編輯',
    pledges: '認捐',
    spending: '資金使用',
    filing: '募捐主體與備案',
    recipientLine: (n, f) => `募捐主體：${n}${f ? ` · 備案編號：${f}` : ''}`,
    noGifts: '暫不能接受捐贈（元件只顯示進度，不顯示捐贈按鈕）：',
    missing: {
      recipient: '還沒有指定募捐主體：請選擇一家具有公開募捐資格的慈善組織接收善款。',
      qualification: '所選募捐主體沒有登記公開募捐資格。',
      filingNumber: '還沒有填寫募捐方案在「慈善中國」的備案編號。',
      filingPeriod:
        '今天（北京時間）不在募捐方案的備案期內：請核對備案起止日期，或辦理新的備案。已開始的月捐會自動結束。',
    },
    noPaymentInstructions:
      '線下付款的捐贈人看不到怎麼付款（沒有付款說明，機構也沒有登記收款帳戶或收款碼）：請點「編輯」填寫付款說明。',
    embed: '嵌入程式碼',
    monthlyOff: '未開放',
    editorNew: '新增募捐活動',
    editorEdit: (t) => `編輯募捐：${t}`,
    fields: {
      project: '所屬項目',
      id: '活動標識（可選）',
      idHint: '用於網址，只能用小寫字母、數字、「-」。留空則自動生成。',
      title: '活動名稱',
      goal: '目標金額（元）',
      goalHint: '例如 50000 或 12.50，最多兩位小數。',
      endsAt: '截止時間',
      endsAtHint: '北京時間；留空表示不設截止。',
      status: '狀態',
      paymentInstructions: '付款說明',
      paymentInstructionsHint: '例如對公帳戶、備註格式。捐贈人認捐後會看到。',
      monthlyAllowed: '允許月捐',
      monthlyAllowedHint:
        '認捐表單提供「單次 / 每月」兩種選擇；每月捐的，線下和微信支付每月生成一筆待確認的認捐，Stripe 每月自動扣款。',
    },
    tiers: '推薦金額',
    tiersHint: '捐贈人可一鍵選擇的金額，最多 10 個。',
    tierAmount: (n) => `金額 ${n}（元）`,
    tierLabel: (n) => `說明 ${n}`,
    addTier: '添加推薦金額',
    removeTier: (n) => `刪除第 ${n} 個推薦金額`,
    badAmount: '請輸入大於 0 的金額，最多兩位小數。',
    save: '儲存',
    saving: '正在儲存…',
    cancel: '取消',
    created: (t) => `已建立募捐：${t}`,
    saved: (t) => `已儲存：${t}`,
    statuses: { draft: '草稿', open: '進行中', closed: '已結束' },
    noDeadline: '不設截止',
    ownerOnly: '付款說明、狀態、月捐以及已有活動的目標金額和截止時間關係到錢款去向和收取，由負責人令牌設定。',
  },
  en: {
    title: 'Campaigns',
    intro: 'Goal, deadline and suggested amounts for a project. Check pledges as paid in the pledge queue.',
    loading: 'Loading…',
    empty: 'No campaigns yet.',
    create: 'New campaign',
    noProjects: 'Create a project first (Projects).',
    columns: {
      title: 'Campaign',
      project: 'Project',
      goal: 'Goal',
      raised: 'Raised',
      matched: 'Matched',
      pending: 'Pending',
      spent: 'Spent',
      balance: 'Balance',
      donors: 'Donors',
      monthly: 'Monthly donors',
      status: 'Status',
      endsAt: 'Ends',
      actions: 'Actions',
      fundraising: 'Fundraising',
      use: 'Spent and balance',
    },
    edit: 'Edit',
    pledges: 'Pledges',
    spending: 'Spending',
    filing: 'Recipient and filing',
    recipientLine: (n, f) => `Recipient: ${n}${f ? ` · Filing no. ${f}` : ''}`,
    noGifts: 'Cannot accept gifts yet (the widgets show progress but no give button):',
    missing: {
      recipient: 'No recipient yet: choose a charity with public-fundraising qualification to receive the money.',
      qualification: 'The chosen recipient has no public-fundraising qualification on record.',
      filingNumber: 'The filing number of the fundraising plan on 慈善中国 is missing.',
      filingPeriod:
        'Today (China time) is outside the filed period of the fundraising plan: check its dates, or file a new plan. Its monthly plans end automatically.',
    },
    noPaymentInstructions:
      'Donors paying offline are not told how to pay (no payment instructions, and no account or QR of the organisation on record): add instructions with “Edit”.',
    embed: 'Embed code',
    monthlyOff: 'Not offered',
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
      endsAtHint: 'China time; leave empty for no deadline.',
      status: 'Status',
      paymentInstructions: 'Payment instructions',
      paymentInstructionsHint: 'e.g. the bank account and the reference to use. Donors see this after pledging.',
      monthlyAllowed: 'Offer monthly giving',
      monthlyAllowedHint:
        'The pledge form offers “once / monthly”; a monthly offline or WeChat Pay gift puts one pending pledge in the queue each month, Stripe charges it monthly.',
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
    ownerOnly:
      'Payment instructions, status, monthly giving and, once a campaign exists, its goal and deadline decide where money goes and whether it is taken: an owner token sets them.',
  },
};
