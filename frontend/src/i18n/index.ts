import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAuth from './locales/en/auth.json';
import enCanned from './locales/en/canned.json';
import enChannels from './locales/en/channels.json';
import enCommon from './locales/en/common.json';
import enInbox from './locales/en/inbox.json';
import enShell from './locales/en/shell.json';
import enTeam from './locales/en/team.json';
import idAuth from './locales/id/auth.json';
import idCanned from './locales/id/canned.json';
import idChannels from './locales/id/channels.json';
import idCommon from './locales/id/common.json';
import idInbox from './locales/id/inbox.json';
import idShell from './locales/id/shell.json';
import idTeam from './locales/id/team.json';

export const LANGUAGE_STORAGE_KEY = 'inbox.lang';
export const SUPPORTED_LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
/** Indonesian first: it is the product's home market. */
export const DEFAULT_LANGUAGE: Language = 'id';

export const resources = {
  id: { common: idCommon, auth: idAuth, shell: idShell, inbox: idInbox, team: idTeam, channels: idChannels, canned: idCanned },
  en: { common: enCommon, auth: enAuth, shell: enShell, inbox: enInbox, team: enTeam, channels: enChannels, canned: enCanned },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** The language saved by the switch, else Indonesian. */
export function storedLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or full storage: the choice lasts for this page only.
  }
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: SUPPORTED_LANGUAGES,
  ns: ['common', 'auth', 'shell', 'inbox', 'team', 'channels', 'canned'],
  defaultNS: 'common',
  // Resources are bundled, so initialise synchronously: the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes.
  returnNull: false,
});

export { i18n };
