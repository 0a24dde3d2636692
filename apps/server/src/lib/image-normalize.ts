import decodeHeic from 'heic-decode';
import sharp, { type Sharp } from 'sharp';
import { AppError } from './app-error.ts';
import { type ImageType, sniffImageType } from './image-sniff.ts';

export type NormalizedImage = {
  jpeg: Buffer;
  width: number;
  height: number;
  sourceType: ImageType;
};

export type ImageRules = { maxBytes: number; minSide: number; maxSide: number };

/** A decompression bomb (tiny file, huge canvas) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 60_000_000;

/**
 * Checks and re-encodes an uploaded photo: type by magic bytes, size, readable, at least
 * `minSide` px on each side once upright; then rotated by its EXIF orientation, scaled to at
 * most `maxSide` px and re-encoded as JPEG. Re-encoding drops every metadata block (EXIF GPS
 * included): sharp writes none unless asked. Errors are AppErrors at `field`.
 */
export async function normalizeImage(
  input: Buffer,
  rules: ImageRules,
  field: string,
): Promise<NormalizedImage> {
  const fail = (code: string, status: number) => new AppError(code, status, [{ field, code }]);
  if (input.length === 0) throw fail('PHOTO_FILE_REQUIRED', 400);
  if (input.length > rules.maxBytes) throw fail('PHOTO_TOO_LARGE', 413);
  const sourceType = sniffImageType(input);
  if (!sourceType) throw fail('PHOTO_TYPE_UNSUPPORTED', 415);
  try {
    const image = await open(input, sourceType);
    const meta = await image.metadata();
    // Orientations 5–8 swap width and height once the picture is turned upright.
    const swap = (meta.orientation ?? 1) >= 5;
    const width = (swap ? meta.height : meta.width) ?? 0;
    const height = (swap ? meta.width : meta.height) ?? 0;
    if (Math.min(width, height) < rules.minSide) throw fail('PHOTO_TOO_SMALL', 422);
    const { data, info } = await image
      .rotate()
      .resize({
        width: rules.maxSide,
        height: rules.maxSide,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: data, width: info.width, height: info.height, sourceType };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw fail('PHOTO_UNREADABLE', 422);
  }
}

/** sharp cannot read HEIC with its prebuilt libvips; libheif (wasm) decodes it to pixels. */
async function open(input: Buffer, type: ImageType): Promise<Sharp> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  if (type !== 'image/heic') {
    const image = sharp(input, options);
    await image.metadata(); // throws now on a truncated or fake file
    return image;
  }
  const decoded = await decodeHeic({ buffer: new Uint8Array(input) });
  if (decoded.width * decoded.height > MAX_INPUT_PIXELS) throw new Error('too many pixels');
  return sharp(Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength), {
    raw: { width: decoded.width, height: decoded.height, channels: 4 },
  });
}
