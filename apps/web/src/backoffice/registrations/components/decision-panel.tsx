import type { AdminRegistrationDetail } from '@vssid/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { ApproveDialog } from './approve-dialog.tsx';
import { RejectDialog } from './reject-dialog.tsx';

interface DecisionPanelProps {
  detail: AdminRegistrationDetail;
  onDone: (outcome: 'approved' | 'rejected') => void;
}

/** "Duyệt" / "Từ chối" for a waiting application; who decided what, once decided. */
export function DecisionPanel({ detail, onDone }: DecisionPanelProps) {
  const { t } = useTranslation('backoffice');
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
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
        <button type="button" className="button button--primary" onClick={() => setOpen('approve')}>
          {t('registrations.decision.approve')}
        </button>
        <button type="button" className="button button--danger" onClick={() => setOpen('reject')}>
          {t('registrations.decision.reject')}
        </button>
      </div>
      {open === 'approve' && (
        <ApproveDialog detail={detail} onClose={close} onDone={() => onDone('approved')} />
      )}
      {open === 'reject' && (
        <RejectDialog detail={detail} onClose={close} onDone={() => onDone('rejected')} />
      )}
    </section>
  );
}
