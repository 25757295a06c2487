// The embed and share pages speak the widgets' languages with the cards' own catalogs, so a
// frame reads the same before and after its element upgrades (common/locales, plain data).
import { toLocale, type Locale } from '../../../common/locale';
import columnEn from '../../../common/locales/column.en';
import columnHans from '../../../common/locales/column.zh-Hans';
import columnHant from '../../../common/locales/column.zh-Hant';
import lunchEn from '../../../common/locales/lunch.en';
import lunchHans from '../../../common/locales/lunch.zh-Hans';
import lunchHant from '../../../common/locales/lunch.zh-Hant';
import progressEn from '../../../common/locales/progress.en';
import progressHans from '../../../common/locales/progress.zh-Hans';
import progressHant from '../../../common/locales/progress.zh-Hant';
import projectEn from '../../../common/locales/project.en';
import projectHans from '../../../common/locales/project.zh-Hans';
import projectHant from '../../../common/locales/project.zh-Hant';
import statsEn from '../../../common/locales/stats.en';
import statsHans from '../../../common/locales/stats.zh-Hans';
import statsHant from '../../../common/locales/stats.zh-Hant';
import wishesEn from '../../../common/locales/wishes.en';
import wishesHans from '../../../common/locales/wishes.zh-Hans';
import wishesHant from '../../../common/locales/wishes.zh-Hant';
import { PAGE_MESSAGES, type PageMessages } from './page-messages';

export type { Locale };

const CATALOGS = {
  'zh-Hans': {
    column: columnHans,
    lunch: lunchHans,
    progress: progressHans,
    project: projectHans,
    stats: statsHans,
    wishes: wishesHans,
  },
  'zh-Hant': {
    column: columnHant,
    lunch: lunchHant,
    progress: progressHant,
    project: projectHant,
    stats: statsHant,
    wishes: wishesHant,
  },
  en: { column: columnEn, lunch: lunchEn, progress: progressEn, project: projectEn, stats: statsEn, wishes: wishesEn },
} as const;

/** Every string a page may need in one locale: the widgets' catalogs plus the page's own. */
export type Messages = (typeof CATALOGS)[Locale] & { page: PageMessages };

export const messagesFor = (locale: Locale): Messages => ({ ...CATALOGS[locale], page: PAGE_MESSAGES[locale] });

/** `?lang=` as the elements read their `lang` attribute: any BCP 47 tag, default zh-Hans. */
export const pageLocale = (lang: string | undefined): Locale => toLocale(lang);
