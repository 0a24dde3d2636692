import type { FeedbackResponse } from '@vssid/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../../lib/components/screen.tsx';
import { PATHS } from '../../../lib/paths.ts';
import { FeedbackForm } from './feedback-form.tsx';
import { FeedbackSuccess } from './feedback-success.tsx';

/** "Góp ý": the form, then the receipt with its reference. */
export function FeedbackScreen() {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<FeedbackResponse | null>(null);
  return (
    <Screen title={t('screens.feedback.title')} backTo={PATHS.help}>
      {receipt ? (
        <FeedbackSuccess receipt={receipt} onAgain={() => setReceipt(null)} />
      ) : (
        <>
          <p className="lead">{t('feedback.intro')}</p>
          <FeedbackForm onSent={setReceipt} />
        </>
      )}
    </Screen>
  );
}
