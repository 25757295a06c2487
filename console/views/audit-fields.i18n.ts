// Names of the fields an audit entry's snapshots carry (the database's column names), in the
// console's languages, and the words of the few coded values no view of the console names already
// (channels, payment providers, who ended a plan). test/worker/audit.test.ts checks that every column
// an audited table has is named here; so this file imports nothing with a DOM in it (that test runs
// in workerd, whose types know no DOM): only the locale list, from common/ (no DOM there either).
import type { Locale } from '../../common/locale.js';

export interface AuditFieldMessages {
  /** Column → label, for every audited table. */
  fields: Record<string, string>;
  /** Where a column means something else in one object type: type → column → label. */
  byType: Record<string, Record<string, string>>;
  yes: string;
  no: string;
  none: string;
  /** channel, provider, payment_provider values. */
  channels: Record<string, string>;
  endedBy: Record<string, string>;
  cancelReasons: Record<string, string>;
  /** A person's free text the trail keeps only a pointer to ({ref, chars}): its length. */
  notKept: (chars: number) => string;
  /** A list of rows in a snapshot (a gift's matches, a wish's claims). */
  rows: (n: number) => string;
  listSeparator: string;
}

export const messages: Record<Locale, AuditFieldMessages> = {
  'zh-Hans': {
    fields: {
      id: '标识', org_id: '机构', project_id: '项目', campaign_id: '募捐活动', school_id: '午餐学校', recipient_id: '募捐主体', matcher_id: '配捐方',
      plan_id: '月捐计划', claim_id: '认领', lunch_report_id: '午餐日报', minted_by: '签发人令牌',
      name: '名称', title: '标题', summary: '摘要', body: '正文', story: '心愿故事', note: '备注', message: '留言', label: '名称', purpose: '用途',
      region: '地区', brand: '品牌标语', website: '网站', origin: '网站地址', logo_url: '标志图片', cover_url: '封面图片', photo_url: '照片',
      thanks_photo_url: '感谢照片', receipt_url: '凭证', filing_url: '备案链接', platform_url: '平台链接', payment_url: '付款链接',
      payment_qr_url: '收款码图片', links: '原文链接', category: '类别', location: '地点', beneficiaries: '受益人', community: '社区',
      status: '状态', state: '进度', published: '公开显示', position: '排序', key: '键', value: '数值', unit: '单位', period: '统计期',
      approximate: '约数', currency: '币种', amount: '金额', goal_amount: '目标金额', raised_amount: '已到账', pending_amount: '待确认',
      spent_amount: '已支出', matched_amount: '已配捐', value_amount: '预计价值', spent: '支出', meal_price: '每餐价格',
      monthly_fixed_cost: '每月固定成本', fixed_cost_label: '固定成本说明', co_funder_name: '联合资助方', co_funded_per_meal: '每餐联合资助',
      co_funded_monthly: '每月联合资助', cap_per_gift: '每笔上限', total_cap: '基金总额', ratio_percent: '配捐比例（%）',
      donor_count: '捐赠人次', monthly_allowed: '允许月捐', monthly_donors: '月捐人数', tiers: '推荐金额', children_count: '儿童人数',
      school_days_per_week: '每周上课天数', meals: '餐数', menu: '菜单', date: '日期', starts_on: '开始日期', ends_on: '结束日期',
      starts_at: '开始时间', ends_at: '截止时间', filed_from: '备案起', filed_until: '备案止', next_due_on: '下次认捐日', plan_month: '月份',
      created_at: '创建时间', confirmed_at: '确认到账时间', cancelled_at: '取消时间', refunded_at: '退款时间', fulfilled_at: '实现时间',
      revoked_at: '撤销时间', expires_at: '到期时间', ended_at: '结束时间', last_failure_at: '最近扣款失败', ended_by: '结束方',
      failed_payments: '扣款失败次数', anonymous: '匿名', wisher_name: '心愿人', payee: '收款方', credit_code: '统一社会信用代码',
      qualification: '公开募捐资格', filing_number: '备案编号', platform: '募捐平台', payment_provider: '付款方式',
      payment_account: '收款账户', payment_instructions: '付款说明', channel: '渠道', provider: '支付机构', reference: '付款备注',
      cancel_reason: '取消原因', role: '角色', thanks_note: '感谢留言', paid_event_id: '到账通知', refund_event_id: '退款通知',
      provider_order_id: '支付订单号', provider_payment_id: '支付流水号', provider_invoice_id: '扣款账单号',
      provider_subscription_id: '订阅号', end_reason: '结束原因', subscription_cancelled_at: '订阅取消时间', offline_payment: '认捐时告知的付款方式', refund_due: '待退款原因', campaignIds: '配捐的活动', matches: '配捐', claims: '认领',
    },
    byType: {
      donation: { name: '捐赠人' },
      plan: { name: '捐赠人' },
      token: { label: '持有人' },
      closure: { label: '停课原因' },
      figures: { label: '名称' },
      report: { spent: '当天支出' },
    },
    yes: '是',
    no: '否',
    none: '—',
    channels: { offline: '线下转账', online: '在线支付', seed: '演示数据', wechatpay: '微信支付', stripe: 'Stripe' },
    endedBy: { donor: '捐赠人', staff: '工作人员', provider: '支付机构' },
    cancelReasons: { expired: '超时未付款' },
    notKept: (n) => `（原文不记入操作记录，${n} 字）`,
    rows: (n) => `${n} 项`,
    listSeparator: '、',
  },
  'zh-Hant': {
    fields: {
      id: '標識', org_id: '機構', project_id: '項目', campaign_id: '募捐活動', school_id: '午餐學校', recipient_id: '募捐主體', matcher_id: '配捐方',
      plan_id: '月捐計劃', claim_id: '認領', lunch_report_id: '午餐日報', minted_by: '簽發人令牌',
      name: '名稱', title: '標題', summary: '摘要', body: '正文', story: '心願故事', note: '備註', message: '留言', label: '名稱', purpose: '用途',
      region: '地區', brand: '品牌標語', website: '網站', origin: '網站地址', logo_url: '標誌圖片', cover_url: '封面圖片', photo_url: '照片',
      thanks_photo_url: '感謝照片', receipt_url: '憑證', filing_url: '備案連結', platform_url: '平台連結', payment_url: '付款連結',
      payment_qr_url: '收款碼圖片', links: '原文連結', category: '類別', location: '地點', beneficiaries: '受益人', community: '社區',
      status: '狀態', state: '進度', published: '公開顯示', position: '排序', key: '鍵', value: '數值', unit: '單位', period: '統計期',
      approximate: '約數', currency: '幣種', amount: '金額', goal_amount: '目標金額', raised_amount: '已到帳', pending_amount: '待確認',
      spent_amount: '已支出', matched_amount: '已配捐', value_amount: '預計價值', spent: '支出', meal_price: '每餐價格',
      monthly_fixed_cost: '每月固定成本', fixed_cost_label: '固定成本說明', co_funder_name: '聯合資助方', co_funded_per_meal: '每餐聯合資助',
      co_funded_monthly: '每月聯合資助', cap_per_gift: '每筆上限', total_cap: '基金總額', ratio_percent: '配捐比例（%）',
      donor_count: '捐贈人次', monthly_allowed: '允許月捐', monthly_donors: '月捐人數', tiers: '推薦金額', children_count: '兒童人數',
      school_days_per_week: '每週上課天數', meals: '餐數', menu: '菜單', date: '日期', starts_on: '開始日期', ends_on: '結束日期',
      starts_at: '開始時間', ends_at: '截止時間', filed_from: '備案起', filed_until: '備案止', next_due_on: '下次認捐日', plan_month: '月份',
      created_at: '建立時間', confirmed_at: '確認到帳時間', cancelled_at: '取消時間', refunded_at: '退款時間', fulfilled_at: '實現時間',
      revoked_at: '撤銷時間', expires_at: '到期時間', ended_at: '結束時間', last_failure_at: '最近扣款失敗', ended_by: '結束方',
      failed_payments: '扣款失敗次數', anonymous: '匿名', wisher_name: '心願人', payee: '收款方', credit_code: '統一社會信用代碼',
      qualification: '公開募捐資格', filing_number: '備案編號', platform: '募捐平台', payment_provider: '付款方式',
      payment_account: '收款帳戶', payment_instructions: '付款說明', channel: '渠道', provider: '支付機構', reference: '付款備註',
      cancel_reason: '取消原因', role: '角色', thanks_note: '感謝留言', paid_event_id: '到帳通知', refund_event_id: '退款通知',
      provider_order_id: '支付訂單號', provider_payment_id: '支付流水號', provider_invoice_id: '扣款帳單號',
      provider_subscription_id: '訂閱號', end_reason: '結束原因', subscription_cancelled_at: '訂閱取消時間', offline_payment: '認捐時告知的付款方式', refund_due: '待退款原因', campaignIds: '配捐的活動', matches: '配捐', claims: '認領',
    },
    byType: {
      donation: { name: '捐贈人' },
      plan: { name: '捐贈人' },
      token: { label: '持有人' },
      closure: { label: '停課原因' },
      figures: { label: '名稱' },
      report: { spent: '當天支出' },
    },
    yes: '是',
    no: '否',
    none: '—',
    channels: { offline: '線下轉帳', online: '線上支付', seed: '示範資料', wechatpay: '微信支付', stripe: 'Stripe' },
    endedBy: { donor: '捐贈人', staff: '工作人員', provider: '支付機構' },
    cancelReasons: { expired: '逾時未付款' },
    notKept: (n) => `（原文不記入操作記錄，${n} 字）`,
    rows: (n) => `${n} 項`,
    listSeparator: '、',
  },
  en: {
    fields: {
      id: 'ID', org_id: 'Organisation', project_id: 'Project', campaign_id: 'Campaign', school_id: 'Lunch school', recipient_id: 'Recipient',
      matcher_id: 'Matcher', plan_id: 'Monthly plan', claim_id: 'Claim', lunch_report_id: 'Lunch report', minted_by: 'Issued by token',
      name: 'Name', title: 'Title', summary: 'Summary', body: 'Text', story: 'Story', note: 'Note', message: 'Message', label: 'Label', purpose: 'Purpose',
      region: 'Region', brand: 'Brand line', website: 'Website', origin: 'Site address', logo_url: 'Logo', cover_url: 'Cover image', photo_url: 'Photo',
      thanks_photo_url: 'Thank-you photo', receipt_url: 'Receipt', filing_url: 'Filing link', platform_url: 'Platform link', payment_url: 'Payment link',
      payment_qr_url: 'Payment QR image', links: 'Source links', category: 'Category', location: 'Location', beneficiaries: 'Beneficiaries',
      community: 'Community', status: 'Status', state: 'Progress', published: 'Shown to the public', position: 'Order', key: 'Key', value: 'Value',
      unit: 'Unit', period: 'Period', approximate: 'Approximate', currency: 'Currency', amount: 'Amount', goal_amount: 'Goal',
      raised_amount: 'Raised', pending_amount: 'Pending', spent_amount: 'Spent', matched_amount: 'Matched', value_amount: 'Estimated value',
      spent: 'Spent', meal_price: 'Meal price', monthly_fixed_cost: 'Fixed monthly cost', fixed_cost_label: 'Fixed cost label',
      co_funder_name: 'Co-funder', co_funded_per_meal: 'Co-funded per meal', co_funded_monthly: 'Co-funded monthly', cap_per_gift: 'Cap per gift',
      total_cap: 'Fund', ratio_percent: 'Match ratio (%)', donor_count: 'Donors', monthly_allowed: 'Monthly giving offered',
      monthly_donors: 'Monthly donors', tiers: 'Suggested amounts', children_count: 'Children', school_days_per_week: 'School days a week',
      meals: 'Meals', menu: 'Menu', date: 'Date', starts_on: 'From', ends_on: 'To', starts_at: 'Starts', ends_at: 'Ends', filed_from: 'Filed from',
      filed_until: 'Filed until', next_due_on: 'Next due', plan_month: 'Month', created_at: 'Created', confirmed_at: 'Confirmed at',
      cancelled_at: 'Cancelled at', refunded_at: 'Refunded at', fulfilled_at: 'Fulfilled at', revoked_at: 'Revoked at', expires_at: 'Expires',
      ended_at: 'Ended at', last_failure_at: 'Last failed payment', ended_by: 'Ended by', failed_payments: 'Failed payments', anonymous: 'Anonymous',
      wisher_name: 'Wisher', payee: 'Payee', credit_code: 'Credit code', qualification: 'Fundraising qualification', filing_number: 'Filing no.',
      platform: 'Platform', payment_provider: 'Payment method', payment_account: 'Bank account', payment_instructions: 'Payment instructions',
      channel: 'Channel', provider: 'Payment provider', reference: 'Reference', cancel_reason: 'Cancel reason', role: 'Role',
      thanks_note: 'Thank-you note', paid_event_id: 'Payment notice', refund_event_id: 'Refund notice', provider_order_id: 'Provider order',
      provider_payment_id: 'Provider payment', provider_invoice_id: 'Provider invoice', provider_subscription_id: 'Provider subscription', end_reason: 'End reason', subscription_cancelled_at: 'Subscription cancelled at', offline_payment: 'Payment details told at pledge', refund_due: 'Refund due because',
      campaignIds: 'Matched campaigns', matches: 'Matches', claims: 'Claims',
    },
    byType: {
      donation: { name: 'Donor' },
      plan: { name: 'Donor' },
      token: { label: 'Holder' },
      closure: { label: 'Reason' },
      figures: { label: 'Name' },
      report: { spent: 'Spent that day' },
    },
    yes: 'Yes',
    no: 'No',
    none: '—',
    channels: { offline: 'Offline transfer', online: 'Online', seed: 'Demo data', wechatpay: 'WeChat Pay', stripe: 'Stripe' },
    endedBy: { donor: 'Donor', staff: 'Staff', provider: 'Payment provider' },
    cancelReasons: { expired: 'Not paid in time' },
    notKept: (n) => `(text not kept in the trail, ${n} characters)`,
    rows: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
    listSeparator: ', ',
  },
};
