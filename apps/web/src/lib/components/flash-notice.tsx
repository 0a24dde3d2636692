import { useTranslation } from 'react-i18next';
import { type FlashKey, useFlash } from '../flash.ts';
import { Notice } from './notice.tsx';

const INFO: FlashKey[] = ['sessionEnded', 'signInFirst'];

/** Shows the one-time message another screen sent here, if any. */
export function FlashNotice() {
  const { t } = useTranslation();
  const flash = useFlash();
  if (!flash) return null;
  return (
    <div className="flash">
      <Notice id="flash-notice" tone={INFO.includes(flash) ? 'info' : 'success'}>
        {t(`flash.${flash}`)}
      </Notice>
    </div>
  );
}
