import type {
  AgencyDirectoryItem,
  CollectionPointItem,
  EmployerDirectoryItem,
  FacilityDirectoryItem,
} from '@vssid/contracts';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../../i18n/use-lang.ts';
import { Icon } from '../../../../lib/components/icon.tsx';
import type { AnyDirectoryPage } from '../api/directories.ts';
import type { DirectoryId } from '../directory-params.ts';
import { formatCount } from '../format.ts';
import { AgencyCard, CollectionPointCard, EmployerCard, FacilityCard } from './result-cards.tsx';

/** Grey cards where the results will be, announced once as "Đang tải…". */
export function ResultsSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="dir-skeleton" role="status">
      <span className="visually-hidden">{t('common.loading')}</span>
      <div className="dir-skeleton__line" aria-hidden="true" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="dir-skeleton__card" aria-hidden="true" />
      ))}
    </div>
  );
}

interface CountProps {
  page: AnyDirectoryPage;
  q: string;
  fetching: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** "123 kết quả" / "Hơn 1.000 kết quả", the "gần đúng" note, and a spinner while updating. */
export function ResultCount({ page, q, fetching, headingRef }: CountProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const n = formatCount(page.total, lang);
  const text = page.totalCapped
    ? t('directories.countCapped', { n })
    : t('directories.count', { n });
  return (
    <div className="dir-count">
      <div className="dir-count__line">
        <h2 className="dir-count__text" id="dir-count" ref={headingRef} tabIndex={-1}>
          {text}
        </h2>
        {/* one live region: "Đang cập nhật…" while a search runs, then its count */}
        <span className="dir-count__busy" role="status">
          {fetching ? (
            <>
              <span className="spinner dir-spinner" aria-hidden="true" />
              <span className="visually-hidden">{t('directories.updating')}</span>
            </>
          ) : (
            <span className="visually-hidden">{text}</span>
          )}
        </span>
      </div>
      {page.match === 'similar' && (
        <div className="dir-similar" id="dir-similar">
          <p className="dir-similar__title">{t('directories.similar', { q })}</p>
          <p>{t('directories.similarHint')}</p>
        </div>
      )}
    </div>
  );
}

export function EmptyResults({ onClear }: { onClear?: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="dir-empty" id="dir-empty">
      <span className="dir-empty__icon">
        <Icon name="search" size={36} />
      </span>
      <h3>{t('directories.emptyTitle')}</h3>
      <p>{t('directories.emptyAdvice')}</p>
      {onClear && (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('directories.clear')}
        </button>
      )}
    </div>
  );
}

/** The cards of one page, each directory with its own card. */
export function ResultList({ id, page }: { id: DirectoryId; page: AnyDirectoryPage }) {
  const { t } = useTranslation();
  return (
    <ul className="dir-results" id="dir-results" aria-label={t('directories.results')}>
      {page.items.map((item) => {
        switch (id) {
          case 'agencies':
            return <AgencyCard key={item.id} item={item as AgencyDirectoryItem} />;
          case 'sickLeave':
          case 'bhyt':
            return (
              <FacilityCard
                key={item.id}
                item={item as FacilityDirectoryItem}
                showInitial={id === 'bhyt'}
              />
            );
          case 'employers':
            return <EmployerCard key={item.id} item={item as EmployerDirectoryItem} />;
          default:
            return <CollectionPointCard key={item.id} item={item as CollectionPointItem} />;
        }
      })}
    </ul>
  );
}

interface PagerProps {
  page: AnyDirectoryPage;
  onPage: (page: number) => void;
}

/** Trước / Trang 2/7 / Sau. Past the exact count (1.000) the last page is not known. */
export function Pager({ page, onPage }: PagerProps) {
  const { t } = useTranslation();
  const pages = page.totalCapped ? null : Math.max(1, Math.ceil(page.total / page.pageSize));
  const hasNext = pages === null ? page.items.length === page.pageSize : page.page < pages;
  if (page.page === 1 && !hasNext) return null;
  return (
    <nav className="dir-pager" aria-label={t('directories.pager')}>
      <button
        type="button"
        className="button button--secondary dir-pager__button"
        disabled={page.page <= 1}
        onClick={() => onPage(page.page - 1)}
      >
        {t('directories.previous')}
      </button>
      <span className="dir-pager__current" aria-current="page">
        {pages === null
          ? t('directories.pageOnly', { page: page.page })
          : t('directories.pageOf', { page: page.page, pages })}
      </span>
      <button
        type="button"
        className="button button--secondary dir-pager__button"
        disabled={!hasNext}
        onClick={() => onPage(page.page + 1)}
      >
        {t('directories.next')}
      </button>
    </nav>
  );
}
