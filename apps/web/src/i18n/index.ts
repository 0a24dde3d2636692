import type { Lang } from '@vssid/contracts';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
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

// initAsync false: Vietnamese is bundled, so the first render already has its strings. English
// is its own chunk, fetched only by those who chose it (see `i18nReady` and `switchLang`).
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

/** Adds the English catalogue (once) before anything switches to it. */
async function load(lang: Lang): Promise<void> {
  if (lang === 'vi' || i18n.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('./en.ts');
  i18n.addResourceBundle('en', 'translation', en, true, true);
}

/** Switches the app's language, loading its catalogue first; remembered on this device. */
export async function switchLang(lang: Lang): Promise<void> {
  await load(lang);
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', reflect);
/**
 * Resolves once the stored language's catalogue is in: at once for Vietnamese, after the
 * English chunk for those who chose English (main.tsx renders after it, so nobody sees the
 * other language flash). If the chunk cannot load, the app opens in Vietnamese.
 */
export const i18nReady: Promise<void> =
  storedLang() === 'en' ? switchLang('en').catch(() => undefined) : Promise.resolve();
document.documentElement.lang = i18n.language;

/** The active language, for code outside React (e.g. the Accept-Language header). */
export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export { i18n };
