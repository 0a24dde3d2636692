import { useTranslation } from 'react-i18next';
import { Icon } from '../../../lib/components/icon.tsx';
import { CARD_PDF_URL, CARD_PNG_URL } from '../api/card.ts';

/** "Tải về" the card as an image or a PDF (the API answers with an attachment). */
export function CardDownloads() {
  const { t } = useTranslation();
  return (
    <section className="records-download-box" aria-labelledby="card-download">
      <h2 id="card-download">{t('records.download')}</h2>
      <div className="records-downloads">
        <a className="button button--secondary" href={CARD_PNG_URL} download id="card-png">
          <Icon name="image" />
          <span>{t('records.card.png')}</span>
        </a>
        <a className="button button--secondary" href={CARD_PDF_URL} download id="card-pdf">
          <Icon name="document" />
          <span>{t('records.card.pdf')}</span>
        </a>
      </div>
    </section>
  );
}
