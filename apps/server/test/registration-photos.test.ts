import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeStats, resetDecodePeak } from '../src/lib/image-normalize.ts';
import {
  PHOTO_DECODE_CONCURRENCY,
  PHOTO_DECODE_QUEUE,
} from '../src/services/registration/registration-photo.service.ts';
import type { TestApp } from './helpers.ts';
import {
  applicantOf,
  captureOtps,
  type Draft,
  newDraft,
  picture,
  put,
  register,
  registrationApp,
  student,
  upload,
} from './registration-helpers.ts';

let t: TestApp;
let d: Draft;
beforeAll(async () => {
  t = await registrationApp();
  d = await newDraft(t);
  await put(t, d, '/consent', { accepted: true });
});
afterAll(async () => t.close());

/** A multipart/form-data body with one file part, as a browser sends it. */
function multipart(filename: string, contentType: string, data: Buffer) {
  const boundary = '----vssid-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const sendMultipart = (kind: string, filename: string, type: string, data: Buffer) => {
  const m = multipart(filename, type, data);
  return t.app.inject({
    method: 'PUT',
    url: `/api/registrations/${d.id}/photos/${kind}`,
    headers: { ...d.h, ...m.headers },
    payload: m.payload,
  });
};
const served = async (kind: string) =>
  t.app.inject({ method: 'GET', url: `/api/registrations/${d.id}/photos/${kind}`, headers: d.h });
const errorAt = (body: string) => JSON.parse(body).error.fields?.[0];

describe('PUT /api/registrations/:id/photos/:kind', () => {
  it('refuses any upload before consent', async () => {
    const fresh = await newDraft(t);
    const r = await upload(t, fresh, 'portrait', await picture());
    expect(r.statusCode).toBe(409);
    expect(errorAt(r.body)).toMatchObject({ field: 'portrait', code: 'CONSENT_REQUIRED' });
  });

  it('accepts JPEG, PNG and WebP, raw or multipart, and stores a JPEG', async () => {
    expect(
      (await upload(t, d, 'portrait', await picture(640, 480, 'png'), 'image/png')).statusCode,
    ).toBe(200);
    const webp = await sendMultipart(
      'id_front',
      'mat-truoc.webp',
      'image/webp',
      await picture(800, 500, 'webp'),
    );
    expect(webp.statusCode, webp.body).toBe(200);
    expect(webp.json().photo).toMatchObject({
      kind: 'id_front',
      width: 800,
      height: 500,
      contentType: 'image/jpeg',
    });
    const file = await served('id_front');
    expect((await sharp(file.rawPayload).metadata()).format).toBe('jpeg');
  });

  it('accepts a real HEIC photo (decoded with libheif) and serves it as JPEG', async () => {
    const heic = readFileSync(new URL('./fixtures/sample-640x480.heic', import.meta.url));
    const r = await sendMultipart('id_back', 'IMG_0001.HEIC', 'image/heic', heic);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().photo).toMatchObject({ width: 640, height: 480 });
    const meta = await sharp((await served('id_back')).rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 640, 480]);
  });

  it('refuses a PDF or a text file named photo.jpg (type by content, not name)', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF');
    const r = await sendMultipart('portrait', 'photo.jpg', 'image/jpeg', pdf);
    expect(r.statusCode).toBe(415);
    expect(errorAt(r.body)).toMatchObject({ field: 'portrait', code: 'PHOTO_TYPE_UNSUPPORTED' });
    const text = await upload(t, d, 'portrait', Buffer.from('xin chào, đây không phải ảnh'));
    expect(text.statusCode).toBe(415);
  });

  it('refuses an 11 MB file with the registration’s own 413 at the field (raw and multipart)', async () => {
    const big = Buffer.concat([await picture(), Buffer.alloc(11 * 1024 * 1024)]);
    for (const r of [
      await upload(t, d, 'id_front', big),
      await sendMultipart('id_front', 'a.jpg', 'image/jpeg', big),
    ]) {
      expect(r.statusCode).toBe(413);
      expect(r.json().error.code).toBe('PHOTO_TOO_LARGE');
      expect(errorAt(r.body)).toMatchObject({ field: 'id_front', code: 'PHOTO_TOO_LARGE' });
      expect(r.json().error.message).toContain('10 MB');
    }
  });

  it('refuses a too-small picture and an unreadable one, with the reason', async () => {
    const small = await upload(t, d, 'portrait', await picture(299, 400));
    expect(small.statusCode).toBe(422);
    expect(errorAt(small.body)).toMatchObject({ code: 'PHOTO_TOO_SMALL' });
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 7)]);
    const r = await upload(t, d, 'portrait', broken);
    expect(r.statusCode).toBe(422);
    expect(errorAt(r.body)).toMatchObject({ code: 'PHOTO_UNREADABLE' });
    const empty = await upload(t, d, 'portrait', Buffer.alloc(0), 'application/octet-stream');
    expect(errorAt(empty.body)).toMatchObject({ code: 'PHOTO_FILE_REQUIRED' });
  });

  it('refuses a small file declaring a huge canvas (JPEG, PNG, HEIC) before decoding it', async () => {
    // JPEG: the SOF0 frame header says 60000 × 60000 (3.6 billion pixels).
    const jpeg = Buffer.from(await picture(640, 480));
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(60_000, sof + 5);
    jpeg.writeUInt16BE(60_000, sof + 7);
    // PNG: IHDR says 50000 × 50000, with its CRC made right so the header reads as valid.
    const png = Buffer.from(await picture(640, 480, 'png'));
    png.writeUInt32BE(50_000, 16);
    png.writeUInt32BE(50_000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    // HEIC: the real sample, its 'ispe' (image spatial extent) saying 100000 × 100000.
    const heic = Buffer.from(
      readFileSync(new URL('./fixtures/sample-640x480.heic', import.meta.url)),
    );
    const ispe = heic.indexOf('ispe');
    heic.writeUInt32BE(100_000, ispe + 8);
    heic.writeUInt32BE(100_000, ispe + 12);
    const before = decodeStats().started;
    for (const [name, bomb] of [
      ['jpeg', jpeg],
      ['png', png],
      ['heic', heic],
    ] as const) {
      const r = await upload(t, d, 'portrait', bomb);
      expect(r.statusCode, name).toBe(422);
      expect(errorAt(r.body), name).toMatchObject({
        field: 'portrait',
        code: 'PHOTO_DIMENSIONS_TOO_LARGE',
      });
      expect(errorAt(r.body).message).toContain('60 triệu điểm ảnh');
    }
    // Refused from the header: not one decode started.
    expect(decodeStats().started).toBe(before);
  });

  it(`decodes at most ${PHOTO_DECODE_CONCURRENCY} photos at once`, async () => {
    const drafts = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const x = await newDraft(t, `198.51.100.${50 + i}`);
        await put(t, x, '/consent', { accepted: true });
        return x;
      }),
    );
    const jpeg = await picture(2400, 1800);
    resetDecodePeak();
    const results = await Promise.all(drafts.map((x) => upload(t, x, 'portrait', jpeg)));
    expect(results.map((r) => r.statusCode)).toEqual(drafts.map(() => 200));
    expect(decodeStats().peak).toBeLessThanOrEqual(PHOTO_DECODE_CONCURRENCY);
    expect(decodeStats().peak).toBeGreaterThanOrEqual(1);
  });

  it('answers 503 PHOTO_BUSY with Retry-After when every slot and the waiting line are taken', async () => {
    const slots = t.runtime.services.registration.photos.decodeSlots;
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const held = Array.from({ length: PHOTO_DECODE_CONCURRENCY + PHOTO_DECODE_QUEUE }, () =>
      slots.run(() => gate),
    );
    expect(slots.load).toEqual({ active: PHOTO_DECODE_CONCURRENCY, waiting: PHOTO_DECODE_QUEUE });
    const busy = await upload(t, d, 'id_front', await picture());
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBe('5');
    expect(errorAt(busy.body)).toMatchObject({ field: 'id_front', code: 'PHOTO_BUSY' });
    expect(errorAt(busy.body).message).toMatch(/đang xử lý nhiều ảnh/);
    release();
    await Promise.all(held);
    expect((await upload(t, d, 'id_front', await picture())).statusCode).toBe(200);
  });

  it('strips EXIF (GPS location) and turns the picture upright', async () => {
    const withGps = await sharp({
      create: { width: 640, height: 480, channels: 3, background: '#ccc' },
    })
      .withExif({
        IFD0: { Make: 'VssIDTestCam' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '21/1 1/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '105/1 51/1 0/1',
        },
      })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const exifIn = (await sharp(withGps).metadata()).exif!;
    expect(
      exifIn.includes(Buffer.from([0x88, 0x25])) || exifIn.includes(Buffer.from([0x25, 0x88])),
    ).toBe(true);
    const r = await upload(t, d, 'portrait', withGps);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().photo).toMatchObject({ width: 480, height: 640 });
    const out = (await served('portrait')).rawPayload;
    const meta = await sharp(out).metadata();
    expect(meta.exif).toBeUndefined();
    expect(out.includes(Buffer.from('Exif'))).toBe(false);
    expect(out.includes(Buffer.from('VssIDTestCam'))).toBe(false);
  });
});

describe('GET /api/registrations/:id/photos/:kind', () => {
  it('serves the applicant as an attachment with nosniff; nobody without the token', async () => {
    const r = await served('portrait');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('image/jpeg');
    expect(r.headers['content-disposition']).toMatch(/^attachment;/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/registrations/${d.id}/photos/portrait`,
    });
    expect(anonymous.statusCode).toBe(404);
  });

  it('keeps only AES-GCM ciphertext at rest, under random keys', async () => {
    const rows = await t.runtime.database.executeSql('select key, ciphertext from stored_files');
    expect(rows.rows.length).toBeGreaterThan(0);
    const plain = (await served('portrait')).rawPayload;
    for (const row of rows.rows) {
      const bytes = Buffer.from(row.ciphertext as Uint8Array);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
      expect(bytes.includes(plain.subarray(200, 232))).toBe(false);
      expect(String(row.key)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
  });

  it('deletes the replaced file when a photo is taken again', async () => {
    const count = async () =>
      Number(
        (await t.runtime.database.executeSql('select count(*)::int as n from stored_files'))
          .rows[0]!.n,
      );
    const before = await count();
    expect((await upload(t, d, 'portrait', await picture(700, 700))).statusCode).toBe(200);
    expect(await count()).toBe(before);
  });

  it('stops serving the applicant once the application is sent', async () => {
    const codes = captureOtps(t);
    const { draft } = await register(t, codes, student(4));
    const r = await t.app.inject({
      method: 'GET',
      url: `/api/registrations/${draft.id}/photos/portrait`,
      headers: draft.h,
    });
    expect(r.statusCode).toBe(404);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/registrations/${draft.id}`,
      headers: draft.h,
    });
    expect(view.json().photos.portrait).toBeNull();
    expect(view.json().submitted.applicationNumber).toMatch(/^DK-/);
    expect(applicantOf(student(4)).bhxhCode).toBe(view.json().answers.bhxhCode);
  });
});
