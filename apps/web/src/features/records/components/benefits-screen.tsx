import { BENEFIT_CATEGORY_KEYS, type BenefitCategoryKey } from '@vssid/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../../lib/components/screen.tsx';
import { PATHS } from '../../../lib/paths.ts';
import '../records.css';
import { BenefitsPanel } from './benefits-panel.tsx';
import { RecordTabs } from './record-tabs.tsx';

/** "Thông tin hưởng": Một lần, ÔĐTS, Hàng tháng, Thất nghiệp. */
export function BenefitsScreen() {
  const { t } = useTranslation();
  const [category, setCategory] = useState<BenefitCategoryKey>('one_time');
  return (
    <Screen title={t('screens.benefits.title')} backTo={PATHS.personal}>
      <RecordTabs
        id="benefits"
        label={t('records.benefits.tabs')}
        tabs={BENEFIT_CATEGORY_KEYS.map((key) => ({
          key,
          label: t(`records.benefitCategories.${key}`),
        }))}
        active={category}
        onChange={setCategory}
      >
        <BenefitsPanel category={category} />
      </RecordTabs>
    </Screen>
  );
}
