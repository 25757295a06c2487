import type { Catalogs } from '../lib/i18n.js';
import type { ProjectMessages } from '../../../common/locales/project.js';

// The strings (and their type) are common/'s: the worker's embed and share pages print them too.
export type { ProjectMessages };

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<ProjectMessages> = {
  'zh-Hans': () => import('../../../common/locales/project.zh-Hans.js'),
  'zh-Hant': () => import('../../../common/locales/project.zh-Hant.js'),
  en: () => import('../../../common/locales/project.en.js'),
};
