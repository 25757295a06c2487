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
  },
  en: {
    appName: 'Gongyi · Staff console',
    signInTitle: 'Sign in',
    signInIntro: 'Enter the access token your administrator gave you. It is kept in this window only; close the window and you will need it again.',
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
  },
};
