import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLang } from '../../../i18n/use-lang.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useUndo } from '../api/registrations.ts';
import { dialogOpen, shortcutKey } from '../keyboard.ts';

/** The decision that "Hoàn tác" can still take back. */
export interface Undoable {
  id: string;
  number: string;
  outcome: 'approved' | 'rejected';
  /** The server's window (undoUntil − decidedAt), counted from when its answer arrived here. */
  windowMs: number;
  /** The queue's filters, to come back to the application with them. */
  search: string;
}

interface UndoApi {
  offer: (d: Undoable) => void;
  /** Takes the decision back; false when there is nothing to undo. */
  undo: () => boolean;
}

const UndoContext = createContext<UndoApi | null>(null);
export const useUndoOffer = () => {
  const api = useContext(UndoContext);
  if (!api) throw new Error('useUndoOffer outside UndoProvider');
  return api;
};

/** A little before the server's end, so a click in the last instant is not refused. */
const SAFETY_MS = 400;

/**
 * The "Hoàn tác" bar: lives above the review routes, so it stays while the next application
 * opens. U (or the button) takes the decision back and reopens that application. Its words are
 * announced once (polite live region); the countdown itself is not read out every second.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  const navigate = useNavigate();
  const undoing = useUndo();
  const [last, setLast] = useState<(Undoable & { startedAt: number }) | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const left = last ? Math.max(0, last.startedAt + last.windowMs - SAFETY_MS - now) : 0;
  useEffect(() => {
    if (!last) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [last]);
  useEffect(() => {
    if (last && left === 0) setLast(null);
  }, [last, left]);

  const offer = useCallback((d: Undoable) => {
    setOutcome(null);
    setNow(Date.now());
    setLast({ ...d, startedAt: Date.now() });
  }, []);

  const undo = useCallback(() => {
    if (!last || undoing.isPending) return false;
    const d = last;
    undoing.mutate(d.id, {
      onSuccess: () => {
        setLast(null);
        setOutcome({ ok: true, text: t('registrations.undo.done', { number: d.number }) });
        navigate(`/admin/ho-so/${d.id}${d.search}`);
      },
      onError: (error) => {
        setLast(null);
        setOutcome({ ok: false, text: errorMessage(error, lang) });
      },
    });
    return true;
  }, [last, undoing, navigate, t, lang]);

  // Subscribed once; reads the latest `undo` (a key pressed right after a render still counts).
  const latestUndo = useRef(undo);
  latestUndo.current = undo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (shortcutKey(e) !== 'u' || dialogOpen()) return;
      if (latestUndo.current()) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!outcome?.ok) return;
    const timer = setTimeout(() => setOutcome(null), 6000);
    return () => clearTimeout(timer);
  }, [outcome]);

  return (
    <UndoContext.Provider value={{ offer, undo }}>
      {children}
      <div className="undo-bar__region" role="status" aria-live="polite">
        {last && (
          <div className="undo-bar" id="undo-bar">
            <p id="decision-done" className="undo-bar__text">
              {t(`registrations.undo.${last.outcome}`, { number: last.number })}{' '}
              {t('registrations.undo.hint', { seconds: Math.round(last.windowMs / 1000) })}
            </p>
            <span className="undo-bar__count" aria-hidden="true">
              {Math.ceil(left / 1000)}
            </span>
            <button
              type="button"
              className="button button--secondary undo-bar__button"
              aria-keyshortcuts="U"
              disabled={undoing.isPending}
              onClick={() => undo()}
            >
              {undoing.isPending ? t('registrations.undo.pending') : t('registrations.undo.button')}
              <span className="kbd" aria-hidden="true">
                U
              </span>
            </button>
          </div>
        )}
        {!last && outcome && (
          <div
            className={outcome.ok ? 'undo-bar undo-bar--done' : 'undo-bar undo-bar--error'}
            id="undo-outcome"
          >
            <p className="undo-bar__text">{outcome.text}</p>
            <button
              type="button"
              className="link-button"
              onClick={() => setOutcome(null)}
              aria-label={t('registrations.undo.dismiss')}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}
