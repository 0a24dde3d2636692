import type { MedicalVisit } from '@vssid/contracts';
import { formatDate, formatMoney } from '@vssid/domain';
import { useTranslation } from 'react-i18next';

/** One visit: where, when, in- or outpatient, diagnosis, and who paid what. */
export function VisitItem({ visit }: { visit: MedicalVisit }) {
  const { t } = useTranslation();
  const dates = visit.dischargedOn
    ? `${formatDate(visit.admittedOn)} – ${formatDate(visit.dischargedOn)}`
    : formatDate(visit.admittedOn);
  return (
    <li className="visit">
      <div className="visit__head">
        <p className="visit__facility">{visit.facilityName}</p>
        <span className={`visit__kind visit__kind--${visit.kind}`}>
          {t(`records.visits.kinds.${visit.kind}`)}
        </span>
      </div>
      <p className="muted">{t('records.visits.facilityCode', { code: visit.facilityCode })}</p>
      <dl className="visit__facts">
        <div>
          <dt>{t('records.visits.dates')}</dt>
          <dd>{dates}</dd>
        </div>
        <div>
          <dt>{t('records.visits.diagnosis')}</dt>
          <dd>
            <strong>{visit.icdCode}</strong> <Diagnosis code={visit.icdCode} text={visit.icdName} />
          </dd>
        </div>
      </dl>
      <dl className="visit__money">
        <div>
          <dt>{t('records.visits.total')}</dt>
          <dd>{formatMoney(visit.totalCost)}</dd>
        </div>
        <div>
          <dt>{t('records.visits.bhyt')}</dt>
          <dd>{formatMoney(visit.paidByBhyt)}</dd>
        </div>
        <div>
          <dt>{t('records.visits.patient')}</dt>
          <dd>{formatMoney(visit.paidByPatient)}</dd>
        </div>
      </dl>
    </li>
  );
}

/**
 * The diagnosis by its ICD-10 code, in the reader's language; a code the catalogue does not
 * list shows the hospital's own text, marked as Vietnamese for screen readers.
 */
function Diagnosis({ code, text }: { code: string; text: string }) {
  const { t } = useTranslation();
  const names = t('records.icd', { returnObjects: true }) as Record<string, string>;
  const name = names[code.replace('.', '_')];
  return name ?? <span lang="vi">{text}</span>;
}
