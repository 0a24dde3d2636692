import {
  type AdminRegistrationDetail,
  issuesToFieldErrors,
  REJECT_REASON_LABELS,
  REJECT_REASONS,
  type RejectReason,
  rejectRequestSchema,
} from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormField } from '../../../lib/components/form-field.tsx';
import { RadioGroup } from '../../../lib/components/radio-group.tsx';
import {
  errorsFromApi,
  type FormErrors,
  fieldError,
  messageFor,
} from '../../../lib/form-errors.ts';
import { useDecision } from '../api/registrations.ts';
import { ModalDialog } from './modal-dialog.tsx';

interface RejectDialogProps {
  detail: AdminRegistrationDetail;
  onClose: () => void;
  onDone: () => void;
}

/** "Từ chối": a reason from the list, a message to the applicant (required for "Khác"). */
export function RejectDialog({ detail, onClose, onDone }: RejectDialogProps) {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  const decide = useDecision(detail.id);
  const [reasonCode, setReason] = useState<RejectReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (decide.isPending) return;
    const parsed = rejectRequestSchema.safeParse({ reasonCode: reasonCode || undefined, note });
    if (!parsed.success)
      return setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
    setErrors(null);
    decide.mutate(
      { kind: 'reject', body: parsed.data },
      {
        onSuccess: () => {
          onClose();
          onDone();
        },
        onError: (error) => setErrors(errorsFromApi(error, lang)),
      },
    );
  };

  return (
    <ModalDialog
      id="reject-dialog"
      title={t('registrations.decision.rejectTitle', { number: detail.applicationNumber })}
      onClose={onClose}
    >
      <form className="form form--flat" noValidate onSubmit={onSubmit}>
        {errors?.general && (
          <p className="inline-error" role="alert">
            {messageFor(errors.general, lang)}
          </p>
        )}
        <RadioGroup
          name="reject-reason"
          legend={t('registrations.decision.reason')}
          required
          options={REJECT_REASONS.map((r) => ({ value: r, label: REJECT_REASON_LABELS[r][lang] }))}
          value={reasonCode}
          onChange={setReason}
          error={fieldError(errors, 'reasonCode', lang)}
        />
        <FormField
          id="reject-note"
          label={t('registrations.decision.note')}
          hint={t('registrations.decision.noteHint')}
          required={reasonCode === 'other'}
          error={fieldError(errors, 'note', lang)}
        >
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={4}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </FormField>
        <div className="bo-dialog__actions">
          <Button
            type="submit"
            className="button--danger"
            pending={decide.isPending}
            pendingLabel={t('registrations.decision.pending')}
          >
            {t('registrations.decision.rejectConfirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('registrations.decision.cancel')}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
