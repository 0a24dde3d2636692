import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { BackButton } from './back-button.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { Logo } from './logo.tsx';

interface HeaderProps {
  title: string;
  /** Inner screens: where the back arrow leads when there is no history to go back to. */
  backTo?: string;
  showLanguage?: boolean;
}

/** The blue bar: logo (tabs) or back arrow (inner screens), the screen title as the page's h1. */
export function Header({ title, backTo, showLanguage = false }: HeaderProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { key, pathname } = useLocation();
  const firstLoad = key === 'default';

  // After an in-app navigation to another screen, screen readers start from the new title
  // instead of the old focus position. The very first page load ('default' key) keeps the
  // browser's behaviour, and a change of the query string alone (a filter, a page of results)
  // is not a new screen: focus stays where the person is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the screen (path) changes
  useEffect(() => {
    if (!firstLoad) titleRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <header className="app-header">
      {backTo ? <BackButton fallback={backTo} /> : <Logo className="app-header__logo" />}
      <h1 className="app-header__title" ref={titleRef} tabIndex={-1}>
        {title}
      </h1>
      {showLanguage && <LanguageSwitch compact />}
    </header>
  );
}
