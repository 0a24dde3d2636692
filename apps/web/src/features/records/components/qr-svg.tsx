import QRCode from 'qrcode';
import { useMemo } from 'react';

interface QrSvgProps {
  payload: string;
  label: string;
  className?: string;
}

const QUIET = 4; // modules of white border every scanner expects

/** The QR drawn as one SVG path from the qrcode package's module matrix (no canvas, no CSS). */
export function QrSvg({ payload, label, className }: QrSvgProps) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
    const parts: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
      }
    }
    return { size: modules.size + QUIET * 2, path: parts.join('') };
  }, [payload]);
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
