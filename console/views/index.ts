/**
 * The console's views, in navigation order. The shell builds its navigation from this list and
 * loads a view's module (which defines its element) only when it is first opened. A view whose
 * list the token may not read (`needs`) is left out of the navigation.
 */
import type { Messages } from '../i18n.js';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';

export interface ViewEntry {
  /** Route key: /admin#/<key>. */
  key: string;
  label: Messages<string>;
  /** The element the module defines. */
  tag: string;
  load: () => Promise<unknown>;
  /** The admin route the view cannot work without (a key of ../rules.ts); none: every token. */
  needs?: string;
}

export const views: ViewEntry[] = [
  {
    key: 'projects',
    label: { 'zh-Hans': '项目', 'zh-Hant': '項目', en: 'Projects' },
    tag: 'admin-projects',
    load: () => import('./projects.js'),
  },
  {
    key: 'campaigns',
    label: { 'zh-Hans': '募捐活动', 'zh-Hant': '募捐活動', en: 'Campaigns' },
    tag: 'admin-campaigns',
    load: () => import('./campaigns.js'),
  },
  {
    key: 'spending',
    label: { 'zh-Hans': '资金使用', 'zh-Hant': '資金使用', en: 'Spending' },
    tag: 'admin-spending',
    load: () => import('./spending.js'),
    needs: ADMIN_ROUTES.listSpending,
  },
  {
    key: 'recipients',
    label: { 'zh-Hans': '募捐主体', 'zh-Hant': '募捐主體', en: 'Recipients' },
    tag: 'admin-recipients',
    load: () => import('./recipients.js'),
    needs: ADMIN_ROUTES.listRecipients,
  },
  {
    key: 'pledges',
    label: { 'zh-Hans': '认捐确认', 'zh-Hant': '認捐確認', en: 'Pledge queue' },
    tag: 'admin-pledges',
    load: () => import('./pledges.js'),
  },
  {
    key: 'matching',
    label: { 'zh-Hans': '配捐', 'zh-Hant': '配捐', en: 'Matching funds' },
    tag: 'admin-matching',
    load: () => import('./matching.js'),
    needs: ADMIN_ROUTES.listFunds,
  },
  {
    key: 'monthly',
    label: { 'zh-Hans': '月捐', 'zh-Hant': '月捐', en: 'Monthly giving' },
    tag: 'admin-monthly',
    load: () => import('./monthly.js'),
    needs: ADMIN_ROUTES.listPlans,
  },
  {
    key: 'lunch',
    label: { 'zh-Hans': '午餐学校', 'zh-Hant': '午餐學校', en: 'School lunch' },
    tag: 'admin-lunch',
    load: () => import('./lunch.js'),
  },
  {
    key: 'wishes',
    label: { 'zh-Hans': '微心愿', 'zh-Hant': '微心願', en: 'Wishes' },
    tag: 'admin-wishes',
    load: () => import('./wishes.js'),
  },
  {
    key: 'figures',
    label: { 'zh-Hans': '统计数字', 'zh-Hant': '統計數字', en: 'Figures' },
    tag: 'admin-figures',
    load: () => import('./figures.js'),
  },
  {
    key: 'audit',
    label: { 'zh-Hans': '操作记录', 'zh-Hant': '操作記錄', en: 'Audit trail' },
    tag: 'admin-audit',
    load: () => import('./audit.js'),
    needs: ADMIN_ROUTES.readAudit,
  },
  {
    key: 'sites',
    label: { 'zh-Hans': '嵌入网站', 'zh-Hant': '嵌入網站', en: 'Sites' },
    tag: 'admin-sites',
    load: () => import('./sites.js'),
    needs: ADMIN_ROUTES.listSites,
  },
  {
    key: 'tokens',
    label: { 'zh-Hans': '访问令牌', 'zh-Hant': '訪問令牌', en: 'Tokens' },
    tag: 'admin-tokens',
    load: () => import('./tokens.js'),
    needs: ADMIN_ROUTES.listTokens,
  },
  {
    key: 'embed',
    label: { 'zh-Hans': '嵌入代码', 'zh-Hant': '嵌入程式碼', en: 'Embed code' },
    tag: 'admin-embed',
    load: () => import('./embed.js'),
  },
];

export const DEFAULT_VIEW = 'projects';
