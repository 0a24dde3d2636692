import type { SessionInfo } from '@vssid/contracts';
import { useLocation, useNavigate } from 'react-router';
import { returnPath } from '../../lib/flash.ts';
import { PATHS } from '../../lib/paths.ts';

/** Where a fresh sign-in goes: the forced "Đổi mật khẩu" first, else back where the person was. */
export function useAfterSignIn() {
  const navigate = useNavigate();
  const location = useLocation();
  return (info: SessionInfo) => {
    const to = info.mustChangePassword
      ? PATHS.changePassword
      : (returnPath(location.state) ?? PATHS.personal);
    void navigate(to, { replace: true });
  };
}
