import type { RecordScheme } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../lib/components/icon.tsx';
import { exportUrl } from '../api/participation.ts';

/** "Tải về": the person's own history as PDF and CSV (the API sends an attachment). */
export function ParticipationDownloads({ scheme }: { scheme: RecordScheme }) {
  const { t } = useTranslation();
  return (
    <section className="records-download-box" aria-labelledby="participation-download">
      <h2 id="participation-download">{t('records.download')}</h2>
      <div className="records-downloads">
        <a className="button button--secondary" href={exportUrl(scheme, 'pdf')} download>
          <Icon name="document" />
          <span>{t('records.participation.pdf')}</span>
        </a>
        <a className="button button--secondary" href={exportUrl(scheme, 'csv')} download>
          <Icon name="document" />
          <span>{t('records.participation.csv')}</span>
        </a>
      </div>
    </section>
  );
}
