// Strings of <admin-monthly>: monthly giving plans (月捐), their donors, failed payments and ending one.
import type { Messages } from '../i18n.js';

export interface MonthlyMessages {
  title: string;
  intro: string;
  privacy: string;
  loading: string;
  empty: string;
  filters: string;
  status: string;
  campaign: string;
  allStatuses: string;
  allCampaigns: string;
  apply: string;
  columns: {
    createdAt: string;
    campaign: string;
    donor: string;
    contact: string;
    amount: string;
    method: string;
    status: string;
    nextDue: string;
    failures: string;
    gifts: string;
    confirmed: string;
    actions: string;
    /** The column of what the plan has given so far. */
    giving: string;
  };
  anonymous: string;
  perMonth: (amount: string) => string;
  methods: Record<string, string>;
  statuses: Record<string, string>;
  endedBy: Record<string, string>;
  endedOn: (by: string, when: string) => string;
  /** A plan nobody ended by name: why (endReasons) and when. */
  endedBecause: (why: string, when: string) => string;
  endReasons: Record<string, string>;
  /** An ended Stripe plan whose subscription Stripe has not yet confirmed cancelled. */
  cancelPending: string;
  noNextDue: string;
  noFailures: string;
  failures: (n: number) => string;
  lastFailure: (when: string) => string;
  end: string;
  sure: string;
  yes: string;
  no: string;
  ended: (name: string, amount: string) => string;
  count: (n: number, failing: number) => string;
}

export const messages: Messages<MonthlyMessages> = {
  'zh-Hans': {
    title: '月捐',
    intro:
      '捐赠人选择“每月捐”后生成月捐计划。Stripe 每月自动扣款，每笔到账自动确认；线下转账和微信支付每月在“认捐确认”中生成一笔待确认的认捐，到账后确认。首笔捐赠到账后计划才生效、计入月捐人数；活动停止接受捐赠时计划自动结束。捐赠人或工作人员可以随时结束。',
    privacy: '捐赠人的姓名和联系方式只供工作人员联系捐赠人，请勿外传。',
    loading: '正在加载…',
    empty: '没有符合条件的月捐。',
    filters: '筛选',
    status: '状态',
    campaign: '募捐活动',
    allStatuses: '全部状态',
    allCampaigns: '全部活动',
    apply: '筛选',
    columns: {
      createdAt: '开始时间',
      campaign: '活动',
      donor: '捐赠人',
      contact: '联系方式',
      amount: '每月金额',
      method: '方式',
      status: '状态',
      nextDue: '下月认捐日',
      failures: '扣款失败',
      gifts: '已生成认捐',
      confirmed: '已到账',
      actions: '操作',
      giving: '认捐与扣款',
    },
    anonymous: '（匿名）',
    perMonth: (a) => `${a}/月`,
    methods: { stripe: 'Stripe 自动扣款', offline: '线下 / 微信支付，每月待确认' },
    statuses: { pending: '等待首笔到账', active: '进行中', ended: '已结束' },
    endedBy: { donor: '捐赠人', staff: '工作人员', provider: 'Stripe' },
    endedOn: (by, w) => `${by}于 ${w} 结束`,
    endedBecause: (why, w) => `${w} 结束：${why}`,
    endReasons: {
      first_gift_cancelled: '首笔捐赠未到账',
      campaign_closed: '募捐已结束',
      campaign_unpublished: '项目已下线',
      recipient_required: '没有具备公募资格的募捐主体',
      filing_not_current: '不在募捐备案期内',
    },
    cancelPending: 'Stripe 订阅待取消（系统会自动重试）',
    noNextDue: '—',
    noFailures: '无',
    failures: (n) => `失败 ${n} 次`,
    lastFailure: (w) => `最近一次：${w}`,
    end: '结束月捐',
    sure: '确定结束？以后不再按月认捐。',
    yes: '结束',
    no: '取消',
    ended: (n, a) => `已结束月捐：${n} ${a}`,
    count: (n, f) => `共 ${n} 份月捐${f ? `，其中 ${f} 份有扣款失败` : ''}。`,
  },
  'zh-Hant': {
    title: '月捐',
    intro:
      '捐贈人選擇「每月捐」後生成月捐計劃。Stripe 每月自動扣款，每筆到帳自動確認；線下轉帳和微信支付每月在「認捐確認」中生成一筆待確認的認捐，到帳後確認。首筆捐贈到帳後計劃才生效、計入月捐人數；活動停止接受捐贈時計劃自動結束。捐贈人或工作人員可以隨時結束。',
    privacy: '捐贈人的姓名和聯絡方式只供工作人員聯絡捐贈人，請勿外傳。',
    loading: '正在載入…',
    empty: '沒有符合條件的月捐。',
    filters: '篩選',
    status: '狀態',
    campaign: '募捐活動',
    allStatuses: '全部狀態',
    allCampaigns: '全部活動',
    apply: '篩選',
    columns: {
      createdAt: '開始時間',
      campaign: '活動',
      donor: '捐贈人',
      contact: '聯絡方式',
      amount: '每月金額',
      method: '方式',
      status: '狀態',
      nextDue: '下月認捐日',
      failures: '扣款失敗',
      gifts: '已生成認捐',
      confirmed: '已到帳',
      actions: '操作',
      giving: '認捐與扣款',
    },
    anonymous: '（匿名）',
    perMonth: (a) => `${a}/月`,
    methods: { stripe: 'Stripe 自動扣款', offline: '線下 / 微信支付，每月待確認' },
    statuses: { pending: '等待首筆到帳', active: '進行中', ended: '已結束' },
    endedBy: { donor: '捐贈人', staff: '工作人員', provider: 'Stripe' },
    endedOn: (by, w) => `${by}於 ${w} 結束`,
    endedBecause: (why, w) => `${w} 結束：${why}`,
    endReasons: {
      first_gift_cancelled: '首筆捐贈未到帳',
      campaign_closed: '募捐已結束',
      campaign_unpublished: '項目已下線',
      recipient_required: '沒有具備公募資格的募捐主體',
      filing_not_current: '不在募捐備案期內',
    },
    cancelPending: 'Stripe 訂閱待取消（系統會自動重試）',
    noNextDue: '—',
    noFailures: '無',
    failures: (n) => `失敗 ${n} 次`,
    lastFailure: (w) => `最近一次：${w}`,
    end: '結束月捐',
    sure: '確定結束？以後不再按月認捐。',
    yes: '結束',
    no: '取消',
    ended: (n, a) => `已結束月捐：${n} ${a}`,
    count: (n, f) => `共 ${n} 份月捐${f ? `，其中 ${f} 份有扣款失敗` : ''}。`,
  },
  en: {
    title: 'Monthly giving',
    intro:
      'A donor who chooses “monthly” starts a plan. With Stripe each month is charged and confirmed automatically; offline and WeChat Pay plans put one pending gift in the pledge queue each month, to confirm when it arrives. A plan counts once its first gift has arrived, and ends when its campaign stops taking gifts. The donor or staff may end a plan at any time.',
    privacy: 'Donors’ names and contacts are for staff to reach them; do not pass them on.',
    loading: 'Loading…',
    empty: 'No monthly plans match.',
    filters: 'Filters',
    status: 'Status',
    campaign: 'Campaign',
    allStatuses: 'All statuses',
    allCampaigns: 'All campaigns',
    apply: 'Filter',
    columns: {
      createdAt: 'Started',
      campaign: 'Campaign',
      donor: 'Donor',
      contact: 'Contact',
      amount: 'Per month',
      method: 'Method',
      status: 'Status',
      nextDue: 'Next month due',
      failures: 'Failed payments',
      gifts: 'Gifts',
      confirmed: 'Confirmed',
      actions: 'Actions',
      giving: 'Gifts and payments',
    },
    anonymous: ' (anonymous)',
    perMonth: (a) => `${a}/month`,
    methods: { stripe: 'Stripe, charged monthly', offline: 'Offline / WeChat Pay, confirmed monthly' },
    statuses: { pending: 'Awaiting the first gift', active: 'Active', ended: 'Ended' },
    endedBy: { donor: 'the donor', staff: 'staff', provider: 'Stripe' },
    endedOn: (by, w) => `Ended by ${by} on ${w}`,
    endedBecause: (why, w) => `Ended on ${w}: ${why}`,
    endReasons: {
      first_gift_cancelled: 'the first gift never arrived',
      campaign_closed: 'the campaign closed',
      campaign_unpublished: 'the project was unpublished',
      recipient_required: 'no qualified recipient',
      filing_not_current: 'outside the filed fundraising period',
    },
    cancelPending: 'Stripe subscription still to be cancelled (retried automatically)',
    noNextDue: '—',
    noFailures: 'None',
    failures: (n) => `${n} failed`,
    lastFailure: (w) => `Last: ${w}`,
    end: 'End plan',
    sure: 'End it? No more monthly gifts.',
    yes: 'End',
    no: 'Cancel',
    ended: (n, a) => `Plan ended: ${n} ${a}`,
    count: (n, f) => `${n} plan${n === 1 ? '' : 's'}${f ? `, ${f} with failed payments` : ''}.`,
  },
};
