// Strings of <admin-matching>: matchers (配捐方) and the matching funds they commit to campaigns.
import type { Messages } from '../i18n.js';

export interface MatchingMessages {
  title: string;
  intro: string;
  readOnly: string;
  loading: string;
  matchers: string;
  matchersIntro: string;
  noMatchers: string;
  matcherColumns: { name: string; website: string; actions: string };
  newMatcher: string;
  editMatcher: (name: string) => string;
  matcherFields: { name: string; logoUrl: string; logoUrlHint: string; website: string; websiteHint: string };
  addMatcher: string;
  matcherCreated: (name: string) => string;
  matcherSaved: (name: string) => string;
  funds: string;
  noFunds: string;
  fundColumns: {
    matcher: string;
    ratio: string;
    capPerGift: string;
    totalCap: string;
    matched: string;
    remaining: string;
    period: string;
    campaigns: string;
    actions: string;
    /** The column of the fund's money: caps, matched, remaining. */
    fund: string;
  };
  /** What 1:2 means, for screen readers and as a tooltip: "each 1 元 given gets 2 元 more". */
  ratioSpoken: (match: string) => string;
  noCapPerGift: string;
  states: { upcoming: string; running: string; ended: string; exhausted: string };
  newFund: string;
  needMatcher: string;
  fundFields: {
    matcherId: string;
    ratio: string;
    ratioHint: string;
    capPerGift: string;
    capPerGiftHint: string;
    totalCap: string;
    totalCapHint: string;
    startsAt: string;
    endsAt: string;
    periodHint: string;
    campaignIds: string;
    campaignIdsHint: string;
  };
  commit: string;
  fundCreated: (matcher: string) => string;
  change: string;
  editFund: (matcher: string) => string;
  editFundIntro: (matched: string) => string;
  fundSaved: (matcher: string) => string;
  campaignStatus: Record<string, string>;
  badMoney: string;
  badRatio: string;
  needTime: string;
  endBeforeStart: string;
  needCampaign: string;
  capBelowMatched: (matched: string) => string;
  edit: string;
  save: string;
  saving: string;
  cancel: string;
}

export const messages: Messages<MatchingMessages> = {
  'zh-Hans': {
    title: '配捐',
    intro:
      '企业或基金会（配捐方）承诺一笔配捐基金：活动期间每笔认捐在确认到账时，按比例自动获得配捐，直到每笔上限或基金用完为止；退款会把配捐退回基金。',
    readOnly: '此令牌只能查看配捐；登记配捐方和基金需要财务或负责人令牌。',
    loading: '正在加载…',
    matchers: '配捐方',
    matchersIntro: '只登记机构的名称、标志和网站，不登记个人的联系方式。',
    noMatchers: '还没有配捐方。',
    matcherColumns: { name: '名称', website: '网站', actions: '操作' },
    newMatcher: '添加配捐方',
    editMatcher: (n) => `编辑配捐方：${n}`,
    matcherFields: {
      name: '配捐方名称',
      logoUrl: '标志图片地址',
      logoUrlHint: 'https:// 开头；可不填。',
      website: '配捐方网站',
      websiteHint: 'https:// 开头；可不填。',
    },
    addMatcher: '添加',
    matcherCreated: (n) => `已添加配捐方：${n}`,
    matcherSaved: (n) => `已保存：${n}`,
    funds: '配捐基金',
    noFunds: '还没有配捐基金。',
    fundColumns: {
      matcher: '配捐方',
      ratio: '比例',
      capPerGift: '每笔上限',
      totalCap: '基金总额',
      matched: '已配捐',
      remaining: '剩余',
      period: '时间',
      campaigns: '配捐的活动',
      actions: '操作',
      fund: '金额',
    },
    ratioSpoken: (m) => `每捐 1 元配捐 ${m} 元`,
    noCapPerGift: '不限',
    states: { upcoming: '未开始', running: '进行中', ended: '已结束', exhausted: '已用完' },
    newFund: '承诺配捐基金',
    needMatcher: '请先添加配捐方。',
    fundFields: {
      matcherId: '配捐方',
      ratio: '配捐比例：每捐 1 元配捐（元）',
      ratioHint: '1 即 1:1（捐 10 元变 20 元），2 即 1:2，0.5 即 1:0.5。',
      capPerGift: '每笔捐赠最多配捐（元）',
      capPerGiftHint: '留空表示不限。',
      totalCap: '基金总额（元）',
      totalCapHint: '例如 50000；用完即停止配捐。',
      startsAt: '开始时间',
      endsAt: '结束时间',
      periodHint: '在这段时间内认捐的捐赠才会配捐（北京时间）。',
      campaignIds: '配捐的募捐活动',
      campaignIdsHint: '可选多个，至少选一个。',
    },
    commit: '承诺基金',
    fundCreated: (m) => `已承诺配捐基金：${m}`,
    change: '调整',
    editFund: (m) => `调整配捐基金：${m}`,
    editFundIntro: (m) => `已配捐 ${m}：基金总额不能低于它，已配捐的不会改变。`,
    fundSaved: (m) => `已调整配捐基金：${m}`,
    campaignStatus: { draft: '草稿', open: '进行中', closed: '已结束' },
    badMoney: '请输入金额（元），最多两位小数，例如 50000 或 12.50。',
    badRatio: '请输入 0.01 到 10 之间的数，最多两位小数，例如 1 或 0.5。',
    needTime: '请填写时间。',
    endBeforeStart: '结束时间要晚于开始时间。',
    needCampaign: '请至少选择一个募捐活动。',
    capBelowMatched: (m) => `不能低于已配捐的 ${m}。`,
    edit: '编辑',
    save: '保存',
    saving: '正在保存…',
    cancel: '取消',
  },
  'zh-Hant': {
    title: '配捐',
    intro:
      '企業或基金會（配捐方）承諾一筆配捐基金：活動期間每筆認捐在確認到帳時，按比例自動獲得配捐，直到每筆上限或基金用完為止；退款會把配捐退回基金。',
    readOnly: '此令牌只能查看配捐；登記配捐方和基金需要財務或負責人令牌。',
    loading: '正在載入…',
    matchers: '配捐方',
    matchersIntro: '只登記機構的名稱、標誌和網站，不登記個人的聯絡方式。',
    noMatchers: '還沒有配捐方。',
    matcherColumns: { name: '名稱', website: '網站', actions: '操作' },
    newMatcher: '添加配捐方',
    editMatcher: (n) => `編輯配捐方：${n}`,
    matcherFields: {
      name: '配捐方名稱',
      logoUrl: '標誌圖片地址',
      logoUrlHint: 'https:// 開頭；可不填。',
      website: '配捐方網站',
      websiteHint: 'https:// 開頭；可不填。',
    },
    addMatcher: '添加',
    matcherCreated: (n) => `已添加配捐方：${n}`,
    matcherSaved: (n) => `已儲存：${n}`,
    funds: '配捐基金',
    noFunds: '還沒有配捐基金。',
    fundColumns: {
      matcher: '配捐方',
      ratio: '比例',
      capPerGift: '每筆上限',
      totalCap: '基金總額',
      matched: '已配捐',
      remaining: '剩餘',
      period: '時間',
      campaigns: '配捐的活動',
      actions: '操作',
      fund: '金額',
    },
    ratioSpoken: (m) => `每捐 1 元配捐 ${m} 元`,
    noCapPerGift: '不限',
    states: { upcoming: '未開始', running: '進行中', ended: '已結束', exhausted: '已用完' },
    newFund: '承諾配捐基金',
    needMatcher: '請先添加配捐方。',
    fundFields: {
      matcherId: '配捐方',
      ratio: '配捐比例：每捐 1 元配捐（元）',
      ratioHint: '1 即 1:1（捐 10 元變 20 元），2 即 1:2，0.5 即 1:0.5。',
      capPerGift: '每筆捐贈最多配捐（元）',
      capPerGiftHint: '留空表示不限。',
      totalCap: '基金總額（元）',
      totalCapHint: '例如 50000；用完即停止配捐。',
      startsAt: '開始時間',
      endsAt: '結束時間',
      periodHint: '在這段時間內認捐的捐贈才會配捐（北京時間）。',
      campaignIds: '配捐的募捐活動',
      campaignIdsHint: '可選多個，至少選一個。',
    },
    commit: '承諾基金',
    fundCreated: (m) => `已承諾配捐基金：${m}`,
    change: '調整',
    editFund: (m) => `調整配捐基金：${m}`,
    editFundIntro: (m) => `已配捐 ${m}：基金總額不能低於它，已配捐的不會改變。`,
    fundSaved: (m) => `已調整配捐基金：${m}`,
    campaignStatus: { draft: '草稿', open: '進行中', closed: '已結束' },
    badMoney: '請輸入金額（元），最多兩位小數，例如 50000 或 12.50。',
    badRatio: '請輸入 0.01 到 10 之間的數，最多兩位小數，例如 1 或 0.5。',
    needTime: '請填寫時間。',
    endBeforeStart: '結束時間要晚於開始時間。',
    needCampaign: '請至少選擇一個募捐活動。',
    capBelowMatched: (m) => `不能低於已配捐的 ${m}。`,
    edit: '編輯',
    save: '儲存',
    saving: '正在儲存…',
    cancel: '取消',
  },
  en: {
    title: 'Matching funds',
    intro:
      'A company or foundation (the matcher) commits a fund: while it runs, each gift is matched at the ratio when it is confirmed as paid, up to the cap per gift and until the fund is used up; a refund gives the match back to the fund.',
    readOnly: 'This token can only read the matching funds; adding matchers and funds needs a finance or owner token.',
    loading: 'Loading…',
    matchers: 'Matchers',
    matchersIntro: 'An organisation’s name, logo and website only — never a person’s contact.',
    noMatchers: 'No matchers yet.',
    matcherColumns: { name: 'Name', website: 'Website', actions: 'Actions' },
    newMatcher: 'Add a matcher',
    editMatcher: (n) => `Edit matcher: ${n}`,
    matcherFields: {
      name: 'Matcher’s name',
      logoUrl: 'Logo image URL',
      logoUrlHint: 'https://…; optional.',
      website: 'Matcher’s website',
      websiteHint: 'https://…; optional.',
    },
    addMatcher: 'Add',
    matcherCreated: (n) => `Matcher added: ${n}`,
    matcherSaved: (n) => `Saved: ${n}`,
    funds: 'Funds',
    noFunds: 'No matching funds yet.',
    fundColumns: {
      matcher: 'Matcher',
      ratio: 'Ratio',
      capPerGift: 'Cap per gift',
      totalCap: 'Fund',
      matched: 'Matched',
      remaining: 'Remaining',
      period: 'Period',
      campaigns: 'Campaigns',
      actions: 'Actions',
      fund: 'Money',
    },
    ratioSpoken: (m) => `each 1 yuan given is matched with ${m} yuan`,
    noCapPerGift: 'No cap',
    states: { upcoming: 'Not started', running: 'Running', ended: 'Ended', exhausted: 'Used up' },
    newFund: 'Commit a matching fund',
    needMatcher: 'Add a matcher first.',
    fundFields: {
      matcherId: 'Matcher',
      ratio: 'Ratio: yuan matched per 1 yuan given',
      ratioHint: '1 is 1:1 (10 yuan becomes 20), 2 is 1:2, 0.5 is 1:0.5.',
      capPerGift: 'Most matched per gift (yuan)',
      capPerGiftHint: 'Leave empty for no cap.',
      totalCap: 'Whole fund (yuan)',
      totalCapHint: 'e.g. 50000; matching stops when it is used up.',
      startsAt: 'Starts',
      endsAt: 'Ends',
      periodHint: 'Gifts pledged in this period are matched (China time).',
      campaignIds: 'Campaigns it matches',
      campaignIdsHint: 'One or more.',
    },
    commit: 'Commit the fund',
    fundCreated: (m) => `Matching fund committed: ${m}`,
    change: 'Change',
    editFund: (m) => `Change the fund of ${m}`,
    editFundIntro: (m) => `${m} matched so far: the fund cannot be less; matches already made stay.`,
    fundSaved: (m) => `Fund changed: ${m}`,
    campaignStatus: { draft: 'Draft', open: 'Open', closed: 'Closed' },
    badMoney: 'Enter an amount in yuan with at most two decimals, e.g. 50000 or 12.50.',
    badRatio: 'Enter a number from 0.01 to 10 with at most two decimals, e.g. 1 or 0.5.',
    needTime: 'Enter a date and time.',
    endBeforeStart: 'The end must be after the start.',
    needCampaign: 'Choose at least one campaign.',
    capBelowMatched: (m) => `Cannot be less than the ${m} already matched.`,
    edit: 'Edit',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
  },
};
