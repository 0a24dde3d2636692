import type {
  AgencyDirectoryItem,
  CollectionPointItem,
  EmployerDirectoryItem,
  EmployerStatus,
  FacilityDirectoryItem,
} from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { formatOpeningHours } from '../../../../i18n/format.ts';
import { type BadgeTone, DirectoryCard, Fact, fullAddress, PlaceActions } from './card-parts.tsx';

export function AgencyCard({ item }: { item: AgencyDirectoryItem }) {
  const { t } = useTranslation();
  return (
    <DirectoryCard
      name={item.name}
      distanceKm={item.distanceKm}
      demo={item.demo}
      badges={[{ tone: 'info', label: t(`directories.agencyKinds.${item.kind}`) }]}
      actions={
        <PlaceActions
          name={item.name}
          phone={item.phone}
          place={{ ...item, address: fullAddress(item) }}
        />
      }
    >
      <Fact label={t('directories.code')}>{item.code}</Fact>
      <Fact label={t('directories.address')}>{fullAddress(item)}</Fact>
      <Fact label={t('directories.phone')}>{item.phone}</Fact>
      <Fact label={t('directories.email')}>
        {item.email && <a href={`mailto:${item.email}`}>{item.email}</a>}
      </Fact>
      <Fact label={t('directories.workingHours')}>
        {item.workingHours && formatOpeningHours(t, item.workingHours)}
      </Fact>
    </DirectoryCard>
  );
}

export function FacilityCard({
  item,
  showInitial,
}: {
  item: FacilityDirectoryItem;
  /** On the BHYT screen: "Nhận ĐKKCB ban đầu" when it does. */
  showInitial: boolean;
}) {
  const { t } = useTranslation();
  const badges: { tone: BadgeTone; label: string }[] = [
    { tone: 'neutral', label: t(`directories.ownership.${item.ownership}`) },
  ];
  if (showInitial && item.acceptsInitialRegistration)
    badges.push({ tone: 'success', label: t('directories.acceptsInitial') });
  return (
    <DirectoryCard
      name={item.name}
      distanceKm={item.distanceKm}
      demo={item.demo}
      badges={badges}
      actions={
        <PlaceActions
          name={item.name}
          phone={item.phone}
          place={{ ...item, address: fullAddress(item) }}
        />
      }
    >
      <Fact label={t('directories.facilityCode')}>{item.code}</Fact>
      <Fact label={t('directories.level')}>{t(`directories.levels.${item.level}`)}</Fact>
      <Fact label={t('directories.address')}>{fullAddress(item)}</Fact>
      <Fact label={t('directories.phone')}>{item.phone}</Fact>
    </DirectoryCard>
  );
}

const STATUS_TONES: Record<EmployerStatus, BadgeTone> = {
  active: 'success',
  suspended: 'warning',
  terminated: 'danger',
};

export function EmployerCard({ item }: { item: EmployerDirectoryItem }) {
  const { t } = useTranslation();
  return (
    <DirectoryCard
      name={item.name}
      demo={item.demo}
      badges={[
        { tone: STATUS_TONES[item.status], label: t(`directories.statuses.${item.status}`) },
      ]}
    >
      <Fact label={t('directories.unitCode')}>{item.unitCode}</Fact>
      <Fact label={t('directories.taxCode')}>{item.taxCode}</Fact>
      <Fact label={t('directories.address')}>{fullAddress({ ...item, commune: null })}</Fact>
      <Fact label={t('directories.managingAgency')}>{item.managingAgency.name}</Fact>
    </DirectoryCard>
  );
}

export function CollectionPointCard({ item }: { item: CollectionPointItem }) {
  const { t } = useTranslation();
  return (
    <DirectoryCard
      name={item.name}
      distanceKm={item.distanceKm}
      demo={item.demo}
      badges={[{ tone: 'info', label: t(`directories.pointKinds.${item.kind}`) }]}
      actions={
        <PlaceActions
          name={item.name}
          phone={item.phone}
          place={{ ...item, address: fullAddress(item) }}
        />
      }
    >
      <Fact label={t('directories.code')}>{item.code}</Fact>
      <Fact label={t('directories.operator')}>{item.operator}</Fact>
      <Fact label={t('directories.address')}>{fullAddress(item)}</Fact>
      <Fact label={t('directories.phone')}>{item.phone}</Fact>
      <Fact label={t('directories.openingHours')}>
        {item.openingHours && formatOpeningHours(t, item.openingHours)}
      </Fact>
    </DirectoryCard>
  );
}
