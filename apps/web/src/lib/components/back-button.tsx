import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Icon } from './icon.tsx';

/**
 * Goes back in history when there is an in-app page to return to; otherwise (a shared link,
 * a reload) it is a plain link to the parent screen, so "back" never leaves the app.
 */
export function BackButton({ fallback }: { fallback: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (idx > 0) {
      event.preventDefault();
      void navigate(-1);
    }
  };
  return (
    <Link to={fallback} onClick={onClick} className="icon-button" aria-label={t('common.back')}>
      <Icon name="arrowLeft" />
    </Link>
  );
}
