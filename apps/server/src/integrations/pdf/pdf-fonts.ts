import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFPage, RGB } from 'pdf-lib';

const require = createRequire(import.meta.url);

/**
 * Be Vietnam Pro (SIL OFL 1.1), the complete TrueType files from @expo-google-fonts/be-vietnam-pro:
 * one font per weight holds Latin AND the precomposed Vietnamese letters (Ộ, ư, ễ…).
 *
 * Why not split subsets such as @fontsource's: Latin and Vietnamese letters sit in two
 * different files there, so "CỘNG" had to be drawn as three text objects in two fonts ("C", "Ộ",
 * "NG"). Viewers that copy text per text object (Chrome's PDF viewer, screen readers, many
 * extractors) then split the word ("C Ộ NG HÒA"). With one font, every line is one text object.
 * The web app's faces are cut from these same files (apps/web/scripts/font-subset.mjs).
 */
function fontFile(name: string): Buffer {
  return readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${name}`));
}
const FILES = {
  regular: fontFile('400Regular/BeVietnamPro_400Regular.ttf'),
  bold: fontFile('700Bold/BeVietnamPro_700Bold.ttf'),
};

/**
 * fontkit that parses each of our two font files once per process, not once per document (the
 * parse is most of a declaration's CPU time). Safe to share: pdf-lib makes its own subset per
 * document, and fontkit's calls are synchronous, so two documents never interleave inside it.
 */
const parsed = new WeakMap<object, unknown>();
const CACHED_FONTKIT: typeof fontkit = {
  ...fontkit,
  create(bytes: Uint8Array, postscriptName?: string) {
    const font = parsed.get(bytes) ?? fontkit.create(bytes, postscriptName);
    parsed.set(bytes, font);
    return font as ReturnType<typeof fontkit.create>;
  },
};

export type TextStyle = { size: number; bold?: boolean; color?: RGB };

/** The fonts of one document, and text drawing: one text object per call, in one font. */
export async function vietnameseFonts(doc: PDFDocument) {
  doc.registerFontkit(CACHED_FONTKIT);
  // Subsetted to the glyphs used; pdf-lib writes a ToUnicode CMap from each glyph's code points,
  // and the font maps every precomposed Vietnamese letter to its own glyph (no base + mark).
  const fonts = {
    regular: await doc.embedFont(FILES.regular, { subset: true }),
    bold: await doc.embedFont(FILES.bold, { subset: true }),
  };
  const font = (s: TextStyle) => (s.bold ? fonts.bold : fonts.regular);
  // Decomposed input (a name typed on a Mac, "Ô" + U+0323) would otherwise reach the PDF as two
  // glyphs and come back out as two characters.
  const nfc = (text: string) => text.normalize('NFC');

  function width(text: string, s: TextStyle): number {
    return font(s).widthOfTextAtSize(nfc(text), s.size);
  }

  function draw(page: PDFPage, text: string, x: number, y: number, s: TextStyle): void {
    page.drawText(nfc(text), {
      x,
      y,
      size: s.size,
      font: font(s),
      ...(s.color ? { color: s.color } : {}),
    });
  }

  /** Splits text into lines no wider than `max` (at spaces). */
  function wrap(text: string, max: number, s: TextStyle): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of nfc(text).split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && width(next, s) > max) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }

  return { draw, width, wrap };
}
export type VietnameseFonts = Awaited<ReturnType<typeof vietnameseFonts>>;
