/**
 * The console's views, in navigation order. The shell builds its navigation from this list and
 * loads a view's module (which defines its element) only when it is first opened.
 */
import type { Messages } from '../i18n.js';

export interface ViewEntry {
  /** Route key: /admin#/<key>. */
  key: string;
  label: Messages<string>;
  /** The element the module defines. */
  tag: string;
  load: () => Promise<unknown>;
}

export const views: ViewEntry[] = [
  { key: 'projects', label: { 'zh-Hans': '项目', en: 'Projects' }, tag: 'admin-projects', load: () => import('./projects.js') },
  { key: 'campaigns', label: { 'zh-Hans': '募捐活动', en: 'Campaigns' }, tag: 'admin-campaigns', load: () => import('./campaigns.js') },
  { key: 'pledges', label: { 'zh-Hans': '认捐确认', en: 'Pledge queue' }, tag: 'admin-pledges', load: () => import('./pledges.js') },
  { key: 'lunch', label: { 'zh-Hans': '午餐学校', en: 'School lunch' }, tag: 'admin-lunch', load: () => import('./lunch.js') },
  { key: 'wishes', label: { 'zh-Hans': '微心愿', en: 'Wishes' }, tag: 'admin-wishes', load: () => import('./wishes.js') },
  { key: 'figures', label: { 'zh-Hans': '统计数字', en: 'Figures' }, tag: 'admin-figures', load: () => import('./figures.js') },
  { key: 'sites', label: { 'zh-Hans': '嵌入网站', en: 'Sites' }, tag: 'admin-sites', load: () => import('./sites.js') },
  { key: 'tokens', label: { 'zh-Hans': '访问令牌', en: 'Tokens' }, tag: 'admin-tokens', load: () => import('./tokens.js') },
  { key: 'embed', label: { 'zh-Hans': '嵌入代码', en: 'Embed code' }, tag: 'admin-embed', load: () => import('./embed.js') },
];

export const DEFAULT_VIEW = 'projects';
