import { Outlet, ScrollRestoration } from 'react-router';
import { useKeepProfile } from './keep-profile.ts';
import { NavigationProgress } from './navigation-progress.tsx';
import { PasswordChangeGate } from './password-change-gate.tsx';
import { PwaStatus } from './pwa-status.tsx';

/** The centred phone-width column every citizen screen lives in. */
export function RootLayout() {
  useKeepProfile();
  return (
    <div className="app-shell">
      <NavigationProgress />
      <PwaStatus>
        <PasswordChangeGate>
          <Outlet />
        </PasswordChangeGate>
      </PwaStatus>
      <ScrollRestoration />
    </div>
  );
}
