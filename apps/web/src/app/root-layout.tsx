import { Outlet, ScrollRestoration } from 'react-router';
import { NavigationProgress } from './navigation-progress.tsx';
import { PwaStatus } from './pwa-status.tsx';

/** The centred phone-width column every screen lives in. */
export function RootLayout() {
  return (
    <div className="app-shell">
      <NavigationProgress />
      <Outlet />
      <PwaStatus />
      <ScrollRestoration />
    </div>
  );
}
