import type { RecordScheme } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../lib/components/notice.tsx';
import '../no-records.css';

/**
 * No month of this insurance on record (issue 11): an honest empty state instead of a total of
 * "0 tháng" shown as if it were data, and whom to ask.
 */
export function NoParticipationNotice({ scheme }: { scheme: RecordScheme }) {
  const { t } = useTranslation();
  const label = t(`noRecords.schemes.${scheme}`);
  return (
    <Notice id="no-participation">
      <h2 className="no-records__title">{t('noRecords.participationTitle', { scheme: label })}</h2>
      <p>{t('noRecords.participationBody', { scheme: label })}</p>
    </Notice>
  );
}
