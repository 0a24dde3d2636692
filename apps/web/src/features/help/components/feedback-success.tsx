import type { FeedbackResponse } from '@vssid/contracts';
import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../lib/components/button.tsx';
import { Icon } from '../../../lib/components/icon.tsx';
import { PATHS } from '../../../lib/paths.ts';

interface FeedbackSuccessProps {
  receipt: FeedbackResponse;
  onAgain: () => void;
}

export function FeedbackSuccess({ receipt, onAgain }: FeedbackSuccessProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form just vanished: put focus (and the screen reader) on the outcome.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section
      className="success-panel"
      id="feedback-success"
      aria-labelledby="feedback-success-title"
    >
      <Icon name="checkCircle" size={40} className="success-panel__icon" />
      <h2 id="feedback-success-title" ref={headingRef} tabIndex={-1}>
        {t('feedback.successTitle')}
      </h2>
      <p>
        {/* the reference never breaks across lines: people read it out on the phone */}
        <Trans
          i18nKey="feedback.success"
          values={{ id: receipt.id }}
          components={{ ref: <strong className="nowrap" id="feedback-reference" /> }}
        />
      </p>
      <div className="stack">
        <Button variant="secondary" onClick={onAgain}>
          {t('feedback.sendAnother')}
        </Button>
        <Link to={PATHS.help} className="button button--primary">
          {t('feedback.backToHelp')}
        </Link>
      </div>
    </section>
  );
}
