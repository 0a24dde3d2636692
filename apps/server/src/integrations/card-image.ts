import type { BhytCard } from '@vssid/contracts';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { cardLines } from './pdf/records-pdf.ts';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The card as a PNG: an SVG composed here (text + the QR as SVG paths), rasterised by sharp.
 * The QR comes from the `qrcode` package so the payload is exactly the one the API returns.
 */
export async function cardPng(card: BhytCard): Promise<Buffer> {
  const qr = await QRCode.toString(card.qrPayload, { type: 'svg', margin: 1, width: 260 });
  const qrInner = qr.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const viewBox = /viewBox="([^"]+)"/.exec(qr)?.[1] ?? '0 0 1 1';
  let y = 60;
  const texts = cardLines(card)
    .map(([text, size, bold]) => {
      const t = `<text x="32" y="${y}" font-size="${size * 1.8}" font-family="sans-serif"${bold ? ' font-weight="bold"' : ''}>${esc(text)}</text>`;
      y += size * 1.8 + 14;
      return t;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${Math.max(y + 20, 420)}">
<rect width="100%" height="100%" rx="24" fill="#e8f3fc" stroke="#1565c0" stroke-width="4"/>
${texts}
<svg x="910" y="40" width="260" height="260" viewBox="${viewBox}">${qrInner}</svg>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
