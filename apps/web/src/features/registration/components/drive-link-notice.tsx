import { useTranslation } from 'react-i18next';
import { Notice } from '../../../lib/components/notice.tsx';
import type { DriveLinkState } from '../hooks/use-drive-link.ts';

/** What a school's reminder link or poster QR code did to the form (use-drive-link.ts). */
export function DriveLinkNotice({ state }: { state: DriveLinkState }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'none':
      return null;
    case 'checking':
      return <Notice id="drive-link">{t('registration.driveLink.checking')}</Notice>;
    case 'filled':
      return (
        <Notice tone="success" id="drive-link">
          {state.withCode
            ? t('registration.driveLink.filled')
            : t('registration.driveLink.filledNameOnly')}
        </Notice>
      );
    case 'drive':
      return (
        <Notice id="drive-link">{t('registration.driveLink.drive', { name: state.name })}</Notice>
      );
    case 'error':
      return (
        <div className="error-summary" role="alert" id="drive-link">
          <p className="error-summary__message">{state.message}</p>
        </div>
      );
  }
}
