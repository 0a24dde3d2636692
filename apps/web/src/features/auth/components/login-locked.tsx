import { hasMessage, translate } from '@vssid/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { Icon } from '../../../lib/components/icon.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { PATHS } from '../../../lib/paths.ts';
import type { PasskeyAction } from '../api/passkey-login.ts';

interface LoginLockedProps {
  /** ISO time of the next allowed password attempt (423 ACCOUNT_LOCKED's lockedUntil). */
  until: string | undefined;
  /** ACCOUNT_LOCKED, or ACCOUNT_LOCKED_RESET_REQUIRED (no time: only a new password helps). */
  code: string;
  /** Offered when this browser has passkeys: the lock must not keep the owner out. */
  passkey: PasskeyAction | undefined;
}

/** 423: says until when, and the two ways in that still work meanwhile. */
export function LoginLocked({ until, code, passkey }: LoginLockedProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const text = until
    ? t('login.locked', { time: formatDateTime(until) })
    : hasMessage(code) && code !== 'ACCOUNT_LOCKED'
      ? translate(code, lang)
      : t('login.lockedSoon');
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new lock time moves focus again
  useEffect(() => ref.current?.focus(), [until]);
  return (
    <div
      className="error-summary"
      id="login-locked"
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="login-locked-title"
    >
      <h2 className="error-summary__title" id="login-locked-title">
        {t('login.lockedTitle')}
      </h2>
      <p className="error-summary__message">{text}</p>
      <p className="error-summary__message">{t('login.lockedWaysOut')}</p>
      <div className="stack">
        {passkey && (
          <Button
            variant="secondary"
            pending={passkey.isPending}
            pendingLabel={t('login.passkeyPending')}
            onClick={passkey.start}
          >
            <Icon name="fingerprint" className="button__icon" />
            {t('login.passkey')}
          </Button>
        )}
        <Link to={PATHS.forgotPassword} className="button button--secondary">
          {t('login.forgotPassword')}
        </Link>
      </div>
    </div>
  );
}
