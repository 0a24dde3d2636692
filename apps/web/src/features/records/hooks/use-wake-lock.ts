import { useEffect } from 'react';

/** Keeps the screen on while mounted, where the browser allows it (re-asks when shown again). */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let ended = false;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock
        .request('screen')
        .then((sentinel) => {
          if (ended) void sentinel.release();
          else lock = sentinel;
        })
        .catch(() => {
          // refused (battery saver, no permission): the card still shows
        });
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      ended = true;
      document.removeEventListener('visibilitychange', request);
      void lock?.release();
    };
  }, [active]);
}
