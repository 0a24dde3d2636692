import { useTranslation } from 'react-i18next';
import { Screen } from '../../../../lib/components/screen.tsx';
import { PATHS } from '../../../../lib/paths.ts';
import type { DirectoryId } from '../directory-params.ts';
import '../directories.css';
import { DirectorySearch } from './directory-search.tsx';

type ScreenKey =
  | 'lookupAgency'
  | 'lookupSickLeaveFacility'
  | 'lookupBhytFacility'
  | 'lookupEmployer'
  | 'lookupCollectionPoint';

function DirectoryScreen({
  screen,
  id,
  nearMe,
}: {
  screen: ScreenKey;
  id: DirectoryId;
  nearMe: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Screen title={t(`screens.${screen}.title`)} backTo={PATHS.lookup}>
      <DirectorySearch key={id} id={id} nearMe={nearMe} />
    </Screen>
  );
}

/** "Tra cứu cơ quan bảo hiểm" */
export function AgencyLookupScreen() {
  return <DirectoryScreen screen="lookupAgency" id="agencies" nearMe />;
}

/** "Tra cứu CSKCB cấp giấy nghỉ việc hưởng BHXH" */
export function SickLeaveFacilityLookupScreen() {
  return <DirectoryScreen screen="lookupSickLeaveFacility" id="sickLeave" nearMe />;
}

/** "Tra cứu CSKCB ký hợp đồng khám, chữa bệnh BHYT" */
export function BhytFacilityLookupScreen() {
  return <DirectoryScreen screen="lookupBhytFacility" id="bhyt" nearMe />;
}

/** "Tra cứu đơn vị tham gia BHXH" (no "Gần tôi": employers are found by name or code). */
export function EmployerLookupScreen() {
  return <DirectoryScreen screen="lookupEmployer" id="employers" nearMe={false} />;
}

/** "Tra cứu điểm thu, đại lý thu" */
export function CollectionPointLookupScreen() {
  return <DirectoryScreen screen="lookupCollectionPoint" id="collectionPoints" nearMe />;
}
