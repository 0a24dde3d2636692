import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { posterLink, redeemReminder } from '../api/drive-links.ts';
import type { RegistrationFlow } from './use-registration-flow.ts';

const POSTER_KEY = 'vssid.registration-drive';

export type DriveLinkState =
  | { kind: 'none' }
  | { kind: 'checking' }
  | { kind: 'filled'; withCode: boolean }
  | { kind: 'drive'; name: string }
  | { kind: 'error'; message: string };

const readPoster = () => {
  try {
    return sessionStorage.getItem(POSTER_KEY);
  } catch {
    return null;
  }
};
const writePoster = (token: string | null) => {
  try {
    if (token) sessionStorage.setItem(POSTER_KEY, token);
    else sessionStorage.removeItem(POSTER_KEY);
  } catch {
    // blocked storage: the link is tried for this page's lifetime only
  }
};

/**
 * The drive's links on "Đăng ký tài khoản" (issue 13). ?nhac=<token> (a school's reminder)
 * fills the mã số BHXH and the name of that one student — the person may still correct them;
 * a link that is expired, changed or unknown says so and fills nothing. ?dot=<token> (the
 * poster's QR code) names the drive, and once the draft exists ties it to the drive. The token
 * leaves the address bar once read.
 */
export function useDriveLink(flow: RegistrationFlow): DriveLinkState {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState<DriveLinkState>({ kind: 'none' });
  const reminder = params.get('nhac');
  const poster = params.get('dot');
  const started = useRef(false);
  const { update, stored } = flow;

  useEffect(() => {
    if (started.current || (!reminder && !poster)) return;
    started.current = true;
    const next = new URLSearchParams(params);
    next.delete('nhac');
    next.delete('dot');
    setParams(next, { replace: true });
    if (reminder) {
      setState({ kind: 'checking' });
      redeemReminder(reminder).then(
        (p) => {
          update(
            p.bhxhCode ? { bhxhCode: p.bhxhCode, fullName: p.fullName } : { fullName: p.fullName },
          );
          setState({ kind: 'filled', withCode: p.bhxhCode !== null });
        },
        (e: Error) => setState({ kind: 'error', message: e.message }),
      );
    } else if (poster) {
      setState({ kind: 'checking' });
      posterLink(poster).then(
        (r) => {
          writePoster(poster);
          setState({ kind: 'drive', name: r.drive.name });
        },
        (e: Error) => setState({ kind: 'error', message: e.message }),
      );
    }
  }, [reminder, poster, params, setParams, update]);

  // Once the draft exists (the first answer saved): tie it to the poster's drive, once.
  useEffect(() => {
    const token = readPoster();
    if (!token || !stored) return;
    writePoster(null);
    posterLink(token, stored).catch(() => undefined);
  }, [stored]);

  return state;
}
