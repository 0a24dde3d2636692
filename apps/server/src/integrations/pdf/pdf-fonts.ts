import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import { woffToSfnt } from './woff-to-sfnt.ts';

const require = createRequire(import.meta.url);
type Fontkit = { hasGlyphForCodePoint(cp: number): boolean };

/**
 * Be Vietnam Pro (SIL OFL 1.1, from @fontsource/be-vietnam-pro) ships as WOFF subsets: basic
 * Latin in one file, the Vietnamese letters (ă, đ, ơ, ư, ạ…ỹ) in another. @pdf-lib/fontkit
 * reads WOFF (not WOFF2); we unpack it to TrueType once at start (woff-to-sfnt.ts), embed both
 * subsets (subsetted again to the glyphs used), and draw each run of text with the subset that
 * has its glyphs.
 */
function subsetFiles(weight: 400 | 700): Buffer[] {
  return ['latin', 'vietnamese'].map((subset) => {
    const file = `@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`;
    return woffToSfnt(readFileSync(require.resolve(file)));
  });
}

const FILES = { regular: subsetFiles(400), bold: subsetFiles(700) };
const CHECKERS = {
  regular: FILES.regular.map((b) => fontkit.create(b) as unknown as Fontkit),
  bold: FILES.bold.map((b) => fontkit.create(b) as unknown as Fontkit),
};

export type TextStyle = { size: number; bold?: boolean; color?: RGB };
type Run = { text: string; font: PDFFont };

/** The fonts of one document, and text drawing that switches subset per character run. */
export async function vietnameseFonts(doc: PDFDocument) {
  doc.registerFontkit(fontkit);
  const embed = (files: Buffer[]) =>
    Promise.all(files.map((f) => doc.embedFont(f, { subset: true })));
  const fonts = { regular: await embed(FILES.regular), bold: await embed(FILES.bold) };

  function runs(text: string, bold: boolean): Run[] {
    const set = bold ? fonts.bold : fonts.regular;
    const check = bold ? CHECKERS.bold : CHECKERS.regular;
    const out: Run[] = [];
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0)!;
      const i = Math.max(
        0,
        check.findIndex((f) => f.hasGlyphForCodePoint(cp)),
      );
      const last = out.at(-1);
      if (last && last.font === set[i]) last.text += ch;
      else out.push({ text: ch, font: set[i]! });
    }
    return out;
  }

  function width(text: string, s: TextStyle): number {
    return runs(text, !!s.bold).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, s.size), 0);
  }

  function draw(page: PDFPage, text: string, x: number, y: number, s: TextStyle): void {
    let at = x;
    for (const r of runs(text, !!s.bold)) {
      page.drawText(r.text, {
        x: at,
        y,
        size: s.size,
        font: r.font,
        ...(s.color ? { color: s.color } : {}),
      });
      at += r.font.widthOfTextAtSize(r.text, s.size);
    }
  }

  /** Splits text into lines no wider than `max` (at spaces). */
  function wrap(text: string, max: number, s: TextStyle): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
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
