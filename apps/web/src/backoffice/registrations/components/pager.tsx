import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** "Hồ sơ 21–40 trong tổng số 45", previous / next. */
export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t } = useTranslation('backoffice');
  if (total === 0) return null; // the table says "no application matches"
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="bo-pager" aria-label={t('registrations.pager.label')}>
      <p className="bo-pager__count" role="status">
        {t('registrations.table.count', { from, to, total })}
      </p>
      <div className="bo-pager__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          {t('registrations.pager.prev')}
        </button>
        <span className="bo-pager__page">{t('registrations.pager.page', { page, pages })}</span>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          {t('registrations.pager.next')}
        </button>
      </div>
    </nav>
  );
}
