import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

interface QrSvgProps {
  payload: string;
  label: string;
  className?: string;
}

const QUIET = 4; // modules of white border every scanner expects

function qrPath(payload: string): { size: number; path: string } {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
    }
  }
  return { size: modules.size + QUIET * 2, path: parts.join('') };
}

/**
 * The QR drawn as one SVG path from the qrcode package's module matrix (no canvas, no CSS).
 * Computed just after the card has painted, not during its render: choosing the QR's mask
 * (eight trials) was the card screen's longest piece of work (~60 ms on a mid-range phone,
 * issue 17). Until then the same white square, at the same size, holds its place.
 */
export function QrSvg({ payload, label, className }: QrSvgProps) {
  const [qr, setQr] = useState<{ payload: string; size: number; path: string } | null>(null);
  useEffect(() => {
    const id = setTimeout(() => setQr({ payload, ...qrPath(payload) }));
    return () => clearTimeout(id);
  }, [payload]);
  const { size, path } = qr?.payload === payload ? qr : { size: 1, path: '' };
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
