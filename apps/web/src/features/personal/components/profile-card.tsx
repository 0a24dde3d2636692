import { useTranslation } from 'react-i18next';
import { Icon } from '../../../lib/components/icon.tsx';
import { SignOutButton } from '../../../lib/components/sign-out-button.tsx';
import type { StoredProfile } from '../stored-profile.ts';

/** Signed in (or, offline, last signed in here): who and "Đăng xuất", where the sign-in banner was. */
export function ProfileCard({ account }: { account: StoredProfile }) {
  const { t } = useTranslation();
  return (
    <section className="profile-card" id="profile-card" aria-label={t('profile.label')}>
      <div className="profile-card__who">
        <span className="profile-card__icon">
          <Icon name="personCard" size={28} />
        </span>
        <div>
          <p className="profile-card__name">{account.displayName}</p>
          {account.bhxhCode && (
            <p className="profile-card__code">
              {t('profile.bhxhCode')}: <strong className="nowrap">{account.bhxhCode}</strong>
            </p>
          )}
        </div>
      </div>
      <SignOutButton id="profile-sign-out" label={t('profile.signOut')} />
    </section>
  );
}
