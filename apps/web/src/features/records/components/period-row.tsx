import type { ParticipationPeriodView } from '@vssid/contracts';
import { formatMonth } from '@vssid/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../lib/components/icon.tsx';
import { PeriodDetail } from './period-detail.tsx';

/** A row of the history; tapping it opens (and closes) its "Chi tiết" right under it. */
export function PeriodRow({ period }: { period: ParticipationPeriodView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailId = useId();
  const span = `${formatMonth(period.fromMonth)} - ${formatMonth(period.toMonth)}`;
  return (
    <li className="period">
      <button
        type="button"
        className="period__row"
        aria-expanded={open}
        aria-controls={detailId}
        onClick={() => setOpen(!open)}
      >
        <dl className="period__facts">
          <div>
            <dt>{t('records.participation.period')}</dt>
            <dd className="period__span">{span}</dd>
          </div>
          <div>
            <dt>{t('records.participation.employer')}</dt>
            <dd>{period.employerName}</dd>
          </div>
          <div>
            <dt>{t('records.participation.type')}</dt>
            <dd>
              {period.contributionType
                ? t(`records.contributionTypes.${period.contributionType}`)
                : '—'}
            </dd>
          </div>
          <div>
            <dt>{t('records.participation.position')}</dt>
            <dd>{period.position ?? '—'}</dd>
          </div>
        </dl>
        <Icon name="chevronDown" />
      </button>
      <div id={detailId}>{open && <PeriodDetail period={period} />}</div>
    </li>
  );
}
