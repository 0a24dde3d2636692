// After `vite build`: a brotli (.br) and a gzip (.gz) copy next to every text file of dist/, made
// once here at the highest levels so the server never compresses them per request
// (@fastify/static `preCompressed` picks the copy the browser accepts). A copy that would not
// be smaller is not written.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// `node precompress.mjs [dir]`: apps/web/dist unless another directory is given (tests).
const DIST = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;

function* files(dir) {
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (TEXT.test(e)) yield p;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const file of files(DIST)) {
  const raw = readFileSync(file);
  if (raw.length < 256) continue;
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
  const gz = gzipSync(raw, { level: 9 });
  if (br.length < raw.length) writeFileSync(`${file}.br`, br);
  if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
  count++;
  before += raw.length;
  after += Math.min(br.length, raw.length);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`precompressed ${count} files: ${kb(before)} → ${kb(after)} (brotli)`);
