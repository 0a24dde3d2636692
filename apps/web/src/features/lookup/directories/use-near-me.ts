import { useCallback, useState } from 'react';

export type NearMeState = 'idle' | 'locating' | 'failed';

// A city block is precise enough to sort by distance, and keeps the shared URL vague.
const DECIMALS = 4;

/**
 * "Gần tôi": asks the browser once for the position (10 s at most). On refusal, timeout or no
 * geolocation at all the state is 'failed' and everything else keeps working.
 */
export function useNearMe(onLocated: (lat: string, lng: string) => void) {
  const [state, setState] = useState<NearMeState>('idle');
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState('failed');
      return;
    }
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState('idle');
        onLocated(
          position.coords.latitude.toFixed(DECIMALS),
          position.coords.longitude.toFixed(DECIMALS),
        );
      },
      () => setState('failed'),
      { timeout: 10_000, maximumAge: 5 * 60_000, enableHighAccuracy: false },
    );
  }, [onLocated]);
  const reset = useCallback(() => setState('idle'), []);
  return { state, locate, reset };
}
