import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface BoPageProps {
  title: string;
  lead?: string;
  children?: ReactNode;
}

/** One back-office page: its h1 (focused after navigation), a lead sentence, the content. */
export function BoPage({ title, lead, children }: BoPageProps) {
  const { t } = useTranslation('backoffice');
  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`;
  }, [title, t]);
  return (
    <>
      <h1 className="bo-page__title" tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className="bo-page__lead">{lead}</p>}
      {children}
    </>
  );
}
