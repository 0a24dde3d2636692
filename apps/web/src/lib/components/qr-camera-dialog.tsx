import { useEffect, useRef } from 'react';
import { type CameraState, useQrCamera } from '../use-qr-camera.ts';
import { Icon } from './icon.tsx';

export interface QrCameraLabels {
  title: string;
  hint: string;
  close: string;
  states: Record<Exclude<CameraState, 'scanning'>, string>;
}

interface QrCameraDialogProps {
  labels: QrCameraLabels;
  onResult: (text: string) => void;
  onClose: () => void;
}

/**
 * A modal camera viewfinder that reads the first QR code it sees. Mount it to open it: the
 * camera starts with the dialog and stops when it closes (Escape, "Đóng", or a result).
 */
export function QrCameraDialog({ labels, onResult, onClose }: QrCameraDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const state = useQrCamera(video, onResult);

  // No close() on cleanup: its 'close' event would report a dismissal the person never made
  // (React's development double-mount); a removed dialog leaves the top layer by itself.
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="qr-camera"
      aria-labelledby="qr-camera-title"
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="qr-camera__bar">
        <h2 id="qr-camera-title" className="qr-camera__title">
          {labels.title}
        </h2>
        <button type="button" className="qr-camera__close" onClick={onClose}>
          <Icon name="close" />
          <span>{labels.close}</span>
        </button>
      </div>
      <div className="qr-camera__view">
        <video ref={video} className="qr-camera__video" playsInline muted />
        <span className="qr-camera__frame" aria-hidden="true" />
      </div>
      <p className="qr-camera__status" role="status">
        {state === 'scanning' ? labels.hint : labels.states[state]}
      </p>
    </dialog>
  );
}
