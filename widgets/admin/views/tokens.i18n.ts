// Strings of <admin-tokens>: organisation tokens (the secret is shown once).
import type { Messages } from '../i18n.js';

export interface TokensMessages {
  title: string;
  intro: string;
  empty: string;
  label: string;
  labelHint: string;
  issue: string;
  issued: string;
  secretLabel: string;
  onceWarning: string;
  done: string;
  copy: string;
  copied: string;
  columns: { label: string; createdAt: string; status: string; actions: string };
  active: string;
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
    intro: '为本单位的工作人员签发令牌，凭令牌登录后台，只能查看和修改本单位的数据。',
    empty: '还没有令牌。',
    label: '用途 / 持有人',
    labelHint: '例如“慈善科 张老师”，方便以后辨认和撤销。',
    issue: '签发令牌',
    issued: '令牌已签发',
    secretLabel: '令牌',
    onceWarning: '请现在复制并妥善保存：关闭后将无法再次查看此令牌。遗失只能撤销后重新签发。',
    done: '我已保存，关闭',
    copy: '复制令牌',
    copied: '已复制到剪贴板',
    columns: { label: '用途', createdAt: '签发时间', status: '状态', actions: '操作' },
    active: '有效',
    revokedAt: (w) => `已于 ${w} 撤销`,
    unlabelled: '（未注明）',
    revoke: '撤销',
    revokeConfirm: '确认撤销',
    revoked: (l) => `已撤销：${l}`,
    loading: '正在加载…',
    ask: { question: '确定撤销？持有人将立即无法登录。', yes: '确定', no: '取消' },
  },
  en: {
    title: 'Tokens',
    intro: 'Issue tokens to your staff. Signed in with one, they see and change only your organisation’s data.',
    empty: 'No tokens yet.',
    label: 'Purpose / holder',
    labelHint: 'e.g. “Charity office, Ms Zhang”, to recognise and revoke it later.',
    issue: 'Issue token',
    issued: 'Token issued',
    secretLabel: 'Token',
    onceWarning: 'Copy it now and keep it safe: you will not see it again. If it is lost, revoke it and issue a new one.',
    done: 'I have saved it, close',
    copy: 'Copy token',
    copied: 'Copied to the clipboard',
    columns: { label: 'Purpose', createdAt: 'Issued', status: 'Status', actions: 'Actions' },
    active: 'Active',
    revokedAt: (w) => `Revoked ${w}`,
    unlabelled: '(no label)',
    revoke: 'Revoke',
    revokeConfirm: 'Revoke',
    revoked: (l) => `Revoked: ${l}`,
    loading: 'Loading…',
    ask: { question: 'Revoke it? Its holder is signed out at once.', yes: 'Yes', no: 'No' },
  },
};
