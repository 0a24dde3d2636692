import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../../i18n/use-lang.ts';
import { Icon } from '../../../../lib/components/icon.tsx';
import { directionsUrl, formatKm, telHref } from '../format.ts';

export type BadgeTone = 'info' | 'success' | 'warning' | 'danger' | 'neutral' | 'demo';

export interface BadgeSpec {
  tone: BadgeTone;
  label: string;
}

interface PlaceLike {
  address: string;
  province: { name: string };
  commune: { name: string } | null;
}

/** The address as printed, completed with the commune and province when it does not name them. */
export function fullAddress(place: PlaceLike): string {
  const parts = [place.address];
  const lower = place.address.toLowerCase();
  if (place.commune && !lower.includes(place.commune.name.toLowerCase()))
    parts.push(place.commune.name);
  if (!lower.includes(place.province.name.toLowerCase())) parts.push(place.province.name);
  return parts.filter(Boolean).join(', ');
}

interface DirectoryCardProps {
  name: string;
  distanceKm?: number | null;
  badges: BadgeSpec[];
  demo: boolean;
  children: ReactNode;
  actions?: ReactNode;
}

/** One result: name, distance, badges (colour and text), facts, then the big actions. */
export function DirectoryCard({
  name,
  distanceKm,
  badges,
  demo,
  children,
  actions,
}: DirectoryCardProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const all = demo ? [...badges, { tone: 'demo' as const, label: t('directories.demo') }] : badges;
  return (
    <li className="dir-card">
      <div className="dir-card__head">
        <h3 className="dir-card__name">{name}</h3>
        {distanceKm !== null && distanceKm !== undefined && (
          <span className="dir-card__distance">
            <Icon name="mapPin" size={18} />
            {t('directories.distance', { km: formatKm(distanceKm, lang) })}
          </span>
        )}
      </div>
      {all.length > 0 && (
        <ul className="dir-badges">
          {all.map((b) => (
            <li key={b.label} className={`dir-badge dir-badge--${b.tone}`}>
              {b.label}
            </li>
          ))}
        </ul>
      )}
      <dl className="dir-facts">{children}</dl>
      {actions && <div className="dir-card__actions">{actions}</div>}
    </li>
  );
}

/** One label/value line of a card; nothing when the value is empty. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="dir-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface ActionsProps {
  name: string;
  phone: string | null;
  place: { latitude: number | null; longitude: number | null; address: string };
}

/** "Gọi" (tel: link) and "Chỉ đường" (Google Maps), both button-sized. */
export function PlaceActions({ name, phone, place }: ActionsProps) {
  const { t } = useTranslation();
  const tel = telHref(phone);
  return (
    <>
      {tel && (
        <a
          className="button button--primary dir-action"
          href={tel}
          aria-label={t('directories.callLabel', { phone })}
        >
          <Icon name="phone" size={20} />
          <span>{t('directories.call')}</span>
        </a>
      )}
      <a
        className="button button--secondary dir-action"
        href={directionsUrl(place)}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={t('directories.directionsLabel', { name })}
      >
        <Icon name="mapPin" size={20} />
        <span>{t('directories.directions')}</span>
      </a>
    </>
  );
}
