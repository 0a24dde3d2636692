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
  const { key } = useLocation();

  // After an in-app navigation, screen readers start from the new title instead of the old
  // focus position; the very first page load ('default' key) keeps the browser's behaviour.
  useEffect(() => {
    if (key !== 'default') titleRef.current?.focus({ preventScroll: true });
  }, [key]);

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
