// Strings of <admin-pledges>: the queue of pledges (donations and lunch sponsorships) to confirm.
import type { Messages } from '../i18n.js';

/** A gift as staff know it: the amount with its currency, the name staff see, the reference the donor quotes. */
export interface Gift {
  amount: string;
  name: string;
  reference: string;
}

export interface PledgesMessages {
  title: string;
  intro: string;
  loading: string;
  empty: string;
  filters: string;
  status: string;
  campaign: string;
  allStatuses: string;
  allCampaigns: string;
  apply: string;
  exportCsv: string;
  exporting: string;
  exported: (file: string) => string;
  columns: {
    createdAt: string;
    campaign: string;
    amount: string;
    donor: string;
    contact: string;
    message: string;
    reference: string;
    status: string;
    actions: string;
  };
  anonymous: string;
  confirm: string;
  cancel: string;
  /** The question before an action: it names the gift, so the wrong row is not confirmed. */
  ask: Record<'confirm' | 'cancel' | 'refund', (gift: Gift) => string>;
  yes: string;
  no: string;
  confirmed: (amount: string, name: string) => string;
  cancelled: (amount: string, name: string) => string;
  refund: string;
  refunded: (amount: string, name: string) => string;
  /** The link to a donation's audit trail; its accessible name says whose (and keeps the visible word). */
  history: string;
  historyOf: (name: string, amount: string) => string;
  more: string;
  statuses: Record<string, string>;
  /** Why a needs_refund gift must go back. */
  refundReasons: Record<string, string>;
  /** Above the list while some gifts wait for a refund, with a button that filters to them. */
  refundsDue: string;
  showRefunds: string;
  count: (n: number, more: boolean) => string;
}

export const messages: Messages<PledgesMessages> = {
  'zh-Hans': {
    title: '认捐确认',
    intro: '捐赠人认捐和午餐认捐后，核对到账再点“确认到账”，公开的筹款进度才会增加；未付款的可以取消。',
    loading: '正在加载…',
    empty: '没有符合条件的认捐。',
    filters: '筛选',
    status: '状态',
    campaign: '募捐活动',
    allStatuses: '全部状态',
    allCampaigns: '全部活动',
    apply: '筛选',
    exportCsv: '导出 CSV',
    exporting: '正在导出…',
    exported: (f) => `已导出 ${f}`,
    columns: {
      createdAt: '认捐时间',
      campaign: '活动',
      amount: '金额',
      donor: '捐赠人',
      contact: '联系方式',
      message: '留言',
      reference: '付款备注',
      status: '状态',
      actions: '操作',
    },
    anonymous: '（匿名）',
    confirm: '确认到账',
    cancel: '取消认捐',
    ask: {
      confirm: (g) => `确认已收到 ${g.name} 的 ${g.amount}（付款备注 ${g.reference}）？`,
      cancel: (g) => `取消 ${g.name} 的 ${g.amount} 认捐（付款备注 ${g.reference}）？`,
      refund: (g) => `为 ${g.name} 的 ${g.amount}（付款备注 ${g.reference}）登记退款？`,
    },
    yes: '是',
    no: '否',
    confirmed: (a, n) => `已确认到账：${n} ${a}`,
    cancelled: (a, n) => `已取消：${n} ${a}`,
    refund: '退款',
    refunded: (a, n) => `已登记退款：${n} ${a}`,
    history: '操作记录',
    historyOf: (n, a) => `操作记录：${n} ${a}`,
    more: '加载更多',
    statuses: {
      pending: '待确认',
      confirmed: '已到账',
      cancelled: '已取消',
      refunded: '已退款',
      needs_refund: '待退款',
    },
    refundReasons: {
      campaign_closed: '到账时募捐已结束',
      campaign_unpublished: '到账时项目已下线',
      recipient_required: '到账时没有具备公募资格的募捐主体',
      filing_not_current: '到账时不在募捐备案期内',
    },
    refundsDue: '有月捐在活动停止接受捐赠后仍然到账：这些款项不计入筹款，请退还捐赠人后点“退款”登记。',
    showRefunds: '查看待退款',
    count: (n, more) => `显示 ${n} 条${more ? '，还有更多' : ''}`,
  },
  'zh-Hant': {
    title: '認捐確認',
    intro: '捐贈人認捐和午餐認捐後，核對到帳再點「確認到帳」，公開的籌款進度才會增加；未付款的可以取消。',
    loading: '正在載入…',
    empty: '沒有符合條件的認捐。',
    filters: '篩選',
    status: '狀態',
    campaign: '募捐活動',
    allStatuses: '全部狀態',
    allCampaigns: '全部活動',
    apply: '篩選',
    exportCsv: '匯出 CSV',
    exporting: '正在匯出…',
    exported: (f) => `已匯出 ${f}`,
    columns: {
      createdAt: '認捐時間',
      campaign: '活動',
      amount: '金額',
      donor: '捐贈人',
      contact: '聯絡方式',
      message: '留言',
      reference: '付款備註',
      status: '狀態',
      actions: '操作',
    },
    anonymous: '（匿名）',
    confirm: '確認到帳',
    cancel: '取消認捐',
    ask: {
      confirm: (g) => `確認已收到 ${g.name} 的 ${g.amount}（付款備註 ${g.reference}）？`,
      cancel: (g) => `取消 ${g.name} 的 ${g.amount} 認捐（付款備註 ${g.reference}）？`,
      refund: (g) => `為 ${g.name} 的 ${g.amount}（付款備註 ${g.reference}）登記退款？`,
    },
    yes: '是',
    no: '否',
    confirmed: (a, n) => `已確認到帳：${n} ${a}`,
    cancelled: (a, n) => `已取消：${n} ${a}`,
    refund: '退款',
    refunded: (a, n) => `已登記退款：${n} ${a}`,
    history: '操作記錄',
    historyOf: (n, a) => `操作記錄：${n} ${a}`,
    more: '載入更多',
    statuses: {
      pending: '待確認',
      confirmed: '已到帳',
      cancelled: '已取消',
      refunded: '已退款',
      needs_refund: '待退款',
    },
    refundReasons: {
      campaign_closed: '到帳時募捐已結束',
      campaign_unpublished: '到帳時項目已下線',
      recipient_required: '到帳時沒有具備公募資格的募捐主體',
      filing_not_current: '到帳時不在募捐備案期內',
    },
    refundsDue: '有月捐在活動停止接受捐贈後仍然到帳：這些款項不計入籌款，請退還捐贈人後點「退款」登記。',
    showRefunds: '查看待退款',
    count: (n, more) => `顯示 ${n} 條${more ? '，還有更多' : ''}`,
  },
  en: {
    title: 'Pledge queue',
    intro:
      'Donors and lunch sponsors pledge first. Check the payment arrived, then confirm it: only then does the public progress go up. Cancel pledges that were never paid.',
    loading: 'Loading…',
    empty: 'No pledges match.',
    filters: 'Filters',
    status: 'Status',
    campaign: 'Campaign',
    allStatuses: 'All statuses',
    allCampaigns: 'All campaigns',
    apply: 'Filter',
    exportCsv: 'Export CSV',
    exporting: 'Exporting…',
    exported: (f) => `Exported ${f}`,
    columns: {
      createdAt: 'Pledged',
      campaign: 'Campaign',
      amount: 'Amount',
      donor: 'Donor',
      contact: 'Contact',
      message: 'Message',
      reference: 'Reference',
      status: 'Status',
      actions: 'Actions',
    },
    anonymous: '(anonymous)',
    confirm: 'Confirm paid',
    cancel: 'Cancel pledge',
    ask: {
      confirm: (g) => `Confirm ${g.amount} from ${g.name} (reference ${g.reference}) has arrived?`,
      cancel: (g) => `Cancel the pledge of ${g.amount} from ${g.name} (reference ${g.reference})?`,
      refund: (g) => `Record a refund of ${g.amount} to ${g.name} (reference ${g.reference})?`,
    },
    yes: 'Yes',
    no: 'No',
    confirmed: (a, n) => `Confirmed: ${n} ${a}`,
    cancelled: (a, n) => `Cancelled: ${n} ${a}`,
    refund: 'Refund',
    refunded: (a, n) => `Refund recorded: ${n} ${a}`,
    history: 'History',
    historyOf: (n, a) => `History: ${n} ${a}`,
    more: 'Load more',
    statuses: {
      pending: 'Pending',
      confirmed: 'Confirmed',
      cancelled: 'Cancelled',
      refunded: 'Refunded',
      needs_refund: 'Needs refund',
    },
    refundReasons: {
      campaign_closed: 'arrived after the campaign closed',
      campaign_unpublished: 'arrived after the project was unpublished',
      recipient_required: 'arrived with no qualified recipient on record',
      filing_not_current: 'arrived outside the filed fundraising period',
    },
    refundsDue:
      'Some monthly gifts arrived after their campaign stopped taking gifts: they are not counted. Give the money back, then record it with “Refund”.',
    showRefunds: 'Show gifts to refund',
    count: (n, more) => `Showing ${n}${more ? ', more available' : ''}`,
  },
};
