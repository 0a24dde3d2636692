import type { SessionInfo } from '@vssid/contracts';
import { Outlet } from 'react-router';
import { BoHeader } from './bo-header.tsx';
import { BoNav } from './bo-nav.tsx';

/** The signed-in back office: header, navigation, and the section's page in the Outlet. */
export function BoShell({ session }: { session: SessionInfo }) {
  return (
    <div className="bo">
      <BoHeader account={session.account} />
      <div className="bo-body">
        <BoNav role={session.account.role} />
        <main className="bo-main" id="main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
