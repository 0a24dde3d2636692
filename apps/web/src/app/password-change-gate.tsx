import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PATHS } from '../lib/paths.ts';
import { useSession } from '../lib/session.ts';

/**
 * After signing in with an emailed password, nothing opens before "Đổi mật khẩu" (the server
 * refuses too, with 403 PASSWORD_CHANGE_REQUIRED). Signing out stays possible from that screen,
 * and so does "Đăng nhập" (where signing out leads, and where another account may sign in).
 */
const OPEN = new Set<string>([PATHS.changePassword, PATHS.login]);

export function PasswordChangeGate({ children }: { children: ReactNode }) {
  const { data } = useSession();
  const { pathname } = useLocation();
  if (data?.mustChangePassword && !OPEN.has(pathname)) {
    return <Navigate to={PATHS.changePassword} replace />;
  }
  return children;
}
