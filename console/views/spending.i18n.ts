// Strings of <admin-spending>: a campaign's spending (资金使用公示), raised, spent and balance.
import type { Messages } from '../i18n.js';

export interface SpendingMessages {
  title: string;
  intro: string;
  loading: string;
  noCampaigns: string;
  campaign: string;
  show: string;
  figures: string;
  raised: string;
  spent: string;
  balance: string;
  list: (campaign: string) => string;
  empty: string;
  columns: { date: string; amount: string; purpose: string; payee: string; receipt: string; actions: string };
  receipt: string;
  fromLunch: string;
  newTitle: string;
  editTitle: (purpose: string) => string;
  fields: {
    date: string;
    amount: string;
    amountHint: string;
    purpose: string;
    purposeHint: string;
    payee: string;
    payeeHint: string;
    receiptUrl: string;
    receiptUrlHint: string;
  };
  badAmount: string;
  record: string;
  save: string;
  saving: string;
  cancel: string;
  edit: string;
  remove: string;
  ask: { question: string; yes: string; no: string };
  recorded: (amount: string, purpose: string) => string;
  saved: (amount: string, purpose: string) => string;
  removed: (amount: string, purpose: string) => string;
  readOnly: string;
}

export const messages: Messages<SpendingMessages> = {
  'zh-Hans': {
    title: '资金使用',
    intro:
      '登记每一笔支出：日期、金额、用途、收款单位和票据。公开的组件和公示报告会显示已筹、已支出和结余，以及“钱花在哪里”。午餐学校的日报自动记入这里。',
    loading: '正在加载…',
    noCampaigns: '还没有募捐活动。',
    campaign: '募捐活动',
    show: '查看',
    figures: '收支',
    raised: '已筹（已到账）',
    spent: '已支出',
    balance: '结余',
    list: (c) => `支出明细：${c}`,
    empty: '还没有登记支出。',
    columns: { date: '日期', amount: '金额', purpose: '用途', payee: '收款单位', receipt: '票据', actions: '操作' },
    receipt: '查看票据',
    fromLunch: '午餐日报（请在“午餐学校”中修改）',
    newTitle: '登记支出',
    editTitle: (p) => `修改支出：${p}`,
    fields: {
      date: '支出日期',
      amount: '金额（元）',
      amountHint: '例如 1200 或 86.50，最多两位小数。',
      purpose: '用途',
      purposeHint: '例如“购买冬季校服 30 套”。公众会看到。',
      payee: '收款单位（可选）',
      payeeHint: '填写单位名称，不要填个人联系方式。',
      receiptUrl: '票据或照片网址（可选）',
      receiptUrlHint: '发票、收据或现场照片的网址。',
    },
    badAmount: '请输入大于 0 的金额，最多两位小数。',
    record: '登记支出',
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
    edit: '修改',
    remove: '删除',
    ask: { question: '确定删除这笔支出？操作记录会保留。', yes: '删除', no: '取消' },
    recorded: (a, p) => `已登记支出：${a}（${p}）`,
    saved: (a, p) => `已保存：${a}（${p}）`,
    removed: (a, p) => `已删除：${a}（${p}）`,
    readOnly: '此令牌只能查看支出；登记支出需要财务或负责人令牌。',
  },
  'zh-Hant': {
    title: '資金使用',
    intro:
      '登記每一筆支出：日期、金額、用途、收款單位和票據。公開的元件和公示報告會顯示已籌、已支出和結餘，以及「錢花在哪裡」。午餐學校的日報自動記入這裡。',
    loading: '正在載入…',
    noCampaigns: '還沒有募捐活動。',
    campaign: '募捐活動',
    show: '查看',
    figures: '收支',
    raised: '已籌（已到帳）',
    spent: '已支出',
    balance: '結餘',
    list: (c) => `支出明細：${c}`,
    empty: '還沒有登記支出。',
    columns: { date: '日期', amount: '金額', purpose: '用途', payee: '收款單位', receipt: '票據', actions: '操作' },
    receipt: '查看票據',
    fromLunch: '午餐日報（請在「午餐學校」中修改）',
    newTitle: '登記支出',
    editTitle: (p) => `修改支出：${p}`,
    fields: {
      date: '支出日期',
      amount: '金額（元）',
      amountHint: '例如 1200 或 86.50，最多兩位小數。',
      purpose: '用途',
      purposeHint: '例如「購買冬季校服 30 套」。公眾會看到。',
      payee: '收款單位（可選）',
      payeeHint: '填寫單位名稱，不要填個人聯絡方式。',
      receiptUrl: '票據或照片網址（可選）',
      receiptUrlHint: '發票、收據或現場照片的網址。',
    },
    badAmount: '請輸入大於 0 的金額，最多兩位小數。',
    record: '登記支出',
    save: '儲存',
    saving: '正在儲存…',
    cancel: '取消',
    edit: '修改',
    remove: '刪除',
    ask: { question: '確定刪除這筆支出？操作記錄會保留。', yes: '刪除', no: '取消' },
    recorded: (a, p) => `已登記支出：${a}（${p}）`,
    saved: (a, p) => `已儲存：${a}（${p}）`,
    removed: (a, p) => `已刪除：${a}（${p}）`,
    readOnly: '此令牌只能查看支出；登記支出需要財務或負責人令牌。',
  },
  en: {
    title: 'Spending',
    intro:
      'Record every payment: date, amount, purpose, payee and receipt. The public widgets and the disclosure report show raised, spent and balance, and where the money went. Lunch schools’ daily reports are recorded here by themselves.',
    loading: 'Loading…',
    noCampaigns: 'No campaigns yet.',
    campaign: 'Campaign',
    show: 'Show',
    figures: 'Money in and out',
    raised: 'Raised (confirmed)',
    spent: 'Spent',
    balance: 'Balance',
    list: (c) => `Spending: ${c}`,
    empty: 'No spending recorded yet.',
    columns: {
      date: 'Date',
      amount: 'Amount',
      purpose: 'Purpose',
      payee: 'Payee',
      receipt: 'Receipt',
      actions: 'Actions',
    },
    receipt: 'View receipt',
    fromLunch: 'Lunch daily report (edit it under School lunch)',
    newTitle: 'Record spending',
    editTitle: (p) => `Correct spending: ${p}`,
    fields: {
      date: 'Date paid',
      amount: 'Amount (yuan)',
      amountHint: 'e.g. 1200 or 86.50; at most two decimals.',
      purpose: 'Purpose',
      purposeHint: 'e.g. “30 winter school uniforms”. The public sees it.',
      payee: 'Payee (optional)',
      payeeHint: 'The organisation paid; no personal contact details.',
      receiptUrl: 'Receipt or photo address (optional)',
      receiptUrlHint: 'Web address of the invoice, receipt or a photo.',
    },
    badAmount: 'Enter an amount above 0 with at most two decimals.',
    record: 'Record spending',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    edit: 'Correct',
    remove: 'Delete',
    ask: { question: 'Delete this payment? The audit trail keeps it.', yes: 'Delete', no: 'Cancel' },
    recorded: (a, p) => `Spending recorded: ${a} (${p})`,
    saved: (a, p) => `Saved: ${a} (${p})`,
    removed: (a, p) => `Deleted: ${a} (${p})`,
    readOnly: 'This token can only read the spending; recording it needs a finance or owner token.',
  },
};
