import type { BhytCard } from '@vssid/contracts';
import { formatDate } from '@vssid/domain';
import { useTranslation } from 'react-i18next';
import { CardEmblem } from './card-emblem.tsx';
import { QrSvg } from './qr-svg.tsx';

/** The card drawn like the physical one: landscape face, then the lines printed below it. */
export function BhytCardView({ card }: { card: BhytCard }) {
  const { t } = useTranslation();
  const from = formatDate(card.validFrom);
  return (
    <article
      className="bhyt-card"
      id="bhyt-card"
      aria-label={t('records.card.label', { name: card.fullName })}
    >
      <div className="bhyt-card__face">
        <header className="bhyt-card__head">
          <CardEmblem />
          <h2 className="bhyt-card__title">{t('records.card.title')}</h2>
        </header>
        <div className="bhyt-card__body">
          <div className="bhyt-card__who">
            <p className="bhyt-card__name">{card.fullName.toLocaleUpperCase('vi')}</p>
            <p className="bhyt-card__code">
              <span className="visually-hidden">{t('records.card.code')}: </span>
              {card.cardNumber}
            </p>
            <p>
              {t('records.card.birthDate')}: <strong>{formatDate(card.birthDate)}</strong>
            </p>
            <p>
              {t('records.card.gender')}:{' '}
              <strong>{t(`records.card.genders.${card.gender}`)}</strong>
            </p>
          </div>
          <QrSvg className="bhyt-card__qr" payload={card.qrPayload} label={t('records.card.qr')} />
        </div>
      </div>
      <dl className="bhyt-card__lines">
        <div>
          <dt>{t('records.card.facility')}</dt>
          <dd>
            {card.facilityName} <span className="nowrap">({card.facilityCode})</span>
          </dd>
        </div>
        <div>
          <dt>{t('records.card.validity')}</dt>
          <dd>
            {card.validTo
              ? t('records.card.validFromTo', { from, to: formatDate(card.validTo) })
              : t('records.card.validFrom', { from })}
          </dd>
        </div>
        {card.fiveYearsFrom && (
          <div>
            <dt>{t('records.card.fiveYears')}</dt>
            <dd>{formatDate(card.fiveYearsFrom)}</dd>
          </div>
        )}
        <div>
          <dt>{t('records.card.benefitLevel')}</dt>
          <dd>{card.benefitLevel}</dd>
        </div>
      </dl>
    </article>
  );
}
