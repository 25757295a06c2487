// Strings of <admin-lunch>: free-lunch schools, their daily reports (公示) and closures.
import type { Messages } from '../i18n.js';

export interface LunchMessages {
  title: string;
  intro: string;
  schools: string;
  empty: string;
  newSchool: string;
  editSchool: (name: string) => string;
  fields: {
    name: string;
    location: string;
    childrenCount: string;
    mealPrice: string;
    startsOn: string;
    schoolDaysPerWeek: string;
    monthlyFixedCost: string;
    fixedCostLabel: string;
    date: string;
    meals: string;
    spent: string;
    menu: string;
    photoUrl: string;
    closureStartsOn: string;
    closureEndsOn: string;
    label: string;
    coFunderName: string;
    coFundedPerMeal: string;
    coFundedMonthly: string;
  };
  hints: {
    mealPrice: string;
    monthlyFixedCost: string;
    spent: string;
    photoUrl: string;
    newSchool: string;
    coFunding: string;
    coFunderName: string;
    coFundedPerMeal: string;
    coFundedMonthly: string;
  };
  /** The co-funding fieldset's legend. */
  coFunding: string;
  /** What a donor pays per meal as the form stands: meal price − the co-funder's part. */
  donorPrice: (donor: string, meal: string, coFunder: string, part: string) => string;
  donorPriceFull: (meal: string) => string;
  /** The co-funder's name while it is not typed yet. */
  coFunderFallback: string;
  coPerMeal: (name: string, part: string) => string;
  coMonthly: (name: string, sum: string) => string;
  donorShare: (price: string) => string;
  coPerMealTooHigh: string;
  coNameNeeded: string;
  badMoney: string;
  columns: {
    name: string;
    children: string;
    mealPrice: string;
    startsOn: string;
    date: string;
    meals: string;
    spent: string;
    menu: string;
    period: string;
    label: string;
    actions: string;
  };
  save: string;
  create: string;
  cancel: string;
  edit: string;
  open: string;
  saved: string;
  created: (name: string) => string;
  reports: (name: string) => string;
  noReports: string;
  newReport: string;
  editReport: (date: string) => string;
  reportSaved: (date: string) => string;
  closures: string;
  noClosures: string;
  newClosure: string;
  remove: string;
  removeConfirm: string;
  removed: string;
  photo: string;
  embed: string;
  perWeek: (n: number) => string;
  loading: string;
  ask: { question: string; yes: string; no: string };
}

export const messages: Messages<LunchMessages> = {
  'zh-Hans': {
    title: '午餐学校',
    intro: '管理本单位的午餐学校，每天公示用餐人数、支出和菜单。',
    schools: '学校',
    empty: '还没有学校。',
    newSchool: '新增学校',
    editSchool: (n) => `编辑：${n}`,
    fields: {
      name: '学校 / 教学点名称',
      location: '地点',
      childrenCount: '就餐孩子人数',
      mealPrice: '每餐标准（元）',
      startsOn: '开餐日期',
      schoolDaysPerWeek: '每周上课天数',
      monthlyFixedCost: '每月固定支出（元）',
      fixedCostLabel: '固定支出说明',
      date: '日期',
      meals: '用餐人次',
      spent: '当日支出（元）',
      menu: '菜单',
      photoUrl: '照片地址',
      closureStartsOn: '停餐开始',
      closureEndsOn: '停餐结束',
      label: '原因',
      coFunderName: '配套方名称',
      coFundedPerMeal: '配套方每餐承担（元）',
      coFundedMonthly: '配套方每月承担（元）',
    },
    hints: {
      mealPrice: '例如 4 或 4.50',
      monthlyFixedCost: '例如厨师工资 1000 元；没有填 0。',
      spent: '例如 42.50',
      photoUrl: 'https:// 开头，或本站的 /路径；可不填。',
      newSchool: '新增学校时会同时为它建立一个项目和募捐活动。',
      coFunding:
        '例如县财政每餐承担 2 元：捐赠人每餐只需付“每餐标准 − 配套方每餐承担”；配套方每月承担的金额从开餐月份的费用中扣除。不填则全部由捐赠人承担。',
      coFunderName: '例如 县财政、某某基金会。',
      coFundedPerMeal: '须少于每餐标准；没有填 0。',
      coFundedMonthly: '每个开餐的月份付一次；没有填 0。',
    },
    coFunding: '配套资金（可选）',
    donorPrice: (d, m, n, p) => `现在：捐赠人每餐付 ${d} = 每餐标准 ${m} − ${n} ${p}`,
    donorPriceFull: (m) => `现在：捐赠人每餐付 ${m}（没有每餐配套）`,
    coFunderFallback: '配套方',
    coPerMeal: (n, p) => `${n}每餐 ${p}`,
    coMonthly: (n, p) => `${n}每月 ${p}`,
    donorShare: (p) => `捐赠人每餐 ${p}`,
    coPerMealTooHigh: '配套方每餐承担须少于每餐标准：捐赠人至少付一部分。',
    coNameNeeded: '有配套资金时，请填写配套方名称。',
    badMoney: '请输入金额（元），最多两位小数，例如 4 或 4.50。',
    columns: {
      name: '学校',
      children: '孩子',
      mealPrice: '每餐',
      startsOn: '开餐',
      date: '日期',
      meals: '人次',
      spent: '支出',
      menu: '菜单',
      period: '时间',
      label: '原因',
      actions: '操作',
    },
    save: '保存',
    create: '新增',
    cancel: '取消',
    edit: '编辑',
    open: '日报与停餐',
    saved: '已保存。',
    created: (n) => `已新增：${n}`,
    reports: (n) => `${n} · 每日公示`,
    noReports: '还没有日报。',
    newReport: '填写日报',
    editReport: (d) => `更正 ${d} 的日报`,
    reportSaved: (d) => `${d} 的日报已保存。`,
    closures: '停餐日（节假日、假期）',
    noClosures: '没有停餐安排。',
    newClosure: '新增停餐',
    remove: '删除',
    removeConfirm: '确认删除',
    removed: '已删除。',
    photo: '照片',
    embed: '嵌入代码',
    perWeek: (n) => `每周 ${n} 天`,
    loading: '正在加载…',
    ask: { question: '确定删除这次停餐吗？', yes: '确定', no: '取消' },
  },
  'zh-Hant': {
    title: '午餐學校',
    intro: '管理本單位的午餐學校，每天公示用餐人數、支出和菜單。',
    schools: '學校',
    empty: '還沒有學校。',
    newSchool: '新增學校',
    editSchool: (n) => `編輯：${n}`,
    fields: {
      name: '學校 / 教學點名稱',
      location: '地點',
      childrenCount: '就餐孩子人數',
      mealPrice: '每餐標準（元）',
      startsOn: '開餐日期',
      schoolDaysPerWeek: '每週上課天數',
      monthlyFixedCost: '每月固定支出（元）',
      fixedCostLabel: '固定支出說明',
      date: '日期',
      meals: '用餐人次',
      spent: '當日支出（元）',
      menu: '菜單',
      photoUrl: '照片地址',
      closureStartsOn: '停餐開始',
      closureEndsOn: '停餐結束',
      label: '原因',
      coFunderName: '配套方名稱',
      coFundedPerMeal: '配套方每餐承擔（元）',
      coFundedMonthly: '配套方每月承擔（元）',
    },
    hints: {
      mealPrice: '例如 4 或 4.50',
      monthlyFixedCost: '例如廚師工資 1000 元；沒有填 0。',
      spent: '例如 42.50',
      photoUrl: 'https:// 開頭，或本站的 /路徑；可不填。',
      newSchool: '新增學校時會同時為它建立一個項目和募捐活動。',
      coFunding:
        '例如縣財政每餐承擔 2 元：捐贈人每餐只需付「每餐標準 − 配套方每餐承擔」；配套方每月承擔的金額從開餐月份的費用中扣除。不填則全部由捐贈人承擔。',
      coFunderName: '例如 縣財政、某某基金會。',
      coFundedPerMeal: '須少於每餐標準；沒有填 0。',
      coFundedMonthly: '每個開餐的月份付一次；沒有填 0。',
    },
    coFunding: '配套資金（可選）',
    donorPrice: (d, m, n, p) => `現在：捐贈人每餐付 ${d} = 每餐標準 ${m} − ${n} ${p}`,
    donorPriceFull: (m) => `現在：捐贈人每餐付 ${m}（沒有每餐配套）`,
    coFunderFallback: '配套方',
    coPerMeal: (n, p) => `${n}每餐 ${p}`,
    coMonthly: (n, p) => `${n}每月 ${p}`,
    donorShare: (p) => `捐贈人每餐 ${p}`,
    coPerMealTooHigh: '配套方每餐承擔須少於每餐標準：捐贈人至少付一部分。',
    coNameNeeded: '有配套資金時，請填寫配套方名稱。',
    badMoney: '請輸入金額（元），最多兩位小數，例如 4 或 4.50。',
    columns: {
      name: '學校',
      children: '孩子',
      mealPrice: '每餐',
      startsOn: '開餐',
      date: '日期',
      meals: '人次',
      spent: '支出',
      menu: '菜單',
      period: '時間',
      label: '原因',
      actions: '操作',
    },
    save: '儲存',
    create: '新增',
    cancel: '取消',
    edit: '編輯',
    open: '日報與停餐',
    saved: '已儲存。',
    created: (n) => `已新增：${n}`,
    reports: (n) => `${n} · 每日公示`,
    noReports: '還沒有日報。',
    newReport: '填寫日報',
    editReport: (d) => `更正 ${d} 的日報`,
    reportSaved: (d) => `${d} 的日報已儲存。`,
    closures: '停餐日（節假日、假期）',
    noClosures: '沒有停餐安排。',
    newClosure: '新增停餐',
    remove: '刪除',
    removeConfirm: '確認刪除',
    removed: '已刪除。',
    photo: '照片',
    embed: '嵌入程式碼',
    perWeek: (n) => `每週 ${n} 天`,
    loading: '正在載入…',
    ask: { question: '確定刪除這次停餐嗎？', yes: '確定', no: '取消' },
  },
  en: {
    title: 'School lunch',
    intro: 'Your organisation’s lunch schools: post each day’s meals, spending and menu.',
    schools: 'Schools',
    empty: 'No schools yet.',
    newSchool: 'Add a school',
    editSchool: (n) => `Edit: ${n}`,
    fields: {
      name: 'School name',
      location: 'Location',
      childrenCount: 'Children eating',
      mealPrice: 'Price per meal (yuan)',
      startsOn: 'First day of lunches',
      schoolDaysPerWeek: 'School days per week',
      monthlyFixedCost: 'Fixed cost per month (yuan)',
      fixedCostLabel: 'What the fixed cost is',
      date: 'Date',
      meals: 'Meals served',
      spent: 'Spent that day (yuan)',
      menu: 'Menu',
      photoUrl: 'Photo URL',
      closureStartsOn: 'Closed from',
      closureEndsOn: 'Closed until',
      label: 'Reason',
      coFunderName: 'Co-funder',
      coFundedPerMeal: 'Co-funder’s part of each meal (yuan)',
      coFundedMonthly: 'Co-funder’s sum each month (yuan)',
    },
    hints: {
      mealPrice: 'e.g. 4 or 4.50',
      monthlyFixedCost: 'e.g. the cook’s pay, 1000; 0 if none.',
      spent: 'e.g. 42.50',
      photoUrl: 'https://… or a /path on this service; optional.',
      newSchool: 'A project and a campaign are created with the school.',
      coFunding:
        'e.g. the county pays 2 yuan of each meal: donors then pay the meal price less the co-funder’s part; a monthly sum is taken off each month in which lunch is served. Leave empty if donors pay it all.',
      coFunderName: 'e.g. 县财政 (the county), a foundation.',
      coFundedPerMeal: 'Less than the meal price; 0 if none.',
      coFundedMonthly: 'Paid for each month with lunches; 0 if none.',
    },
    coFunding: 'Co-funding (optional)',
    donorPrice: (d, m, n, p) => `As entered: donors pay ${d} a meal = meal price ${m} − ${n} ${p}`,
    donorPriceFull: (m) => `As entered: donors pay ${m} a meal (no co-funding per meal)`,
    coFunderFallback: 'co-funder',
    coPerMeal: (n, p) => `${n}: ${p} a meal`,
    coMonthly: (n, p) => `${n}: ${p} a month`,
    donorShare: (p) => `donors: ${p} a meal`,
    coPerMealTooHigh: 'The co-funder’s part must be less than the meal price: donors pay at least some of it.',
    coNameNeeded: 'Name the co-funder when there is co-funding.',
    badMoney: 'Enter an amount in yuan with at most two decimals, e.g. 4 or 4.50.',
    columns: {
      name: 'School',
      children: 'Children',
      mealPrice: 'Per meal',
      startsOn: 'Since',
      date: 'Date',
      meals: 'Meals',
      spent: 'Spent',
      menu: 'Menu',
      period: 'When',
      label: 'Reason',
      actions: 'Actions',
    },
    save: 'Save',
    create: 'Add',
    cancel: 'Cancel',
    edit: 'Edit',
    open: 'Reports & closures',
    saved: 'Saved.',
    created: (n) => `Added: ${n}`,
    reports: (n) => `${n} · daily reports`,
    noReports: 'No reports yet.',
    newReport: 'Post a day’s report',
    editReport: (d) => `Correct the report of ${d}`,
    reportSaved: (d) => `Report of ${d} saved.`,
    closures: 'Closures (holidays, breaks)',
    noClosures: 'No closures.',
    newClosure: 'Add a closure',
    remove: 'Remove',
    removeConfirm: 'Remove',
    removed: 'Removed.',
    photo: 'Photo',
    embed: 'Embed code',
    perWeek: (n) => `${n} days a week`,
    loading: 'Loading…',
    ask: { question: 'Remove this closure?', yes: 'Yes', no: 'No' },
  },
};
