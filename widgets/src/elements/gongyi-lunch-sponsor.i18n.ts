import type { Catalogs } from '../lib/i18n.js';
import type { LunchFormMessages } from './gongyi-lunch-sponsor.messages.js';

export type { LunchFormMessages };

export const formCatalogs: Catalogs<LunchFormMessages> = {
  'zh-Hans': () => import('../locales/lunch-sponsor.zh-Hans.js'),
  'zh-Hant': () => import('../locales/lunch-sponsor.zh-Hant.js'),
  en: () => import('../locales/lunch-sponsor.en.js'),
};
