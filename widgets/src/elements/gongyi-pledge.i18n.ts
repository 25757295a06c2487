import type { Catalogs } from '../lib/i18n.js';
import type { PledgeMessages } from './gongyi-pledge.messages.js';

export type { PledgeMessages };

export const pledgeCatalogs: Catalogs<PledgeMessages> = {
  'zh-Hans': () => import('../locales/pledge.zh-Hans.js'),
  'zh-Hant': () => import('../locales/pledge.zh-Hant.js'),
  en: () => import('../locales/pledge.en.js'),
};
