// Strings of <admin-sites>: the web origins allowed to embed interactive widgets.
import type { Messages } from '../i18n.js';

export interface SitesMessages {
  title: string;
  intro: string;
  empty: string;
  origin: string;
  originHint: string;
  add: string;
  added: (origin: string) => string;
  /** Registered from a page address: the origin, and what of the address was left out. */
  addedWithout: (origin: string, dropped: string) => string;
  notAnAddress: string;
  columns: { origin: string; createdAt: string; actions: string };
  remove: string;
  removeConfirm: string;
  removed: (origin: string) => string;
  loading: string;
  ask: { question: string; yes: string; no: string };
}

export const messages: Messages<SitesMessages> = {
  'zh-Hans': {
    title: '嵌入网站',
    intro: '登记允许嵌入捐款、认领等互动组件的网站。只读展示在任何网站都可以使用。',
    empty: '还没有登记网站。',
    origin: '网站地址',
    originHint: '例如 https://news.example.cn；粘贴网站上任一页面的地址也可以，只登记它的网站部分。',
    add: '登记',
    added: (o) => `已登记：${o}`,
    addedWithout: (o, d) => `已登记：${o}（网站上的所有页面都可以使用；地址后面的 ${d} 不需要，已去掉）`,
    notAnAddress: '这不是网址。请填写网站地址，例如 https://news.example.cn。',
    columns: { origin: '网站', createdAt: '登记时间', actions: '操作' },
    remove: '移除',
    removeConfirm: '确认移除',
    removed: (o) => `已移除：${o}`,
    loading: '正在加载…',
    ask: { question: '确定要移除这个网站吗？嵌在上面的互动组件将无法提交。', yes: '确定', no: '取消' },
  },
  'zh-Hant': {
    title: '嵌入網站',
    intro: '登記允許嵌入捐款、認領等互動元件的網站。唯讀展示在任何網站都可以使用。',
    empty: '還沒有登記網站。',
    origin: '網站地址',
    originHint: '例如 https://news.example.cn；貼上網站上任一頁面的地址也可以，只登記它的網站部分。',
    add: '登記',
    added: (o) => `已登記：${o}`,
    addedWithout: (o, d) => `已登記：${o}（網站上的所有頁面都可以使用；地址後面的 ${d} 不需要，已去掉）`,
    notAnAddress: '這不是網址。請填寫網站地址，例如 https://news.example.cn。',
    columns: { origin: '網站', createdAt: '登記時間', actions: '操作' },
    remove: '移除',
    removeConfirm: '確認移除',
    removed: (o) => `已移除：${o}`,
    loading: '正在載入…',
    ask: { question: '確定要移除這個網站嗎？嵌在上面的互動元件將無法提交。', yes: '確定', no: '取消' },
  },
  en: {
    title: 'Sites',
    intro: 'Websites allowed to embed the interactive widgets (pledges, claims). Read-only widgets work on any site.',
    empty: 'No sites registered.',
    origin: 'Site address',
    originHint:
      'e.g. https://news.example.cn; the address of any page on the site works too, only its site part is registered.',
    add: 'Register',
    added: (o) => `Registered: ${o}`,
    addedWithout: (o, d) =>
      `Registered: ${o} (every page of the site may use the widgets; ${d} is not needed and was left out)`,
    notAnAddress: 'This is not a web address. Enter the site’s address, e.g. https://news.example.cn.',
    columns: { origin: 'Site', createdAt: 'Registered', actions: 'Actions' },
    remove: 'Remove',
    removeConfirm: 'Remove',
    removed: (o) => `Removed: ${o}`,
    loading: 'Loading…',
    ask: { question: 'Remove this site? Widgets embedded there can no longer submit.', yes: 'Yes', no: 'No' },
  },
};
