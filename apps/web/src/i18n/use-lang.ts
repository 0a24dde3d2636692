import { useTranslation } from 'react-i18next';
import { type Lang, switchLang } from './index.ts';

/** The active language and a setter; re-renders the caller when it changes. */
export function useLang(): [Lang, (lang: Lang) => void] {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  return [lang, (next) => void switchLang(next)];
}
