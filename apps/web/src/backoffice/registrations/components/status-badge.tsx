import { REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '@vssid/contracts';
import { useLang } from '../../../i18n/use-lang.ts';

/** "Chờ duyệt" / "Đã duyệt" / "Bị từ chối" as a coloured pill (colour never the only cue). */
export function StatusBadge({ status }: { status: RegistrationStatus }) {
  const [lang] = useLang();
  return (
    <span className={`status-badge status-badge--${status}`}>
      {REGISTRATION_STATUS_LABELS[status][lang]}
    </span>
  );
}
