import { Outlet } from 'react-router';
import { CARD_STORE } from '../features/records/card-store-key.ts';
import { loadPersonal } from '../lib/personal-store.ts';
import { useSession } from '../lib/session.ts';
import { RequireSession } from './require-session.tsx';

/**
 * "Thẻ BHYT" opens without a connection: while the session cannot be checked (offline, server
 * down) the card kept on this device is shown; a known sign-out still goes to "Đăng nhập".
 */
export function OfflineCardGate() {
  const session = useSession();
  const unknown = !session.data && session.data !== null;
  if (unknown && loadPersonal(CARD_STORE) !== undefined) return <Outlet />;
  return <RequireSession />;
}
