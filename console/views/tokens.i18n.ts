// Strings of <admin-tokens>: organisation tokens, one per person, with a role and an optional expiry (the secret is shown once).
import type { Messages } from '../i18n.js';

export interface TokensMessages {
  title: string;
  intro: string;
  empty: string;
  label: string;
  labelHint: string;
  role: string;
  roleHint: string;
  roles: Record<string, string>;
  roleDescriptions: Record<string, string>;
  expiresAt: string;
  expiresAtHint: string;
  issue: string;
  issued: string;
  secretLabel: string;
  onceWarning: string;
  done: string;
  copy: string;
  copied: string;
  columns: { label: string; role: string; mintedBy: string; createdAt: string; status: string; actions: string };
  active: string;
  activeUntil: (when: string) => string;
  expiredAt: (when: string) => string;
  superAdmin: string;
  revokedAt: (when: string) => string;
  unlabelled: string;
  revoke: string;
  revokeConfirm: string;
  revoked: (label: string) => string;
  loading: string;
  ask: { question: string; yes: string; no: string };
}

export const messages: Messages<TokensMessages> = {
  'zh-Hans': {
    title: '访问令牌',
    intro:
      '为本单位的每位工作人员各签发一个令牌并选定角色。凭令牌登录后台，只能查看和修改本单位的数据，且只能做角色允许的事；每次修改都记在操作记录里。',
    empty: '还没有令牌。',
    label: '用途 / 持有人',
    labelHint: '例如“慈善科 张老师”：操作记录里会写明是谁做的。',
    role: '角色',
    roleHint: '只给完成工作所需的最小权限。',
    roles: { owner: '负责人', editor: '编辑', finance: '财务', viewer: '只读' },
    roleDescriptions: {
      viewer: '查看和导出',
      editor: '项目、进展、活动文字、心愿、统计数字、午餐日报',
      finance: '确认、取消、退款，登记支出，对账',
      owner: '本单位全部，含令牌、网站、募捐主体和收款设置',
    },
    expiresAt: '有效期至（可选）',
    expiresAtHint: '临时帮忙的同事或外包人员可设到期时间；留空表示长期有效，直到撤销；不会晚于你自己令牌的到期时间。',
    issue: '签发令牌',
    issued: '令牌已签发',
    secretLabel: '令牌',
    onceWarning: '请现在复制并妥善保存：关闭后将无法再次查看此令牌。遗失只能撤销后重新签发。',
    done: '我已保存，关闭',
    copy: '复制令牌',
    copied: '已复制到剪贴板',
    columns: {
      label: '持有人',
      role: '角色',
      mintedBy: '签发人',
      createdAt: '签发时间',
      status: '状态',
      actions: '操作',
    },
    active: '有效',
    activeUntil: (w) => `有效，至 ${w}`,
    expiredAt: (w) => `已于 ${w} 过期`,
    superAdmin: '超级管理员',
    revokedAt: (w) => `已于 ${w} 撤销`,
    unlabelled: '（未注明）',
    revoke: '撤销',
    revokeConfirm: '确认撤销',
    revoked: (l) => `已撤销：${l}`,
    loading: '正在加载…',
    ask: { question: '确定撤销？持有人将立即无法登录。', yes: '确定', no: '取消' },
  },
  'zh-Hant': {
    title: '存取令牌',
    intro:
      '為本單位的每位工作人員各簽發一個令牌並選定角色。憑令牌登入後台，只能查看和修改本單位的資料，且只能做角色允許的事；每次修改都記在操作記錄裡。',
    empty: '還沒有令牌。',
    label: '用途 / 持有人',
    labelHint: '例如「慈善科 張老師」：操作記錄裡會寫明是誰做的。',
    role: '角色',
    roleHint: '只給完成工作所需的最小權限。',
    roles: { owner: '負責人', editor: '編輯', finance: '財務', viewer: '唯讀' },
    roleDescriptions: {
      viewer: '查看和匯出',
      editor: '項目、進展、活動文字、心願、統計數字、午餐日報',
      finance: '確認、取消、退款，登記支出，對帳',
      owner: '本單位全部，含令牌、網站、募捐主體和收款設定',
    },
    expiresAt: '有效期至（可選）',
    expiresAtHint: '臨時幫忙的同事或外包人員可設到期時間；留空表示長期有效，直到撤銷；不會晚於你自己令牌的到期時間。',
    issue: '簽發令牌',
    issued: '令牌已簽發',
    secretLabel: '令牌',
    onceWarning: '請現在複製並妥善儲存：關閉後將無法再次查看此令牌。遺失只能撤銷後重新簽發。',
    done: '我已儲存，關閉',
    copy: '複製令牌',
    copied: '已複製到剪貼簿',
    columns: {
      label: '持有人',
      role: '角色',
      mintedBy: '簽發人',
      createdAt: '簽發時間',
      status: '狀態',
      actions: '操作',
    },
    active: '有效',
    activeUntil: (w) => `有效，至 ${w}`,
    expiredAt: (w) => `已於 ${w} 過期`,
    superAdmin: '超級管理員',
    revokedAt: (w) => `已於 ${w} 撤銷`,
    unlabelled: '（未註明）',
    revoke: '撤銷',
    revokeConfirm: '確認撤銷',
    revoked: (l) => `已撤銷：${l}`,
    loading: '正在載入…',
    ask: { question: '確定撤銷？持有人將立即無法登入。', yes: '確定', no: '取消' },
  },
  en: {
    title: 'Tokens',
    intro:
      'Issue each staff member their own token with a role. Signed in with one, they see and change only your organisation’s data, only as far as the role allows; every change is in the audit trail.',
    empty: 'No tokens yet.',
    label: 'Purpose / holder',
    labelHint: 'e.g. “Charity office, Ms Zhang”: the audit trail names who did what by it.',
    role: 'Role',
    roleHint: 'Give the least the work needs.',
    roles: { owner: 'Owner', editor: 'Editor', finance: 'Finance', viewer: 'Viewer' },
    roleDescriptions: {
      viewer: 'reads and exports',
      editor: 'projects, updates, campaign texts, wishes, figures, lunch reports',
      finance: 'confirms, cancels and refunds gifts, records spending, reconciles',
      owner: 'all of the organisation, with tokens, sites, recipients and payment settings',
    },
    expiresAt: 'Expires (optional)',
    expiresAtHint:
      'For a temporary helper or a contractor; leave empty for a token that works until revoked. Never later than your own token’s expiry.',
    issue: 'Issue token',
    issued: 'Token issued',
    secretLabel: 'Token',
    onceWarning:
      'Copy it now and keep it safe: you will not see it again. If it is lost, revoke it and issue a new one.',
    done: 'I have saved it, close',
    copy: 'Copy token',
    copied: 'Copied to the clipboard',
    columns: {
      label: 'Holder',
      role: 'Role',
      mintedBy: 'Issued by',
      createdAt: 'Issued',
      status: 'Status',
      actions: 'Actions',
    },
    active: 'Active',
    activeUntil: (w) => `Active until ${w}`,
    expiredAt: (w) => `Expired ${w}`,
    superAdmin: 'Super-admin',
    revokedAt: (w) => `Revoked ${w}`,
    unlabelled: '(no label)',
    revoke: 'Revoke',
    revokeConfirm: 'Revoke',
    revoked: (l) => `Revoked: ${l}`,
    loading: 'Loading…',
    ask: { question: 'Revoke it? Its holder is signed out at once.', yes: 'Yes', no: 'No' },
  },
};
