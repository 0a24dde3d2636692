/** Picture formats accepted for registration photos, recognised by their first bytes. */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic';

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
// 'mif1'/'msf1' are generic HEIF brands (AVIF uses them too): HEIC only with a HEVC brand listed.
const GENERIC_BRANDS = new Set(['mif1', 'msf1']);

/**
 * The real type of an upload from its magic bytes, or undefined. The file name and the declared
 * content type are never trusted: a PDF renamed photo.jpg is still a PDF.
 */
export function sniffImageType(b: Buffer): ImageType | undefined {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')))
    return 'image/png';
  if (
    b.length >= 12 &&
    b.toString('ascii', 0, 4) === 'RIFF' &&
    b.toString('ascii', 8, 12) === 'WEBP'
  )
    return 'image/webp';
  if (b.length >= 16 && b.toString('ascii', 4, 8) === 'ftyp') {
    const boxSize = Math.min(b.readUInt32BE(0), b.length, 256);
    const major = b.toString('ascii', 8, 12);
    if (HEIC_BRANDS.has(major)) return 'image/heic';
    if (GENERIC_BRANDS.has(major)) {
      for (let i = 16; i + 4 <= boxSize; i += 4)
        if (HEIC_BRANDS.has(b.toString('ascii', i, i + 4))) return 'image/heic';
    }
  }
  return undefined;
}

/**
 * The largest width × height a HEIF/HEIC file declares, read from its 'ispe' (image spatial
 * extent) properties without decoding anything: meta → iprp → ipco → ispe. Every image item
 * must have one (ISO/IEC 23008-12), so a file without any is not a picture we can read.
 * The largest of all items counts (the primary image, its grid, tiles and thumbnails), so no
 * item can be a bomb behind a small primary. Undefined when no 'ispe' is found.
 */
export function heifDeclaredSize(b: Buffer): { width: number; height: number } | undefined {
  let best: { width: number; height: number } | undefined;
  const walk = (start: number, end: number, depth: number) => {
    let at = start;
    while (at + 8 <= end && depth < 6) {
      let size = b.readUInt32BE(at);
      const type = b.toString('latin1', at + 4, at + 8);
      let header = 8;
      if (size === 1) {
        if (at + 16 > end) return;
        size = Number(b.readBigUInt64BE(at + 8));
        header = 16;
      } else if (size === 0) size = end - at; // to the end of the enclosing box
      if (size < header || at + size > end) return; // truncated or lying: stop here
      const body = at + header;
      if (type === 'meta')
        walk(body + 4, at + size, depth + 1); // full box: version + flags
      else if (type === 'iprp' || type === 'ipco') walk(body, at + size, depth + 1);
      else if (type === 'ispe' && body + 12 <= at + size) {
        const width = b.readUInt32BE(body + 4);
        const height = b.readUInt32BE(body + 8);
        if (!best || width * height > best.width * best.height) best = { width, height };
      }
      at += size;
    }
  };
  walk(0, b.length, 0);
  return best;
}
