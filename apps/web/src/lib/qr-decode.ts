import type { QRCode } from 'jsqr';

export type QrPixelDecoder = (image: ImageData) => string | null;
let decoder: Promise<QrPixelDecoder> | undefined;

/** Text of a decoded QR code; its bytes as UTF-8 when jsQR could not read them as text. */
function textOf(code: QRCode): string {
  if (code.data !== '') return code.data;
  return new TextDecoder('utf-8').decode(Uint8Array.from(code.binaryData));
}

/**
 * The QR decoder (jsQR, ~130 kB), downloaded the first time someone scans rather than with
 * the form. It decodes one frame or picture, or returns null when none is readable.
 */
export function loadQrDecoder(): Promise<QrPixelDecoder> {
  decoder ??= import('jsqr').then(({ default: jsQR }) => (image: ImageData) => {
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
    return code ? textOf(code) : null;
  });
  return decoder;
}

/** Draws a source onto a canvas at most `max` pixels on its long side and reads its pixels. */
export function pixelsOf(
  canvas: HTMLCanvasElement,
  source: CanvasImageSource,
  width: number,
  height: number,
  max: number,
): ImageData | null {
  const scale = Math.min(1, max / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

// Phone photos are 12+ megapixels: jsQR is fast on a reduced copy and a small QR in a big
// picture may need more pixels, so try growing sizes before giving up.
const SIZES = [1024, 1600, 2400];

/**
 * Reads a QR code from a picture chosen from the gallery. Resolves null when the picture has
 * no readable QR code; rejects when the file is not a picture the browser can open.
 */
export async function decodeQrFile(file: Blob): Promise<string | null> {
  const [decode, bitmap] = await Promise.all([loadQrDecoder(), createImageBitmap(file)]);
  try {
    const canvas = document.createElement('canvas');
    for (const max of SIZES) {
      const pixels = pixelsOf(canvas, bitmap, bitmap.width, bitmap.height, max);
      const text = pixels && decode(pixels);
      if (text) return text;
      if (Math.max(bitmap.width, bitmap.height) <= max) break;
    }
    return null;
  } finally {
    bitmap.close();
  }
}
