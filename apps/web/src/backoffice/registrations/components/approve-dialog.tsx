import type { AdminRegistrationDetail } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { type DecisionResult, useDecision } from '../api/registrations.ts';
import { ModalDialog } from './modal-dialog.tsx';

interface ApproveDialogProps {
  detail: AdminRegistrationDetail;
  onClose: () => void;
  onDone: (result: DecisionResult) => void;
}

/** "Duyệt": says exactly what will happen (account, mail to whom) before it happens. */
export function ApproveDialog({ detail, onClose, onDone }: ApproveDialogProps) {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  const decide = useDecision(detail.id);
  const a = detail.applicant;
  return (
    <ModalDialog
      id="approve-dialog"
      title={t('registrations.decision.approveTitle', { number: detail.applicationNumber })}
      onClose={onClose}
    >
      <p>
        {t('registrations.decision.approveText', {
          name: a.fullName,
          code: a.bhxhCode,
          email: a.email,
        })}
      </p>
      {decide.error && (
        <p className="inline-error" role="alert">
          {errorMessage(decide.error, lang)}
        </p>
      )}
      <div className="bo-dialog__actions">
        <Button
          pending={decide.isPending}
          pendingLabel={t('registrations.decision.pending')}
          onClick={() =>
            // mutateAsync, not mutate's callbacks: those are dropped when the dialog unmounts,
            // and the refreshed application (no longer pending) may unmount it first.
            decide
              .mutateAsync({ kind: 'approve' })
              .then((result) => {
                onClose();
                onDone(result);
              })
              .catch(() => {
                // shown from decide.error
              })
          }
        >
          {t('registrations.decision.approveConfirm')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('registrations.decision.cancel')}
        </Button>
      </div>
    </ModalDialog>
  );
}
