// Dates and times in the console's language (the BCP 47 tag Intl needs for each console locale).
import type { ConsoleLocale } from '../i18n.js';

const INTL: Record<ConsoleLocale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };

export const intlLocale = (locale: ConsoleLocale): string => INTL[locale] ?? 'zh-CN';

/** An ISO instant as a local date and time ("2026/11/22 08:00:00"). */
export const dateTime = (iso: string, locale: ConsoleLocale): string => new Date(iso).toLocaleString(intlLocale(locale));

/** An ISO instant as a local date. */
export const dateOnly = (iso: string, locale: ConsoleLocale): string => new Date(iso).toLocaleDateString(intlLocale(locale));
