import {
  FEEDBACK_CATEGORIES,
  type FeedbackResponse,
  feedbackRequestSchema,
  issuesToFieldErrors,
} from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { FormField } from '../../../lib/components/form-field.tsx';
import { RadioGroup } from '../../../lib/components/radio-group.tsx';
import { EmailField } from '../../../lib/components/text-field.tsx';
import { errorsFromApi, type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { useSessionDraft } from '../../../lib/use-session-draft.ts';
import { useSendFeedback } from '../api/send-feedback.ts';

type Category = (typeof FEEDBACK_CATEGORIES)[number];

const MAX = 2000;
const EMPTY = { category: '' as Category | '', content: '', email: '' };
const FIELD_IDS = {
  category: `feedback-category-${FEEDBACK_CATEGORIES[0]}`,
  content: 'feedback-content',
  email: 'feedback-email',
};

export function FeedbackForm({ onSent }: { onSent: (receipt: FeedbackResponse) => void }) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const send = useSendFeedback();
  const [draft, update, clear] = useSessionDraft('vssid.feedback-draft', EMPTY);
  const [errors, setErrors] = useState<FormErrors | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.isPending) return;
    const parsed = feedbackRequestSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
      return;
    }
    setErrors(null);
    send.mutate(parsed.data, {
      onSuccess: (receipt) => {
        clear();
        onSent(receipt);
      },
      onError: (error) => setErrors(errorsFromApi(error, lang)),
    });
  };

  const over = draft.content.length > MAX;
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={send.isPending}>
      {errors && (
        <FormErrorSummary id="feedback-error-summary" errors={errors} fieldIds={FIELD_IDS} />
      )}
      <RadioGroup
        name="feedback-category"
        legend={t('feedback.category')}
        required
        options={FEEDBACK_CATEGORIES.map((c) => ({
          value: c,
          label: t(`feedback.categories.${c}`),
        }))}
        value={draft.category}
        onChange={(category) => update({ category })}
        error={fieldError(errors, 'category', lang)}
      />
      <FormField
        id={FIELD_IDS.content}
        label={t('feedback.content')}
        hint={t('feedback.contentHint')}
        required
        error={fieldError(errors, 'content', lang)}
        describedBy={['feedback-content-count']}
        after={
          <p className={over ? 'counter counter--over' : 'counter'} id="feedback-content-count">
            {t('feedback.counter', { n: draft.content.length, max: MAX })}
          </p>
        }
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            name="content"
            rows={6}
            value={draft.content}
            onChange={(e) => update({ content: e.target.value })}
          />
        )}
      </FormField>
      <EmailField
        id={FIELD_IDS.email}
        name="email"
        label={t('feedback.email')}
        hint={t('feedback.emailHint')}
        error={fieldError(errors, 'email', lang)}
        value={draft.email}
        onChange={(email) => update({ email })}
      />
      <Button type="submit" pending={send.isPending} pendingLabel={t('common.sending')}>
        {t('feedback.submit')}
      </Button>
    </form>
  );
}
