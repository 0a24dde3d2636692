import { useTranslation } from 'react-i18next';
import { Screen } from '../../../../lib/components/screen.tsx';
import { PATHS } from '../../../../lib/paths.ts';
import { useBhxhLookupStrings } from '../strings.ts';
import { BhxhCodeForm } from './bhxh-code-form.tsx';
import '../bhxh-code.css';

/** "Tra cứu mã số BHXH" (Tra cứu tab): public, no sign-in. */
export function BhxhCodeScreen() {
  const { t } = useTranslation();
  const s = useBhxhLookupStrings();
  return (
    <Screen title={t('screens.lookupBhxhCode.title')} backTo={PATHS.lookup}>
      <p className="lead">{s.intro}</p>
      <BhxhCodeForm />
    </Screen>
  );
}
