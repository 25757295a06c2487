// The few strings only the server-rendered pages need (the rest come from the widgets' catalogs).
import type { Locale } from '../../../common/locale';

export type PageMessages = {
  /** Shown where a live element would offer a form: with JavaScript off the form cannot work. */
  needsScript: string;
  give: string;
  sponsor: string;
  claim: string;
  openProject: string;
  notFoundTitle: string;
  notFound: string;
  share: string;
  wishesCount: string;
  /** The share page (/p/…): what the page is, for a reader arriving from a chat. */
  shareAbout: (org: string) => string;
  shareGive: string;
  shareProgress: string;
  shareFooter: (org: string, service: string) => string;
};

export const PAGE_MESSAGES: Record<Locale, PageMessages> = {
  'zh-Hans': {
    needsScript: '在线捐赠、资助和认领需要启用 JavaScript。',
    give: '打开页面捐赠',
    sponsor: '打开页面资助午餐',
    claim: '打开页面认领心愿',
    openProject: '查看项目',
    notFoundTitle: '没有找到',
    notFound: '没有找到该内容：它可能已下线或被删除，或者链接有误。',
    share: '公益项目',
    wishesCount: '心愿数量',
    shareAbout: (org) => `这是${org}发布的公益项目。项目进展、募捐进度和善款去向都在本页公开，数字实时更新。`,
    shareGive: '参与捐赠',
    shareProgress: '项目进展',
    shareFooter: (org, service) => `本页由${org}发布 · 技术支持：${service}`,
  },
  'zh-Hant': {
    needsScript: '線上捐贈、資助和認領需要啟用 JavaScript。',
    give: '開啟頁面捐贈',
    sponsor: '開啟頁面資助午餐',
    claim: '開啟頁面認領心願',
    openProject: '查看項目',
    notFoundTitle: '找不到',
    notFound: '找不到該內容：它可能已下線或被刪除，或者連結有誤。',
    share: '公益項目',
    wishesCount: '心願數量',
    shareAbout: (org) => `這是${org}發布的公益項目。項目進展、募捐進度和善款去向都在本頁公開，數字即時更新。`,
    shareGive: '參與捐贈',
    shareProgress: '項目進展',
    shareFooter: (org, service) => `本頁由${org}發布 · 技術支援：${service}`,
  },
  en: {
    needsScript: 'Giving, sponsoring and claiming online need JavaScript.',
    give: 'Open the page to give',
    sponsor: 'Open the page to sponsor lunches',
    claim: 'Open the page to claim a wish',
    openProject: 'View project',
    notFoundTitle: 'Not found',
    notFound: 'We could not find this. It may have been taken offline or removed, or the link is wrong.',
    share: 'Charity project',
    wishesCount: 'Wishes',
    shareAbout: (org) =>
      `A charity project published by ${org}. Its progress, the money raised and where it went are public on this page, updated live.`,
    shareGive: 'Give',
    shareProgress: 'Progress',
    shareFooter: (org, service) => `Published by ${org} · Made with ${service}`,
  },
};
