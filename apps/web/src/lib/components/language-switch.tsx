import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../i18n/index.ts';
import { useLang } from '../../i18n/use-lang.ts';

/**
 * "Tiếng Việt" / "English". `compact` (the blue header) shows one button naming the other
 * language; the full form shows both, the current one pressed.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const [lang, setLang] = useLang();
  if (compact) {
    const other: Lang = lang === 'vi' ? 'en' : 'vi';
    return (
      <button type="button" className="lang-toggle" lang={other} onClick={() => setLang(other)}>
        {t(`language.${other}`)}
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not form controls
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === lang}
          onClick={() => setLang(code)}
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}
