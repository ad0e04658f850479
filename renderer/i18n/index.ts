import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../electron/contract/messages';
import { en } from './en';
import { zh } from './zh';

const STORAGE_KEY = 'bangfu.locale';

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': zh, en },
  lng: storedLocale(),
  fallbackLng: 'zh-CN',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const currentLocale = (): Locale => (i18next.language === 'en' ? 'en' : 'zh-CN');

export function setLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  void i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export default i18next;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof zh;
  }
}
