import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Icon } from '../../../lib/components/icon.tsx';
import { QrCameraDialog } from '../../../lib/components/qr-camera-dialog.tsx';
import { decodeQrFile } from '../../../lib/qr-decode.ts';
import type { Answers } from '../answers.ts';
import { useQrFill } from '../hooks/use-qr-fill.ts';
import { AddressCandidates } from './address-candidates.tsx';
import { QrFilledNotice } from './qr-filled-notice.tsx';

interface QrPanelProps {
  answers: Answers;
  update: (patch: Partial<Answers>) => void;
}

/** "Quét mã QR": from the camera or from a picture in the gallery, BHYT card or CCCD. */
export function QrPanel({ answers, update }: QrPanelProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const [camera, setCamera] = useState(false);
  const [reading, setReading] = useState(false);
  const qr = useQrFill(answers, update, lang);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same picture again must work
    if (!file) return;
    setReading(true);
    try {
      const text = await decodeQrFile(file);
      if (text) qr.onText(text);
      else qr.setProblem(t('registration.qr.notFound'));
    } catch {
      qr.setProblem(t('registration.qr.notImage'));
    } finally {
      setReading(false);
    }
  };

  return (
    <section className="qr-panel" aria-labelledby="qr-panel-title">
      <h2 id="qr-panel-title" className="qr-panel__title">
        <Icon name="qrCode" />
        {t('registration.qr.title')}
      </h2>
      <p className="qr-panel__lead">{t('registration.qr.lead')}</p>
      <div className="qr-panel__actions">
        <button type="button" className="button button--secondary" onClick={() => setCamera(true)}>
          <Icon name="camera" />
          <span>{t('registration.qr.camera')}</span>
        </button>
        <label className="button button--secondary" htmlFor="qr-image">
          <Icon name="image" />
          <span>{t('registration.qr.gallery')}</span>
        </label>
        <input
          id="qr-image"
          className="visually-hidden"
          type="file"
          accept="image/*"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <div role="status" className="qr-panel__status">
        {(reading || qr.matching) && (
          <p className="qr-panel__reading">
            <span className="spinner spinner--small" aria-hidden="true" />
            {t('registration.qr.reading')}
          </p>
        )}
      </div>
      {qr.problem && (
        <p className="qr-panel__problem" role="alert" id="qr-problem">
          <Icon name="alert" />
          <span>{qr.problem}</span>
        </p>
      )}
      {qr.filled && <QrFilledNotice filled={qr.filled} onUndo={qr.undo} />}
      {qr.choice && (
        <AddressCandidates address={qr.choice.address} list={qr.choice.list} onChoose={qr.choose} />
      )}
      {qr.unmatched && (
        <p className="qr-panel__note">
          {t('registration.qr.addressNone', { address: qr.unmatched })}
        </p>
      )}
      {camera && (
        <QrCameraDialog
          labels={{
            title: t('registration.qr.dialog.title'),
            hint: t('registration.qr.dialog.hint'),
            close: t('registration.qr.dialog.close'),
            states: {
              starting: t('registration.qr.dialog.starting'),
              denied: t('registration.qr.dialog.denied'),
              unavailable: t('registration.qr.dialog.unavailable'),
            },
          }}
          onClose={() => setCamera(false)}
          onResult={(text) => {
            setCamera(false);
            qr.onText(text);
          }}
        />
      )}
    </section>
  );
}
