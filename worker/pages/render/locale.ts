// The embed and share pages speak the widgets' languages with the widgets' own catalogs, so a
// frame reads the same before and after its element upgrades (widgets/src/locales, plain data).
import { toLocale, type Locale } from '../../../common/locale';
import columnEn from '../../../widgets/src/locales/column.en';
import columnHans from '../../../widgets/src/locales/column.zh-Hans';
import columnHant from '../../../widgets/src/locales/column.zh-Hant';
import lunchEn from '../../../widgets/src/locales/lunch.en';
import lunchHans from '../../../widgets/src/locales/lunch.zh-Hans';
import lunchHant from '../../../widgets/src/locales/lunch.zh-Hant';
import progressEn from '../../../widgets/src/locales/progress.en';
import progressHans from '../../../widgets/src/locales/progress.zh-Hans';
import progressHant from '../../../widgets/src/locales/progress.zh-Hant';
import projectEn from '../../../widgets/src/locales/project.en';
import projectHans from '../../../widgets/src/locales/project.zh-Hans';
import projectHant from '../../../widgets/src/locales/project.zh-Hant';
import statsEn from '../../../widgets/src/locales/stats.en';
import statsHans from '../../../widgets/src/locales/stats.zh-Hans';
import statsHant from '../../../widgets/src/locales/stats.zh-Hant';
import wishesEn from '../../../widgets/src/locales/wishes.en';
import wishesHans from '../../../widgets/src/locales/wishes.zh-Hans';
import wishesHant from '../../../widgets/src/locales/wishes.zh-Hant';
import { PAGE_MESSAGES, type PageMessages } from './page-messages';

export type { Locale };

const CATALOGS = {
  'zh-Hans': { column: columnHans, lunch: lunchHans, progress: progressHans, project: projectHans, stats: statsHans, wishes: wishesHans },
  'zh-Hant': { column: columnHant, lunch: lunchHant, progress: progressHant, project: projectHant, stats: statsHant, wishes: wishesHant },
  en: { column: columnEn, lunch: lunchEn, progress: progressEn, project: projectEn, stats: statsEn, wishes: wishesEn },
} as const;

/** Every string a page may need in one locale: the widgets' catalogs plus the page's own. */
export type Messages = (typeof CATALOGS)[Locale] & { page: PageMessages };

export const messagesFor = (locale: Locale): Messages => ({ ...CATALOGS[locale], page: PAGE_MESSAGES[locale] });

/** `?lang=` as the elements read their `lang` attribute: any BCP 47 tag, default zh-Hans. */
export const pageLocale = (lang: string | undefined): Locale => toLocale(lang);
