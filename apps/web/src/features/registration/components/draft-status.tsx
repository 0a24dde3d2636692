import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Notice } from '../../../lib/components/notice.tsx';
import { errorsFromApi, messageFor } from '../../../lib/form-errors.ts';
import type { RegistrationFlow } from '../hooks/use-registration-flow.ts';

/** Where the answers stand: saved, saving, not saved yet (offline), or a draft that is gone. */
export function DraftStatus({ flow }: { flow: RegistrationFlow }) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const general = flow.loadError ? errorsFromApi(flow.loadError, lang).general : undefined;
  return (
    <>
      {flow.lost && (
        <Notice id="reg-draft-lost">
          {messageFor({ code: 'DRAFT_NOT_FOUND', message: '' }, lang)}
        </Notice>
      )}
      {general && (
        <div className="notice notice--warning" role="alert">
          <p>
            {t('registration.loadFailed')} {messageFor(general, lang)}
          </p>
          <button type="button" className="link-button" onClick={flow.reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      <p className={`save-state save-state--${flow.saveState}`} role="status" id="reg-save-state">
        {flow.saveState === 'idle' ? '' : t(`registration.save.${flow.saveState}`)}
      </p>
    </>
  );
}
