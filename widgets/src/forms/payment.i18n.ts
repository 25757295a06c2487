import type { Catalogs } from '../lib/i18n.js';
import type { PaymentMessages } from './payment.messages.js';

export type { PaymentMessages };

export const paymentCatalogs: Catalogs<PaymentMessages> = {
  'zh-Hans': () => import('../locales/payment.zh-Hans.js'),
  'zh-Hant': () => import('../locales/payment.zh-Hant.js'),
  en: () => import('../locales/payment.en.js'),
};
