import { type ReactNode, useEffect } from 'react';
import { AppNotice } from './app-notice.tsx';
import { Header } from './header.tsx';
import { OfflineBanner } from './offline-banner.tsx';

interface ScreenProps {
  title: string;
  backTo?: string;
  showLanguage?: boolean;
  children: ReactNode;
}

/** Every screen: header (title, back arrow) then main content; the tab bar lives in the layout. */
export function Screen({ title, backTo, showLanguage, children }: ScreenProps) {
  useEffect(() => {
    document.title = `${title} · VssID`;
  }, [title]);

  return (
    <>
      <Header title={title} backTo={backTo} showLanguage={showLanguage} />
      <main id="main" className="screen">
        <OfflineBanner />
        <AppNotice />
        {children}
      </main>
    </>
  );
}
