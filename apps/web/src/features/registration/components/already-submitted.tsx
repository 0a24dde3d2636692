import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../../i18n/use-lang.ts';
import { Notice } from '../../../lib/components/notice.tsx';
import { messageFor } from '../../../lib/form-errors.ts';
import { PATHS } from '../../../lib/paths.ts';

/** The stored draft was submitted elsewhere: say so, and forget it on this device. */
export function AlreadySubmitted({ number, onLeave }: { number: string; onLeave: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLang();
  useEffect(onLeave, [onLeave]);
  return (
    <div className="stack">
      <Notice id="reg-already-submitted">
        <p className="notice__title">{t('registration.status.forNumber', { number })}</p>
        <p>{messageFor({ code: 'REGISTRATION_ALREADY_SUBMITTED', message: '' }, lang)}</p>
      </Notice>
      <Link to={PATHS.personal} className="button button--primary">
        {t('registration.done.home')}
      </Link>
    </div>
  );
}
