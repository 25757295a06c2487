// Strings of the console shell <gongyi-admin>: sign-in, organisation switcher, navigation, language.
import type { Messages } from './i18n.js';

export interface ShellMessages {
  appName: string;
  signInTitle: string;
  signInIntro: string;
  token: string;
  tokenHint: string;
  signIn: string;
  signingIn: string;
  tokenRejected: string;
  tokenRequired: string;
  sessionExpired: string;
  signOut: string;
  org: string;
  superAdmin: string;
  nav: string;
  language: string;
  loadingView: string;
  viewFailed: string;
  noOrgs: string;
  /** "Signed in as <label> (<role>)". */
  signedInAs: (label: string, role: string) => string;
  unlabelled: string;
  roles: Record<string, string>;
}

export const messages: Messages<ShellMessages> = {
  'zh-Hans': {
    appName: '公益组件 · 工作台',
    signInTitle: '登录工作台',
    signInIntro: '请输入管理员发给您的访问令牌。令牌只保存在本窗口，关闭窗口后需要重新输入。',
    token: '访问令牌',
    tokenHint: '不要把令牌发给他人或贴在网址里。',
    signIn: '登录',
    signingIn: '正在登录…',
    tokenRejected: '令牌无效或已被撤销，请核对后重试。',
    tokenRequired: '请输入访问令牌。',
    sessionExpired: '登录已失效，请重新输入令牌。',
    signOut: '退出',
    org: '机构',
    superAdmin: '超级管理员',
    nav: '功能',
    language: '语言',
    loadingView: '正在加载…',
    viewFailed: '页面加载失败，请刷新重试。',
    noOrgs: '还没有机构。',
    signedInAs: (l, r) => `已登录：${l}（${r}）`,
    unlabelled: '未注明持有人',
    roles: { owner: '负责人', editor: '编辑', finance: '财务', viewer: '只读' },
  },
  'zh-Hant': {
    appName: '公益元件 · 工作台',
    signInTitle: '登入工作台',
    signInIntro: '請輸入管理員發給您的存取令牌。令牌只儲存在本視窗，關閉視窗後需要重新輸入。',
    token: '存取令牌',
    tokenHint: '不要把令牌發給他人或貼在網址裡。',
    signIn: '登入',
    signingIn: '正在登入…',
    tokenRejected: '令牌無效或已被撤銷，請核對後重試。',
    tokenRequired: '請輸入存取令牌。',
    sessionExpired: '登入已失效，請重新輸入令牌。',
    signOut: '登出',
    org: '機構',
    superAdmin: '超級管理員',
    nav: '功能',
    language: '語言',
    loadingView: '正在載入…',
    viewFailed: '頁面載入失敗，請重新整理重試。',
    noOrgs: '還沒有機構。',
    signedInAs: (l, r) => `已登入：${l}（${r}）`,
    unlabelled: '未註明持有人',
    roles: { owner: '負責人', editor: '編輯', finance: '財務', viewer: '唯讀' },
  },
  en: {
    appName: 'Gongyi · Staff console',
    signInTitle: 'Sign in',
    signInIntro:
      'Enter the access token your administrator gave you. It is kept in this window only; close the window and you will need it again.',
    token: 'Access token',
    tokenHint: 'Never share the token or put it in a web address.',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    tokenRejected: 'This token is unknown or revoked. Check it and try again.',
    tokenRequired: 'Enter your access token.',
    sessionExpired: 'Your session has ended. Enter the token again.',
    signOut: 'Sign out',
    org: 'Organisation',
    superAdmin: 'Super-admin',
    nav: 'Sections',
    language: 'Language',
    loadingView: 'Loading…',
    viewFailed: 'This page could not be loaded. Reload and try again.',
    noOrgs: 'No organisations yet.',
    signedInAs: (l, r) => `Signed in: ${l} (${r})`,
    unlabelled: 'Unnamed holder',
    roles: { owner: 'Owner', editor: 'Editor', finance: 'Finance', viewer: 'Viewer' },
  },
};
