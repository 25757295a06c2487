// The words of the printable disclosure report (/disclosure/{org}/{period}) in the pages' three
// languages. The notes say exactly how each figure is counted, so a printed copy explains itself.
import type { Locale } from '../../../common/locale';
import type { Period } from '../../schemas/disclosure';

export type DisclosureMessages = {
  title: string;
  period: (p: Period) => string;
  range: (from: string, to: string) => string;
  asOf: (day: string) => string;
  unit: string;
  totals: string;
  campaigns: string;
  none: string;
  columns: {
    campaign: string;
    moneyIn: string;
    refunds: string;
    moneyOut: string;
    opening: string;
    balance: string;
    donors: string;
    last: string;
  };
  channels: { offline: string; wechatpay: string; stripe: string };
  recipient: string;
  creditCode: string;
  filing: string;
  noRecipient: string;
  startedOn: (day: string) => string;
  statuses: { open: string; closed: string };
  never: string;
  overdue: string;
  campaignCount: string;
  overdueCount: string;
  notesTitle: string;
  notes: string[];
  data: string;
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const DISCLOSURE_MESSAGES: Record<Locale, DisclosureMessages> = {
  'zh-Hans': {
    title: '资金使用公示',
    period: (p) =>
      p.kind === 'quarter'
        ? `${p.year}年第${p.index}季度`
        : p.kind === 'month'
          ? `${p.year}年${p.index}月`
          : `${p.year}年度`,
    range: (from, to) => `${from}至${to}`,
    asOf: (day) => `统计截至${day}，按北京时间（UTC+8）计日`,
    unit: '金额单位：元',
    totals: '合计',
    campaigns: '各募捐活动',
    none: '本期没有可公示的募捐活动。',
    columns: {
      campaign: '募捐活动',
      moneyIn: '本期收入',
      refunds: '本期退款',
      moneyOut: '本期支出',
      opening: '期初结余',
      balance: '期末结余',
      donors: '捐赠笔数',
      last: '最近公示',
    },
    channels: { offline: '线下', wechatpay: '微信支付', stripe: 'Stripe' },
    recipient: '募捐主体：',
    creditCode: '统一社会信用代码：',
    filing: '备案编号：',
    noRecipient: '未登记募捐主体',
    startedOn: (day) => `开始于${day}`,
    statuses: { open: '进行中', closed: '已结束' },
    never: '尚未公示',
    overdue: '逾期未公示',
    campaignCount: '募捐活动数',
    overdueCount: '逾期未公示',
    notesTitle: '说明',
    notes: [
      '本期收入：本期内确认到账的捐赠（按确认时间），分线下（转账、现金，由工作人员确认）、微信支付和 Stripe；其后退回的捐赠仍计入收入，并计入退款。',
      '本期退款：本期内退回的捐赠（按退款时间）。',
      '本期支出：日期在本期内的支出记录，免费午餐的每日公示也在其中。',
      '期末结余：截至期末已确认且未退回的捐赠，减去截至期末的全部支出；期初结余按本期第一天之前计算。期初结余 + 收入 − 退款 − 支出 = 期末结余。',
      '最近公示：最近一笔支出或项目进展（已完成或进行中）的日期。开展超过六个月、近三个月内没有公示支出或进展的募捐活动标为“逾期未公示”（项目实施周期超过六个月的，至少每三个月公开一次）。',
      '本表不含任何捐赠人的姓名、联系方式或留言。',
    ],
    data: '数据（JSON）',
  },
  'zh-Hant': {
    title: '資金使用公示',
    period: (p) =>
      p.kind === 'quarter'
        ? `${p.year}年第${p.index}季度`
        : p.kind === 'month'
          ? `${p.year}年${p.index}月`
          : `${p.year}年度`,
    range: (from, to) => `${from}至${to}`,
    asOf: (day) => `統計截至${day}，按北京時間（UTC+8）計日`,
    unit: '金額單位：元',
    totals: '合計',
    campaigns: '各募捐活動',
    none: '本期沒有可公示的募捐活動。',
    columns: {
      campaign: '募捐活動',
      moneyIn: '本期收入',
      refunds: '本期退款',
      moneyOut: '本期支出',
      opening: '期初結餘',
      balance: '期末結餘',
      donors: '捐贈筆數',
      last: '最近公示',
    },
    channels: { offline: '線下', wechatpay: '微信支付', stripe: 'Stripe' },
    recipient: '募捐主體：',
    creditCode: '統一社會信用代碼：',
    filing: '備案編號：',
    noRecipient: '未登記募捐主體',
    startedOn: (day) => `開始於${day}`,
    statuses: { open: '進行中', closed: '已結束' },
    never: '尚未公示',
    overdue: '逾期未公示',
    campaignCount: '募捐活動數',
    overdueCount: '逾期未公示',
    notesTitle: '說明',
    notes: [
      '本期收入：本期內確認到帳的捐贈（按確認時間），分線下（轉帳、現金，由工作人員確認）、微信支付和 Stripe；其後退回的捐贈仍計入收入，並計入退款。',
      '本期退款：本期內退回的捐贈（按退款時間）。',
      '本期支出：日期在本期內的支出紀錄，免費午餐的每日公示也在其中。',
      '期末結餘：截至期末已確認且未退回的捐贈，減去截至期末的全部支出；期初結餘按本期第一天之前計算。期初結餘 + 收入 − 退款 − 支出 = 期末結餘。',
      '最近公示：最近一筆支出或項目進展（已完成或進行中）的日期。開展超過六個月、近三個月內沒有公示支出或進展的募捐活動標為「逾期未公示」（項目實施週期超過六個月的，至少每三個月公開一次）。',
      '本表不含任何捐贈人的姓名、聯絡方式或留言。',
    ],
    data: '數據（JSON）',
  },
  en: {
    title: 'Disclosure report',
    period: (p) =>
      p.kind === 'quarter'
        ? `Q${p.index} ${p.year}`
        : p.kind === 'month'
          ? `${MONTHS[(p.index ?? 1) - 1]} ${p.year}`
          : `Year ${p.year}`,
    range: (from, to) => `${from} to ${to}`,
    asOf: (day) => `As of ${day}; days in China Standard Time (UTC+8)`,
    unit: 'Amounts in yuan',
    totals: 'Totals',
    campaigns: 'Campaigns',
    none: 'No campaign to report for this period.',
    columns: {
      campaign: 'Campaign',
      moneyIn: 'Money in',
      refunds: 'Refunds',
      moneyOut: 'Money out',
      opening: 'Opening balance',
      balance: 'Closing balance',
      donors: 'Gifts',
      last: 'Last disclosed',
    },
    channels: { offline: 'Offline', wechatpay: 'WeChat Pay', stripe: 'Stripe' },
    recipient: 'Recipient: ',
    creditCode: 'Credit code: ',
    filing: 'Filing no. ',
    noRecipient: 'No recipient on record',
    startedOn: (day) => `Since ${day}`,
    statuses: { open: 'Open', closed: 'Closed' },
    never: 'Never',
    overdue: 'Overdue',
    campaignCount: 'Campaigns',
    overdueCount: 'Overdue',
    notesTitle: 'Notes',
    notes: [
      'Money in: gifts confirmed in the period (by confirmation time), offline (transfers and cash confirmed by staff), by WeChat Pay and by Stripe; a gift refunded later stays in money in and is also counted in refunds.',
      'Refunds: gifts refunded in the period (by refund time).',
      'Money out: spending dated in the period, free-lunch daily reports included.',
      'Closing balance: gifts confirmed and not refunded by the end of the period, less all spending dated up to then; the opening balance likewise before its first day. Opening + in − refunds − out = closing.',
      'Last disclosed: the latest spending or progress update (done or in progress). A campaign running over six months with no spending or progress disclosed in the last three months is marked overdue (the Charity Law asks for disclosure at least every three months).',
      'No donor’s name, contact or message is in this report.',
    ],
    data: 'Data (JSON)',
  },
};
