import {
  type DeclarationReceipt,
  type DeclarationReceiveResult,
  normalizeApplicationNumber,
  type OrgOverview,
} from '@vssid/contracts';
import { formatDate } from '@vssid/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLang } from '../../i18n/use-lang.ts';
import { Button } from '../../lib/components/button.tsx';
import { Icon } from '../../lib/components/icon.tsx';
import { Notice } from '../../lib/components/notice.tsx';
import { QrCameraDialog } from '../../lib/components/qr-camera-dialog.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { PATHS } from '../../lib/paths.ts';
import {
  handoverUrl,
  useDeclarations,
  useReceiveDeclaration,
  useUndoDeclaration,
} from '../api/declarations-api.ts';
import { LoadError, Loading } from './states.tsx';
import './declarations.css';

/** "14:05" and "26/11/2026" in Vietnam time (UTC+7, no daylight saving). */
const vnTime = (iso: string) =>
  new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(11, 16);

/**
 * "Nhận tờ khai đã ký": the staff scan the QR code of the form a student hands in (the phone's
 * camera) or type its application number, and see at once whose form it is — or why it is not
 * taken. A mistaken receipt is undone from the answer or from the list below.
 */
export function DeclarationsPage({ overview }: { overview: OrgOverview }) {
  const { t } = useTranslation('organization');
  const [lang] = useLang();
  const { driveId } = useParams();
  const drive = overview.drives.find((d) => d.id === driveId) ?? overview.drives[0]!;
  const list = useDeclarations(drive.id);
  const receive = useReceiveDeclaration(drive.id);
  const undo = useUndoDeclaration(drive.id);
  const [number, setNumber] = useState('');
  const [camera, setCamera] = useState(false);
  const [missing, setMissing] = useState(false);
  const [answer, setAnswer] = useState<DeclarationReceiveResult | null>(null);
  const [undone, setUndone] = useState<DeclarationReceipt | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { field: useId(), error: useId() };
  useEffect(() => {
    document.title = `${t('declarations.title')} · ${t('app.title')}`;
  }, [t]);

  const send = (value: string) => {
    setAnswer(null);
    setUndone(null);
    undo.reset();
    if (value.trim() === '') {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setMissing(false);
    receive.mutate(value, {
      onSuccess: (r) => {
        setAnswer(r);
        setNumber('');
      },
      onError: () => input.current?.focus(),
    });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send(number);
  };
  const undoReceipt = (r: DeclarationReceipt) =>
    undo.mutate(r.applicationNumber, {
      onSuccess: () => {
        setUndone(r);
        setAnswer(null);
      },
    });

  const error = missing
    ? t('declarations.numberMissing')
    : receive.isError
      ? errorMessage(receive.error, lang)
      : null;
  const receipt = answer?.receipt;
  return (
    <>
      <p className="org-back">
        <Link to={`${PATHS.organization}/dot/${drive.id}`}>
          <Icon name="arrowLeft" /> {t('declarations.back')}
        </Link>
      </p>
      <h1 className="bo-page__title" tabIndex={-1}>
        {t('declarations.title')}
      </h1>
      <p className="bo-page__lead">{t('declarations.lead')}</p>

      <section className="org-scan" aria-label={t('declarations.title')}>
        <Button className="org-scan__camera" onClick={() => setCamera(true)} id="org-scan-camera">
          <Icon name="qrCode" /> {answer ? t('declarations.scanNext') : t('declarations.scan')}
        </Button>
        <form className="org-scan__form" noValidate onSubmit={submit}>
          <div className={error ? 'field field--error' : 'field'}>
            <label className="field__label" htmlFor={ids.field}>
              {t('declarations.number')} <span className="field__required">*</span>
            </label>
            <p className="field__hint">{t('declarations.numberHint')}</p>
            {error && (
              <p className="field__error" id={ids.error} role="alert">
                {error}
              </p>
            )}
            <input
              ref={input}
              id={ids.field}
              name="applicationNumber"
              className="input"
              value={number}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={40}
              aria-invalid={Boolean(error) || undefined}
              aria-describedby={error ? ids.error : undefined}
              onChange={(e) => setNumber(e.target.value)}
            />
          </div>
          <Button
            type="submit"
            variant="secondary"
            pending={receive.isPending}
            pendingLabel={t('declarations.pending')}
          >
            {t('declarations.submit')}
          </Button>
        </form>

        <div id="org-scan-answer" aria-live="polite">
          {receipt && answer.outcome === 'received' && (
            <Notice tone="success">
              <p>
                {t('declarations.received', {
                  name: receipt.fullName,
                  code: receipt.studentCode,
                  className: receipt.className,
                })}
              </p>
              <p className="org-scan__number">{receipt.applicationNumber}</p>
              <Button
                variant="secondary"
                pending={undo.isPending}
                onClick={() => undoReceipt(receipt)}
              >
                {t('declarations.undo')}
              </Button>
            </Notice>
          )}
          {receipt && answer.outcome === 'already_received' && (
            <div className="notice notice--warning" role="status">
              <Icon name="alert" />
              <div>
                <p>
                  <strong>
                    {receipt.fullName} ({receipt.studentCode})
                  </strong>
                </p>
                <p>
                  {t('declarations.already', {
                    time: vnTime(receipt.receivedAt),
                    date: formatDate(new Date(receipt.receivedAt)),
                    by: receipt.receivedBy.name,
                  })}
                </p>
              </div>
            </div>
          )}
          {undone && (
            <Notice>
              {t('declarations.undone', {
                number: undone.applicationNumber,
                name: undone.fullName,
              })}
            </Notice>
          )}
          {undo.isError && (
            <p className="field__error" role="alert">
              {errorMessage(undo.error, lang)}
            </p>
          )}
        </div>
      </section>

      {camera && (
        <QrCameraDialog
          labels={{
            title: t('declarations.camera.title'),
            hint: t('declarations.camera.hint'),
            close: t('declarations.camera.close'),
            states: {
              starting: t('declarations.camera.starting'),
              denied: t('declarations.camera.denied'),
              unavailable: t('declarations.camera.unavailable'),
            },
          }}
          onClose={() => setCamera(false)}
          onResult={(text) => {
            setCamera(false);
            // What the QR holds goes into the field too, so an answer can be read against it.
            const value = normalizeApplicationNumber(text) ?? text.trim().slice(0, 40);
            setNumber(value);
            send(value);
          }}
        />
      )}

      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError retry={() => list.refetch()} />
      ) : (
        <>
          <section className="org-section" aria-labelledby="org-handover-title">
            <h2 id="org-handover-title">{t('declarations.handoverTitle')}</h2>
            <p className="bo-page__lead">{t('declarations.handoverLead')}</p>
            {list.data.agencies.length === 0 ? (
              <p className="org-note">{t('declarations.handoverNone')}</p>
            ) : (
              <ul className="org-handover">
                {list.data.agencies.map((a) => (
                  <li key={a.id}>
                    <a className="org-handover__link" href={handoverUrl(drive.id, a.id)} download>
                      <Icon name="document" />
                      {t('declarations.handover', { agency: a.name, count: a.count })}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="org-section" aria-labelledby="org-received-title">
            <h2 id="org-received-title">{t('declarations.listTitle')}</h2>
            <p id="org-received-count">
              {t('declarations.count', { count: list.data.total })}
              {list.data.total > list.data.items.length &&
                ` ${t('declarations.latest', { shown: list.data.items.length })}`}
            </p>
            {list.data.items.length === 0 ? (
              <p className="org-note">{t('declarations.empty')}</p>
            ) : (
              <ul className="org-received" id="org-received">
                {list.data.items.map((r) => (
                  <li key={r.applicationNumber} className="org-received__item">
                    <div>
                      <strong>{r.fullName}</strong>{' '}
                      <span className="org-reason">
                        {r.studentCode} · {t('declarations.className')} {r.className} ·{' '}
                        {r.applicationNumber}
                      </span>
                      <span className="org-reason">
                        {t('declarations.receivedAt')} {vnTime(r.receivedAt)}{' '}
                        {formatDate(new Date(r.receivedAt))} · {r.receivedBy.name}
                      </span>
                    </div>
                    <Button
                      variant="secondary"
                      aria-label={t('declarations.undoOf', { number: r.applicationNumber })}
                      onClick={() => undoReceipt(r)}
                    >
                      {t('declarations.undo')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
