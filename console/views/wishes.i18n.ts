// Strings of <admin-wishes>: the staff side of the micro-wish board (微心愿).
import type { Messages } from '../i18n.js';

export interface WishesMessages {
  title: string;
  intro: string;
  filter: string;
  statuses: Record<'all' | 'open' | 'claimed' | 'fulfilled' | 'withdrawn' | 'expired', string>;
  empty: string;
  more: string;
  newWish: string;
  newWishHint: string;
  fields: {
    title: string;
    story: string;
    category: string;
    wisherName: string;
    community: string;
    value: string;
    photoUrl: string;
    reason: string;
    note: string;
    thanksPhotoUrl: string;
  };
  hints: { wisherName: string; value: string; photoUrl: string };
  badValue: string;
  create: string;
  created: (title: string) => string;
  cancel: string;
  columns: { wish: string; wisher: string; status: string; claim: string; actions: string };
  privateNote: string;
  claimedBy: (name: string, organisation: string | null) => string;
  contact: string;
  release: string;
  releaseConfirm: string;
  released: (title: string) => string;
  fulfil: string;
  fulfilConfirm: string;
  fulfilled: (title: string) => string;
  thanks: string;
  embed: string;
  loading: string;
  ask: { question: string; yes: string; no: string };
}

export const messages: Messages<WishesMessages> = {
  'zh-Hans': {
    title: '微心愿',
    intro: '录入走访收集的群众心愿；认领后联系认领人，心愿实现后填写感谢语。',
    filter: '按状态筛选',
    statuses: {
      all: '全部',
      open: '待认领',
      claimed: '已认领',
      fulfilled: '已实现',
      withdrawn: '已撤回',
      expired: '已过期',
    },
    empty: '没有符合条件的心愿。',
    more: '加载更多',
    newWish: '录入心愿',
    newWishHint: '入户走访时收集的心愿，录入后立即出现在公开的心愿墙上（心愿人姓名只显示姓氏）。',
    fields: {
      title: '心愿',
      story: '情况说明',
      category: '类别',
      wisherName: '心愿人姓名',
      community: '社区 / 村',
      value: '估计价值（元）',
      photoUrl: '照片地址',
      reason: '释放原因',
      note: '感谢语 / 实现情况',
      thanksPhotoUrl: '照片地址（可选）',
    },
    hints: {
      wisherName: '仅工作人员可见，公开页面显示为“马**”。',
      value: '例如 120 或 39.90，可不填。',
      photoUrl: 'https:// 开头，可不填。',
    },
    badValue: '请输入金额（元），最多两位小数，例如 120 或 39.90。',
    create: '录入',
    created: (t) => `已录入：${t}`,
    cancel: '取消',
    columns: { wish: '心愿', wisher: '心愿人（内部）', status: '状态', claim: '认领人', actions: '操作' },
    privateNote: '心愿人姓名和认领人联系方式属于个人信息，仅供工作人员联系使用，请勿外传。',
    claimedBy: (n, o) => (o ? `${n}（${o}）` : n),
    contact: '联系方式',
    release: '释放认领',
    releaseConfirm: '确认释放',
    released: (t) => `已释放认领，心愿重新开放：${t}`,
    fulfil: '标记已实现',
    fulfilConfirm: '确认已实现',
    fulfilled: (t) => `已标记为实现：${t}`,
    thanks: '感谢语',
    embed: '嵌入代码',
    loading: '正在加载…',
    ask: { question: '确定吗？', yes: '确定', no: '取消' },
  },
  'zh-Hant': {
    title: '微心願',
    intro: '錄入走訪收集的群眾心願；認領後聯絡認領人，心願實現後填寫感謝語。',
    filter: '按狀態篩選',
    statuses: {
      all: '全部',
      open: '待認領',
      claimed: '已認領',
      fulfilled: '已實現',
      withdrawn: '已撤回',
      expired: '已過期',
    },
    empty: '沒有符合條件的心願。',
    more: '載入更多',
    newWish: '錄入心願',
    newWishHint: '入戶走訪時收集的心願，錄入後立即出現在公開的心願牆上（心願人姓名只顯示姓氏）。',
    fields: {
      title: '心願',
      story: '情況說明',
      category: '類別',
      wisherName: '心願人姓名',
      community: '社區 / 村',
      value: '估計價值（元）',
      photoUrl: '照片地址',
      reason: '釋放原因',
      note: '感謝語 / 實現情況',
      thanksPhotoUrl: '照片地址（可選）',
    },
    hints: {
      wisherName: '僅工作人員可見，公開頁面顯示為「馬**」。',
      value: '例如 120 或 39.90，可不填。',
      photoUrl: 'https:// 開頭，可不填。',
    },
    badValue: '請輸入金額（元），最多兩位小數，例如 120 或 39.90。',
    create: '錄入',
    created: (t) => `已錄入：${t}`,
    cancel: '取消',
    columns: { wish: '心願', wisher: '心願人（內部）', status: '狀態', claim: '認領人', actions: '操作' },
    privateNote: '心願人姓名和認領人聯絡方式屬於個人資訊，僅供工作人員聯絡使用，請勿外傳。',
    claimedBy: (n, o) => (o ? `${n}（${o}）` : n),
    contact: '聯絡方式',
    release: '釋放認領',
    releaseConfirm: '確認釋放',
    released: (t) => `已釋放認領，心願重新開放：${t}`,
    fulfil: '標記已實現',
    fulfilConfirm: '確認已實現',
    fulfilled: (t) => `已標記為實現：${t}`,
    thanks: '感謝語',
    embed: '嵌入程式碼',
    loading: '正在載入…',
    ask: { question: '確定嗎？', yes: '確定', no: '取消' },
  },
  en: {
    title: 'Wishes',
    intro:
      'Enter the wishes collected door to door; contact the claimer once claimed, and add a thank-you note when fulfilled.',
    filter: 'Filter by status',
    statuses: {
      all: 'All',
      open: 'Open',
      claimed: 'Claimed',
      fulfilled: 'Fulfilled',
      withdrawn: 'Withdrawn',
      expired: 'Expired',
    },
    empty: 'No wishes match.',
    more: 'Load more',
    newWish: 'Enter a wish',
    newWishHint:
      'A wish collected on a home visit. It appears on the public board at once (the wisher’s name masked to the surname).',
    fields: {
      title: 'Wish',
      story: 'Background',
      category: 'Category',
      wisherName: 'Wisher’s name',
      community: 'Community / village',
      value: 'Estimated value (yuan)',
      photoUrl: 'Photo URL',
      reason: 'Reason for release',
      note: 'Thank-you note / what was done',
      thanksPhotoUrl: 'Photo URL (optional)',
    },
    hints: {
      wisherName: 'Staff only; the public board shows “Ma**”.',
      value: 'e.g. 120 or 39.90; optional.',
      photoUrl: 'Starting with https://; optional.',
    },
    badValue: 'Enter an amount in yuan with at most two decimals, e.g. 120 or 39.90.',
    create: 'Enter wish',
    created: (t) => `Entered: ${t}`,
    cancel: 'Cancel',
    columns: { wish: 'Wish', wisher: 'Wisher (private)', status: 'Status', claim: 'Claimed by', actions: 'Actions' },
    privateNote:
      'Wishers’ names and claimers’ contacts are personal data: for staff to get in touch only, never to be passed on.',
    claimedBy: (n, o) => (o ? `${n} (${o})` : n),
    contact: 'Contact',
    release: 'Release claim',
    releaseConfirm: 'Release',
    released: (t) => `Claim released, the wish is open again: ${t}`,
    fulfil: 'Mark fulfilled',
    fulfilConfirm: 'Mark fulfilled',
    fulfilled: (t) => `Marked fulfilled: ${t}`,
    thanks: 'Thank-you',
    embed: 'Embed code',
    loading: 'Loading…',
    ask: { question: 'Are you sure?', yes: 'Yes', no: 'No' },
  },
};
