/**
 * Be Vietnam Pro, cut to what a Vietnamese (and English) screen draws (issue 17: fonts were
 * 127 KB of a 327 KB login screen, in eight files). One face per weight, subset by harfbuzz
 * (subset-font) from the complete TrueType file (@expo-google-fonts/be-vietnam-pro, the one the
 * PDFs embed) to the characters below, without TrueType hinting: phones ignore hinting, and its
 * instructions were more than half of every glyph table. Two @fontsource files (33 KB) a weight
 * became one of about 14 KB.
 *
 * `npm run fonts -w @vssid/web` rewrites apps/web/src/app/fonts/*.woff2; fonts.test.ts checks
 * that the committed files are what this script makes and that every character written in the
 * web app's sources is covered. Licence: SIL Open Font License 1.1, no Reserved Font Name
 * (@expo-google-fonts/be-vietnam-pro and @fontsource/be-vietnam-pro carry the same OFL): subsetting is a permitted modification.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SOURCE_FILES = {
  400: '400Regular/BeVietnamPro_400Regular.ttf',
  500: '500Medium/BeVietnamPro_500Medium.ttf',
  600: '600SemiBold/BeVietnamPro_600SemiBold.ttf',
  700: '700Bold/BeVietnamPro_700Bold.ttf',
};
export const OUT_DIR = path.resolve(HERE, '../src/app/fonts');
export const WEIGHTS = [400, 500, 600, 700];

const range = (from, to) => {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
};

/** Printable ASCII, the Latin-1 letters Vietnamese uses, and the punctuation the app writes. */
export const LATIN_TEXT =
  range(0x20, 0x7e) +
  'ÀÁÂÃÈÉÊÌÍÐÒÓÔÕÙÚÝàáâãèéêìíðòóôõùúý' +
  '\u00a0«»°©®·×±÷¹²³' +
  '–—‘’‚“”„…•‹›€™−';

/** The Vietnamese letters outside Latin-1, the combining tone marks, and the đồng sign. */
export const VIETNAMESE_TEXT = `ĂăĐđĨĩŨũƠơƯư${range(0x1ea0, 0x1ef9)}\u0300\u0301\u0303\u0309\u0323₫`;

/** CSS unicode-range for a text: consecutive code points folded into ranges. */
export function unicodeRange(text) {
  const cps = [...new Set([...text].map((c) => c.codePointAt(0)))].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
    parts.push(i === j ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** Every character a face covers: its CSS unicode-range is made from this. */
export const FONT_TEXT = LATIN_TEXT + VIETNAMESE_TEXT;

/** Every face as [file name, woff2 bytes]. */
export async function subsetFaces() {
  const faces = [];
  for (const weight of WEIGHTS) {
    const input = await readFile(
      require.resolve(`@expo-google-fonts/be-vietnam-pro/${SOURCE_FILES[weight]}`),
    );
    const out = await subsetFont(input, FONT_TEXT, { targetFormat: 'woff2', noHinting: true });
    faces.push([`be-vietnam-pro-${weight}.woff2`, out]);
  }
  return faces;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let total = 0;
  for (const [name, bytes] of await subsetFaces()) {
    await writeFile(path.join(OUT_DIR, name), bytes);
    total += bytes.length;
    console.log(`${name}: ${bytes.length} B`);
  }
  console.log(`total ${total} B`);
  console.log(`unicode-range: ${unicodeRange(FONT_TEXT)}`);
}
