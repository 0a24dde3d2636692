import {
  type AdminRegistrationDetail,
  issuesToFieldErrors,
  REJECT_REASON_LABELS,
  REJECT_REASONS,
  type RejectReason,
  rejectRequestSchema,
} from '@vssid/contracts';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
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
import { type DecisionResult, useDecision } from '../api/registrations.ts';
import { shortcutKey } from '../keyboard.ts';
import { ModalDialog } from './modal-dialog.tsx';

interface RejectDialogProps {
  detail: AdminRegistrationDetail;
  onClose: () => void;
  onDone: (result: DecisionResult) => void;
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
    // mutateAsync: its promise settles even if the refreshed application unmounts this dialog.
    decide
      .mutateAsync({ kind: 'reject', body: parsed.data })
      .then((result) => {
        onClose();
        onDone(result);
      })
      .catch((error: unknown) => setErrors(errorsFromApi(error, lang)));
  };

  /**
   * Keyboard: 1–4 choose a reason (by the physical key, so the Vietnamese layout's ă â ê ô work),
   * Enter confirms from a reason, Ctrl+Enter from the message; never while an input method
   * composes a Vietnamese word in the message.
   */
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const e = event.nativeEvent;
    if (e.isComposing || e.keyCode === 229) return;
    const inText = (event.target as HTMLElement).tagName === 'TEXTAREA';
    if (event.key === 'Enter' && (!inText || event.ctrlKey || event.metaKey)) {
      if ((event.target as HTMLElement).tagName === 'BUTTON') return;
      event.preventDefault();
      event.currentTarget.requestSubmit();
      return;
    }
    const key = shortcutKey(e);
    const index = key && /^[1-9]$/.test(key) ? Number(key) - 1 : -1;
    const reason = REJECT_REASONS[index];
    if (!reason) return;
    event.preventDefault();
    setReason(reason);
    document.getElementById(`reject-reason-${reason}`)?.focus();
  };

  return (
    <ModalDialog
      id="reject-dialog"
      title={t('registrations.decision.rejectTitle', { number: detail.applicationNumber })}
      onClose={onClose}
    >
      <form className="form form--flat" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
        <p className="bo-keys-hint">{t('registrations.keys.rejectHint')}</p>
        {errors?.general && (
          <p className="inline-error" role="alert">
            {messageFor(errors.general, lang)}
          </p>
        )}
        <RadioGroup
          name="reject-reason"
          legend={t('registrations.decision.reason')}
          required
          options={REJECT_REASONS.map((r, i) => ({
            value: r,
            label: `${i + 1}. ${REJECT_REASON_LABELS[r][lang]}`,
          }))}
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
