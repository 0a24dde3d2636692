import decodeHeic from 'heic-decode';
import sharp, { type Sharp } from 'sharp';
import { AppError } from './app-error.ts';
import { heifDeclaredSize, type ImageType, sniffImageType } from './image-sniff.ts';
import { type Semaphore, SemaphoreFullError } from './semaphore.ts';

export type NormalizedImage = {
  jpeg: Buffer;
  width: number;
  height: number;
  sourceType: ImageType;
};

export type ImageRules = { maxBytes: number; minSide: number; maxSide: number };

/**
 * A decompression bomb (tiny file, huge canvas) is refused from the size its header declares,
 * before any pixel is decoded. 60 MP holds every phone camera's full-resolution photo we expect
 * (a 50 MP sensor is 8160 × 6120); decoded as RGBA it is at most 240 MB.
 */
export const MAX_INPUT_PIXELS = 60_000_000;

let decoding = 0;
let peak = 0;
let started = 0;
/** Decodes running now, the most at once since the last reset, and all started (for tests). */
export const decodeStats = () => ({ decoding, peak, started });
export const resetDecodePeak = () => {
  peak = decoding;
};

/**
 * Checks and re-encodes an uploaded photo: type by magic bytes, size, then the dimensions the
 * header declares (JPEG/PNG/WebP through sharp's metadata, which reads no pixels; HEIC from its
 * 'ispe' boxes) — over MAX_INPUT_PIXELS is refused before any decoding. Then, holding one of
 * `slots` (at most a few decodes at once; 503 PHOTO_BUSY when the waiting line is full): at
 * least `minSide` px on each side once upright; rotated by its EXIF orientation, scaled to at
 * most `maxSide` px and re-encoded as JPEG. Re-encoding drops every metadata block (EXIF GPS
 * included): sharp writes none unless asked. Errors are AppErrors at `field`.
 */
export async function normalizeImage(
  input: Buffer,
  rules: ImageRules,
  field: string,
  slots?: Semaphore,
): Promise<NormalizedImage> {
  const fail = (code: string, status: number) => new AppError(code, status, [{ field, code }]);
  if (input.length === 0) throw fail('PHOTO_FILE_REQUIRED', 400);
  if (input.length > rules.maxBytes) throw fail('PHOTO_TOO_LARGE', 413);
  const sourceType = sniffImageType(input);
  if (!sourceType) throw fail('PHOTO_TYPE_UNSUPPORTED', 415);
  const declared = await declaredSize(input, sourceType).catch(() => undefined);
  if (!declared?.width || !declared.height) throw fail('PHOTO_UNREADABLE', 422);
  if (declared.width * declared.height > MAX_INPUT_PIXELS)
    throw fail('PHOTO_DIMENSIONS_TOO_LARGE', 422);
  const work = async () => {
    decoding++;
    started++;
    peak = Math.max(peak, decoding);
    try {
      return await decodeAndEncode(input, sourceType, rules, fail);
    } finally {
      decoding--;
    }
  };
  try {
    return await (slots ? slots.run(work) : work());
  } catch (err) {
    if (err instanceof SemaphoreFullError)
      throw new AppError('PHOTO_BUSY', 503, [{ field, code: 'PHOTO_BUSY' }], {
        'retry-after': '5',
      });
    throw err;
  }
}

/** Width and height from the header alone: no pixel is decoded. */
async function declaredSize(input: Buffer, type: ImageType) {
  if (type === 'image/heic') return heifDeclaredSize(input);
  // No pixel limit here: metadata reads the header only, and sharp's own limit would turn a
  // declared bomb into "unreadable" instead of the reason.
  const meta = await sharp(input, { failOn: 'error', limitInputPixels: false }).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0 };
}

async function decodeAndEncode(
  input: Buffer,
  sourceType: ImageType,
  rules: ImageRules,
  fail: (code: string, status: number) => AppError,
): Promise<NormalizedImage> {
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

/**
 * sharp cannot read HEIC with its prebuilt libvips; libheif (wasm) decodes it to pixels. The
 * header was checked already; the limits here stay in case the coded stream disagrees with it.
 */
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
