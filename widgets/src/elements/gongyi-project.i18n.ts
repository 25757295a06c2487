import type { Catalogs, WithCommon } from '../lib/i18n.js';

/** Strings of <gongyi-project>; each locale file in ../locales fills this section. */
export interface ProjectMessages extends WithCommon {
  org: string;
  location: string;
  category: string;
  beneficiaries: string;
  status: string;
  categories: Record<string, string>;
  statuses: Record<string, string>;
  timeline: string;
  states: Record<'done' | 'doing' | 'planned', string>;
  noUpdates: string;
  sources: string;
  showAll: (n: number) => string;
  showLess: string;
  /** The button after a long text shown in part: read the rest, and fold it again. */
  readMore: string;
  readLess: string;
}

/** One chunk per locale, loaded only when an element shows that locale. */
export const catalogs: Catalogs<ProjectMessages> = {
  'zh-Hans': () => import('../locales/project.zh-Hans.js'),
  'zh-Hant': () => import('../locales/project.zh-Hant.js'),
  en: () => import('../locales/project.en.js'),
};
