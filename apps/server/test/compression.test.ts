import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';

const PRECOMPRESS = new URL('../../web/scripts/precompress.mjs', import.meta.url).pathname;
// A bundle-like script, long enough for every encoding to be worth it.
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{id:${i},name:"Hàng ${i}"}`).join(',')}];\n`;
const HTML = `<!doctype html><html lang="vi"><head><title>VssID</title></head><body>${'<p>Bảo hiểm xã hội số</p>'.repeat(40)}</body></html>`;

let dist: string;
let t: TestApp;
beforeAll(async () => {
  // A built web app in miniature, compressed by the same script as `npm run build`.
  dist = mkdtempSync(path.join(tmpdir(), 'vssid-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), HTML);
  writeFileSync(path.join(dist, 'sw.js'), `self.addEventListener('install',()=>{});${SCRIPT}`);
  writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), SCRIPT);
  execFileSync(process.execPath, [PRECOMPRESS, dist]);
  t = await createTestApp({
    env: { WEB_DIST_DIR: dist },
    seed: { adminUnits: true, demo: false },
    workers: false,
  });
});
afterAll(async () => {
  await t?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('the built web app is sent pre-compressed', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=1, br;q=0', 'gzip'],
    ['identity', undefined],
    [undefined, undefined],
  ])('Accept-Encoding %s → %s for a hashed script', async (accept, encoding) => {
    const res = await get('/assets/index-AbC123.js', accept);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    const body =
      encoding === 'br'
        ? brotliDecompressSync(res.rawPayload)
        : encoding === 'gzip'
          ? gunzipSync(res.rawPayload)
          : res.rawPayload;
    expect(body.toString()).toBe(SCRIPT);
    if (encoding) expect(res.rawPayload.length).toBeLessThan(SCRIPT.length / 3);
  });

  it('sends the page and the service worker compressed too, never cached as immutable', async () => {
    for (const url of ['/', '/dang-nhap', '/sw.js']) {
      const res = await get(url, 'gzip, br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(String(res.headers.vary), url).toMatch(/accept-encoding/i);
    }
    const page = await get('/tra-cuu', 'gzip, br');
    expect(brotliDecompressSync(page.rawPayload).toString()).toBe(HTML);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });
});

describe('API answers are compressed above 1 KB', () => {
  it('a large JSON list goes out as brotli or gzip, as accepted, and reads back the same', async () => {
    const plain = await get('/api/admin-units/provinces');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    const br = await get('/api/admin-units/provinces', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^application\/json/);
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gz = await get('/api/admin-units/provinces', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  it('a small answer is sent as it is', async () => {
    const res = await get('/api/health', 'gzip, br');
    expect(res.statusCode).toBe(200);
    expect(res.body.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toBeTruthy();
  });
});
