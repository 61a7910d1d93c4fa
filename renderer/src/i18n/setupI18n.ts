import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import zh from './zh';
import editorEn from '../editor/i18n/en';
import editorZh from '../editor/i18n/zh';

export type UiLanguage = 'zh' | 'en';

/** The article editor keeps its strings beside its code (renderer/src/editor/i18n); namespace `editor`. */
function resources(): Resource {
  return {
    zh: { app: zh, editor: editorZh },
    en: { app: en, editor: editorEn },
  } as Resource;
}

/** Starts i18next with both tables; the language is chosen once app info and settings arrive. */
export function setupI18n(language: UiLanguage = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: resources(),
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'app',
    ns: ['app', 'editor'],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
