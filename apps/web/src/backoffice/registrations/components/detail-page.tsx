import type { AdminRegistrationDetail, PhotoKind } from '@vssid/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiRequestError } from '../../../lib/api.ts';
import { Icon } from '../../../lib/components/icon.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { BoPage } from '../../components/bo-page.tsx';
import { ListState } from '../../components/list-state.tsx';
import { type DecisionResult, useNeighbours, useRegistrationDetail } from '../api/registrations.ts';
import { dialogOpen, shortcutKey } from '../keyboard.ts';
import { filtersFrom, toNeighbourQuery } from '../queue-params.ts';
import { ApplicantFacts } from './applicant-facts.tsx';
import { DecisionPanel, type DialogName } from './decision-panel.tsx';
import { DifferencesBox } from './differences-box.tsx';
import { PhotoGallery, type PhotoLoad } from './photo-gallery.tsx';
import { ShortcutHelp, ShortcutLegend } from './shortcut-help.tsx';
import { StatusBadge } from './status-badge.tsx';
import { useUndoOffer } from './undo-context.tsx';

/** One application: data, photos, registry result, what differs from the records, decision. */
export function DetailPage() {
  const { t } = useTranslation('backoffice');
  const { id = '' } = useParams();
  const { search } = useLocation();
  const detail = useRegistrationDetail(id);
  const notFound = detail.error instanceof ApiRequestError && detail.error.status === 404;
  const d = detail.data;
  const back = (
    <Link to={`..${search}`} relative="path" className="bo-back">
      <Icon name="arrowLeft" size={20} />
      {t('registrations.detail.back')}
    </Link>
  );
  if (!d || d.id !== id) {
    return (
      <BoPage title={t('shell.applications')}>
        {back}
        {notFound ? (
          <p className="inline-error" role="alert">
            {t('registrations.detail.notFound')}
          </p>
        ) : (
          <ListState pending={detail.isPending} error={detail.error}>
            {null}
          </ListState>
        )}
      </BoPage>
    );
  }
  // Keyed by application: photo states, dialogs and shortcuts start afresh for each one.
  return <Review key={d.id} detail={d} back={back} search={search} />;
}

interface ReviewProps {
  detail: AdminRegistrationDetail;
  back: React.ReactNode;
  search: string;
}

function Review({ detail: d, back, search }: ReviewProps) {
  const { t } = useTranslation('backoffice');
  const navigate = useNavigate();
  const { offer } = useUndoOffer();
  const neighbours = useNeighbours(
    d.id,
    toNeighbourQuery(filtersFrom(new URLSearchParams(search))),
  );
  const [open, setOpen] = useState<DialogName | null>(null);
  const [help, setHelp] = useState(false);
  const [photos, setPhotos] = useState<Partial<Record<PhotoKind, PhotoLoad>>>({});
  const onPhoto = useCallback(
    (kind: PhotoKind, state: PhotoLoad) => setPhotos((p) => ({ ...p, [kind]: state })),
    [],
  );
  const states = d.photos.map((p) => photos[p.kind] ?? 'loading');
  const loading = states.filter((s) => s === 'loading').length;
  const failed = states.includes('failed');
  const pending = d.status === 'pending';
  const canApprove = pending && loading === 0 && !failed;
  const canReject = pending && loading === 0;
  const blockedBy = !pending
    ? null
    : loading > 0
      ? t('registrations.photos.wait', { n: loading })
      : failed
        ? t('registrations.photos.blocked')
        : null;

  const go = useCallback(
    (to: string | null | undefined) => {
      if (to) navigate(`../${to}${search}`, { relative: 'path' });
    },
    [navigate, search],
  );

  /** After "Duyệt"/"Từ chối": offer "Hoàn tác", open the next waiting application (same filters). */
  const onDone = (result: DecisionResult) => {
    offer({
      id: d.id,
      number: d.applicationNumber,
      outcome: result.status,
      windowMs: new Date(result.undoUntil).getTime() - new Date(result.decidedAt).getTime(),
      search,
    });
    // Still loading (a very quick decision)? Ask again: the order is relative to this one anyway.
    const known = neighbours.data
      ? Promise.resolve(neighbours.data)
      : neighbours.refetch().then((r) => r.data);
    void known.then((n) => {
      if (n?.nextPending) go(n.nextPending);
      else navigate(`..${search}`, { relative: 'path' });
    });
  };

  const [hint, setHint] = useState('');
  // The listener reads the latest render's state through a ref: subscribed once, it can never
  // act on a stale render (a key pressed between a render and its effect).
  const latest = useRef({ n: neighbours.data, go, pending, canApprove, canReject, blockedBy });
  latest.current = { n: neighbours.data, go, pending, canApprove, canReject, blockedBy };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialogOpen()) return;
      const key = shortcutKey(e);
      if (!key) return;
      const { n, go, pending, canApprove, canReject, blockedBy } = latest.current;
      const act = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      if (key === 'j' || key === 'ArrowRight') act(() => go(n?.next));
      else if (key === 'k' || key === 'ArrowLeft') act(() => go(n?.previous));
      else if (key === '?') act(() => setHelp(true));
      else if (key === 'a' && pending)
        act(() => (canApprove ? setOpen('approve') : setHint(blockedBy ?? '')));
      else if (key === 'r' && pending)
        act(() => (canReject ? setOpen('reject') : setHint(blockedBy ?? '')));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (!blockedBy) setHint('');
  }, [blockedBy]);

  const n = neighbours.data;
  return (
    <BoPage title={t('registrations.detail.title', { number: d.applicationNumber })}>
      <div className="bo-review__bar">
        {back}
        <nav className="bo-review__nav" aria-label={t('registrations.keys.navLabel')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={!n?.previous}
            aria-keyshortcuts="K ArrowLeft"
            onClick={() => go(n?.previous)}
          >
            <span className="kbd" aria-hidden="true">
              K
            </span>{' '}
            {t('registrations.keys.previous')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={!n?.next}
            aria-keyshortcuts="J ArrowRight"
            onClick={() => go(n?.next)}
          >
            {t('registrations.keys.next')}{' '}
            <span className="kbd" aria-hidden="true">
              J
            </span>
          </button>
        </nav>
      </div>
      <ShortcutLegend onHelp={() => setHelp(true)} />
      <p className="bo-detail__meta">
        <StatusBadge status={d.status} />
        <span>{t('registrations.detail.submitted', { time: formatDateTime(d.submittedAt) })}</span>
        <span>{d.agency.name}</span>
      </p>
      {hint && (
        <p className="inline-error" role="alert" id="decision-hint">
          {hint}
        </p>
      )}
      <div className="bo-detail">
        <div className="bo-detail__main">
          <DifferencesBox differences={d.differences} />
          <ApplicantFacts detail={d} />
        </div>
        <div className="bo-detail__side">
          <DecisionPanel
            detail={d}
            onDone={onDone}
            open={open}
            setOpen={setOpen}
            canApprove={canApprove}
            canReject={canReject}
            blockedBy={blockedBy}
          />
          <PhotoGallery photos={d.photos} states={photos} onState={onPhoto} />
        </div>
      </div>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </BoPage>
  );
}
