import type { Lang } from '@vssid/contracts';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { vi } from './vi.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['vi', 'en'];

const STORAGE_KEY = 'vssid.lang';

// Vietnamese is the default for everyone; English only when the person chose it on this device.
function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage can be blocked (private mode, strict settings)
  }
}

function reflect(lang: string): void {
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered across visits, but the current page still switches
  }
}

// initAsync false: resources are bundled, so the first render already has its strings.
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', reflect);

/** The active language, for code outside React (e.g. the Accept-Language header). */
export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export { i18n };
