import { useTranslation } from 'react-i18next';
import { useSignOut } from '../use-sign-out.ts';
import { Button } from './button.tsx';
import { Icon } from './icon.tsx';

interface SignOutButtonProps {
  /** "Đăng xuất khỏi tất cả thiết bị" instead of this device only. */
  everywhere?: boolean;
  label: string;
  id?: string;
}

/** "Đăng xuất": ends the session on the server, forgets it here, opens the sign-in screen. */
export function SignOutButton({ everywhere = false, label, id }: SignOutButtonProps) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <>
      <Button
        variant="secondary"
        id={id}
        pending={signOut.isPending}
        pendingLabel={t('profile.signingOut')}
        onClick={() => signOut.mutate(everywhere)}
      >
        <Icon name="logout" className="button__icon" />
        {label}
      </Button>
      <div role="alert">
        {signOut.error && <p className="inline-error">{signOut.error.message}</p>}
      </div>
    </>
  );
}
