import type { AgencyContact } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { formatOpeningHours } from '../../../i18n/format.ts';
import { Notice } from '../../../lib/components/notice.tsx';
import '../no-records.css';

/** "tel:" link of a printed number ("0225.3842.368" → tel:02253842368). */
const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * BHXH holds no card for this person (issue 11): said plainly, as information, with who
 * issues one and the agency to contact — no error colour and no "Thử lại" (nothing failed).
 */
export function NoCardNotice({ agency }: { agency: AgencyContact | null }) {
  const { t } = useTranslation();
  return (
    <div className="stack" id="no-card">
      <Notice>
        <h2 className="no-records__title">{t('noRecords.cardTitle')}</h2>
        <p>{t('noRecords.cardBody')}</p>
      </Notice>
      {agency ? (
        <section className="card no-records__agency" aria-labelledby="no-card-agency">
          <p>{t('noRecords.whoIssues')}</p>
          <h3 id="no-card-agency">{agency.name}</h3>
          <dl className="no-records__facts">
            <dt>{t('noRecords.address')}</dt>
            <dd>{agency.address}</dd>
            <dt>{t('noRecords.phone')}</dt>
            <dd>
              <a href={tel(agency.phone)}>{agency.phone}</a>
            </dd>
            {agency.workingHours && (
              <>
                <dt>{t('noRecords.hours')}</dt>
                <dd>{formatOpeningHours(t, agency.workingHours)}</dd>
              </>
            )}
          </dl>
        </section>
      ) : (
        <p>{t('noRecords.agencyUnknown')}</p>
      )}
    </div>
  );
}
