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
