import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiRequestError } from '../../../lib/api.ts';
import { Icon } from '../../../lib/components/icon.tsx';
import { Notice } from '../../../lib/components/notice.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { BoPage } from '../../components/bo-page.tsx';
import { ListState } from '../../components/list-state.tsx';
import { useRegistrationDetail } from '../api/registrations.ts';
import { ApplicantFacts } from './applicant-facts.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { DifferencesBox } from './differences-box.tsx';
import { PhotoGallery } from './photo-gallery.tsx';
import { StatusBadge } from './status-badge.tsx';

/** One application: data, photos, registry result, what differs from the records, decision. */
export function DetailPage() {
  const { t } = useTranslation('backoffice');
  const { id = '' } = useParams();
  const { search } = useLocation();
  const detail = useRegistrationDetail(id);
  const [done, setDone] = useState<'approved' | 'rejected' | null>(null);
  const notFound = detail.error instanceof ApiRequestError && detail.error.status === 404;
  const d = detail.data;
  const back = (
    <Link to={`..${search}`} relative="path" className="bo-back">
      <Icon name="arrowLeft" size={20} />
      {t('registrations.detail.back')}
    </Link>
  );
  if (!d) {
    return (
      <BoPage title={t('shell.applications')}>
        {back}
        {notFound ? (
          <p className="inline-error" role="alert">
            {t('registrations.detail.notFound')}
          </p>
        ) : (
          <ListState pending={detail.isPending} error={detail.error}>
            {null}
          </ListState>
        )}
      </BoPage>
    );
  }
  return (
    <BoPage title={t('registrations.detail.title', { number: d.applicationNumber })}>
      {back}
      <p className="bo-detail__meta">
        <StatusBadge status={d.status} />
        <span>{t('registrations.detail.submitted', { time: formatDateTime(d.submittedAt) })}</span>
        <span>{d.agency.name}</span>
      </p>
      {done && (
        <Notice tone="success" id="decision-done">
          {t(`registrations.decision.${done}`)}
        </Notice>
      )}
      <div className="bo-detail">
        <div className="bo-detail__main">
          <DifferencesBox differences={d.differences} />
          <ApplicantFacts detail={d} />
        </div>
        <div className="bo-detail__side">
          <DecisionPanel detail={d} onDone={setDone} />
          <PhotoGallery photos={d.photos} />
        </div>
      </div>
    </BoPage>
  );
}
