import type { BenefitCategoryKey } from '@vssid/contracts';
import { formatDate, formatMoney } from '@vssid/domain';
import { useTranslation } from 'react-i18next';
import { useBenefits } from '../api/benefits.ts';
import { QueryError } from './query-error.tsx';
import { RecordsSkeleton } from './records-skeleton.tsx';

/** One tab of "Thông tin hưởng": each entry's chế độ, dates, amount and who paid it. */
export function BenefitsPanel({ category }: { category: BenefitCategoryKey }) {
  const { t } = useTranslation();
  const query = useBenefits(category);
  if (query.isPending) return <RecordsSkeleton rows={2} />;
  if (query.isError) {
    return <QueryError error={query.error} retrying={query.isFetching} onRetry={query.refetch} />;
  }
  const { items } = query.data;
  return (
    <div className="stack" aria-busy={query.isPlaceholderData}>
      {category === 'sickness_maternity' && (
        <h2 className="records-total">{t('records.benefits.sicknessHeading')}</h2>
      )}
      {items.length === 0 ? (
        <p className="records-empty" id="benefits-empty">
          {t('records.benefits.empty')}
        </p>
      ) : (
        <ul className="benefit-list" id="benefit-list">
          {items.map((item) => {
            const from = formatDate(item.fromDate);
            return (
              <li key={item.id} className="benefit">
                <p className="benefit__regime">{t(`records.regimes.${item.regime}`)}</p>
                <p className="benefit__amount">{formatMoney(item.amount)}</p>
                <dl>
                  <div>
                    <dt>{t('records.benefits.dates')}</dt>
                    <dd>
                      {item.toDate
                        ? t('records.benefits.fromTo', { from, to: formatDate(item.toDate) })
                        : t('records.benefits.from', { from })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('records.benefits.paidBy')}</dt>
                    <dd>{item.paidBy}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
