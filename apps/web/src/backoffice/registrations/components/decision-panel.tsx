import type { AdminRegistrationDetail } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import type { DecisionResult } from '../api/registrations.ts';
import { ApproveDialog } from './approve-dialog.tsx';
import { RejectDialog } from './reject-dialog.tsx';

export type DialogName = 'approve' | 'reject';

interface DecisionPanelProps {
  detail: AdminRegistrationDetail;
  onDone: (result: DecisionResult) => void;
  open: DialogName | null;
  setOpen: (open: DialogName | null) => void;
  /** Photos not yet shown (or failed): the decision waits; `blockedBy` says why on screen. */
  canApprove: boolean;
  canReject: boolean;
  blockedBy: string | null;
}

/**
 * "Duyệt" (A) / "Từ chối" (R) for a waiting application, available only once its photos were
 * shown; who decided what, once decided.
 */
export function DecisionPanel(props: DecisionPanelProps) {
  const { detail, onDone, open, setOpen, canApprove, canReject, blockedBy } = props;
  const { t } = useTranslation('backoffice');
  const close = () => setOpen(null);
  if (detail.status !== 'pending') {
    const reason = detail.rejectReason;
    return (
      <section className="bo-card" aria-labelledby="decision-title">
        <h2 id="decision-title">{t('registrations.decision.title')}</h2>
        <p id="decision-made">
          {t(`registrations.detail.decided.${detail.status}`, {
            time: detail.decidedAt ? formatDateTime(detail.decidedAt) : '',
            by: detail.decidedBy ?? '',
          })}
        </p>
        {reason && (
          <p>
            {t('registrations.detail.reason', {
              reason: reason.note ? `${reason.label} — ${reason.note}` : reason.label,
            })}
          </p>
        )}
      </section>
    );
  }
  return (
    <section className="bo-card" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('registrations.decision.title')}</h2>
      <div className="bo-decision">
        <button
          type="button"
          id="approve-button"
          className="button button--primary"
          disabled={!canApprove}
          aria-describedby={blockedBy ? 'decision-blocked' : undefined}
          aria-keyshortcuts="A"
          onClick={() => setOpen('approve')}
        >
          {t('registrations.decision.approve')}
          <span className="kbd" aria-hidden="true">
            A
          </span>
        </button>
        <button
          type="button"
          id="reject-button"
          className="button button--danger"
          disabled={!canReject}
          aria-describedby={blockedBy ? 'decision-blocked' : undefined}
          aria-keyshortcuts="R"
          onClick={() => setOpen('reject')}
        >
          {t('registrations.decision.reject')}
          <span className="kbd" aria-hidden="true">
            R
          </span>
        </button>
      </div>
      <p id="decision-blocked" className="bo-decision__blocked" role="status" aria-live="polite">
        {blockedBy ?? ''}
      </p>
      {open === 'approve' && canApprove && (
        <ApproveDialog detail={detail} onClose={close} onDone={onDone} />
      )}
      {open === 'reject' && canReject && (
        <RejectDialog detail={detail} onClose={close} onDone={onDone} />
      )}
    </section>
  );
}
