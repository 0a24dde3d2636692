import type { AdminRegistrationDetail } from '@vssid/contracts';
import { formatDate, isValidIsoDate } from '@vssid/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../lib/components/icon.tsx';

type Difference = AdminRegistrationDetail['differences'][number];

const shown = (v: string) => (isValidIsoDate(v) ? formatDate(v) : v);

/** What the applicant wrote that the insurance records say otherwise — the officer's first look. */
export function DifferencesBox({ differences }: { differences: readonly Difference[] }) {
  const { t } = useTranslation('backoffice');
  if (differences.length === 0) {
    return (
      <p className="bo-agree" id="differences">
        <Icon name="checkCircle" size={20} />
        {t('registrations.detail.differences.none')}
      </p>
    );
  }
  return (
    <section className="bo-differences" id="differences" aria-labelledby="differences-title">
      <h2 id="differences-title">
        <Icon name="alert" size={22} />
        {t('registrations.detail.differences.title')}
      </h2>
      <ul>
        {differences.map((d) => {
          const field = t(`registrations.detail.${d.field}`);
          return (
            <li key={d.field}>
              {d.record === null
                ? t('registrations.detail.differences.missing', {
                    field,
                    submitted: shown(d.submitted),
                  })
                : t('registrations.detail.differences.item', {
                    field,
                    submitted: shown(d.submitted),
                    record: shown(d.record),
                    kind: t(`registrations.detail.differences.kinds.${d.kind}`),
                  })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
