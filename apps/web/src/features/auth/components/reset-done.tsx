import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../lib/components/icon.tsx';
import { PATHS } from '../../../lib/paths.ts';

/** The end of "Quên mật khẩu?": the new password is in the mailbox; sign in, then change it. */
export function ResetDone() {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="success-panel" id="reset-done" aria-labelledby="reset-done-title">
      <Icon name="checkCircle" size={40} className="success-panel__icon" />
      <h2 id="reset-done-title" ref={headingRef} tabIndex={-1}>
        {t('forgotPassword.doneTitle')}
      </h2>
      <p>{t('forgotPassword.done')}</p>
      <div className="stack">
        <Link to={PATHS.login} className="button button--primary">
          {t('forgotPassword.toLogin')}
        </Link>
      </div>
    </section>
  );
}
