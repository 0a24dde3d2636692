import { RECORD_SCHEMES, type RecordScheme } from '@vssid/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../../lib/components/screen.tsx';
import { PATHS } from '../../../lib/paths.ts';
import '../records.css';
import { ParticipationPanel } from './participation-panel.tsx';
import { RecordTabs } from './record-tabs.tsx';

/** "Quá trình tham gia": one tab per insurance (BHXH, BHYT, BHTN, BHTNLĐ-BNN). */
export function ParticipationScreen() {
  const { t } = useTranslation();
  const [scheme, setScheme] = useState<RecordScheme>('bhxh');
  return (
    <Screen title={t('screens.participation.title')} backTo={PATHS.personal}>
      <RecordTabs
        id="participation"
        label={t('records.participation.tabs')}
        tabs={RECORD_SCHEMES.map((key) => ({ key, label: t(`records.schemes.${key}`) }))}
        active={scheme}
        onChange={setScheme}
      >
        <ParticipationPanel scheme={scheme} />
      </RecordTabs>
    </Screen>
  );
}
