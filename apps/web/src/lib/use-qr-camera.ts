import { type RefObject, useEffect, useRef, useState } from 'react';
import { loadQrDecoder, pixelsOf, type QrPixelDecoder } from './qr-decode.ts';

export type CameraState = 'starting' | 'scanning' | 'denied' | 'unavailable';

// A frame every 200 ms is plenty for a card held still, and spares a mid-range phone's battery.
const INTERVAL_MS = 200;
const MAX_SIDE = 800;

function problem(error: unknown): CameraState {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable';
}

/**
 * Streams the back camera into `video` (getUserMedia, facingMode 'environment') and decodes
 * frames with jsQR until one holds a QR code, then stops the camera and calls `onResult` once.
 * The camera is released when the caller unmounts, whatever happened.
 */
export function useQrCamera(
  video: RefObject<HTMLVideoElement | null>,
  onResult: (text: string) => void,
): CameraState {
  const [state, setState] = useState<CameraState>('starting');
  const latest = useRef(onResult);
  latest.current = onResult;

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let stopped = false;
    let decode: QrPixelDecoder | undefined;
    const canvas = document.createElement('canvas');
    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    const tick = () => {
      const el = video.current;
      if (stopped || !el) return;
      if (decode && el.readyState >= el.HAVE_CURRENT_DATA && el.videoWidth > 0) {
        const pixels = pixelsOf(canvas, el, el.videoWidth, el.videoHeight, MAX_SIDE);
        const text = pixels && decode(pixels);
        if (text) {
          stop();
          latest.current(text);
          return;
        }
      }
      timer = window.setTimeout(tick, INTERVAL_MS);
    };
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('unavailable');
      return;
    }
    loadQrDecoder().then(
      (d) => {
        decode = d;
      },
      () => !stopped && setState('unavailable'),
    );
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return stop();
        video.current.srcObject = media;
        await video.current.play().catch(() => undefined);
        setState('scanning');
        tick();
      })
      .catch((error: unknown) => !stopped && setState(problem(error)));
    return stop;
  }, [video]);

  return state;
}
