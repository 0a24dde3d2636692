import { useTranslation } from 'react-i18next';
import type { StudentFilter } from '../api/org-api.ts';
import { useSendReminders } from '../api/reminders-api.ts';
import './reminders.css';

/** What is chosen: some students by mã sinh viên, or every student the filter matches. */
export type Selection = { all: false; codes: Set<string> } | { all: true };
export const NOTHING: Selection = { all: false, codes: new Set() };

interface Props {
  driveId: string;
  filter: StudentFilter;
  /** Students the filter matches (all pages). */
  total: number;
  selection: Selection;
  setSelection: (s: Selection) => void;
}

/** Above the list: how many are chosen, "select all matching the filter", "Gửi nhắc nhở". */
export function RemindersBar({ driveId, filter, total, selection, setSelection }: Props) {
  const { t } = useTranslation('orgReminders');
  const send = useSendReminders(driveId);
  const count = selection.all ? total : selection.codes.size;
  const onSend = () => {
    if (count === 0 || send.isPending) return;
    send.mutate(selection.all ? { filter } : { studentCodes: [...selection.codes] }, {
      onSuccess: () => setSelection(NOTHING),
    });
  };
  return (
    <div className="org-remind">
      <p id="org-remind-count" className="org-remind__count">
        {selection.all ? t('allSelected', { count: total }) : t('selected', { count })}
      </p>
      {!selection.all && total > 0 && (
        <button
          type="button"
          className="link-button"
          id="org-select-all"
          onClick={() => setSelection({ all: true })}
        >
          {t('selectAll', { count: total })}
        </button>
      )}
      {count > 0 && (
        <button type="button" className="link-button" onClick={() => setSelection(NOTHING)}>
          {t('clear')}
        </button>
      )}
      <button
        type="button"
        className="button button--primary"
        id="org-send-reminders"
        disabled={count === 0 || send.isPending}
        onClick={onSend}
      >
        {send.isPending ? t('sending') : t('send')}
      </button>
      <p className="field__hint">{t('rule')}</p>
      <div role="status" id="org-remind-result">
        {send.data && <p className="notice notice--success">{send.data.message}</p>}
      </div>
      {send.error && (
        <p className="field__error" role="alert">
          {send.error.message}
        </p>
      )}
    </div>
  );
}
