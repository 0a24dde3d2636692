import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  type PDFRef,
} from 'pdf-lib';

/** The bytes of a (possibly Flate-encoded) stream. */
function bytesOf(s: PDFRawStream): string {
  return Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
}

/** glyph id (hex) → text, from a font's ToUnicode CMap (bfchar and bfrange entries). */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const hex = (h: string) => Buffer.from(h, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(m[1]!.toLowerCase(), hex(m[2]!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [lo, hi, start] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
      for (let g = lo; g <= hi; g++)
        map.set(g.toString(16).padStart(m[1]!.length, '0'), String.fromCodePoint(start + g - lo));
    }
  return map;
}

/**
 * The text of a PDF written by pdf-lib with embedded (Identity-H) fonts, read back through each
 * font's ToUnicode map: enough to check what a generated declaration says. Also returns the
 * embedded fonts' names.
 */
export async function pdfText(
  bytes: Uint8Array,
): Promise<{ text: string; fonts: string[]; runs: string[] }> {
  const doc = await PDFDocument.load(bytes);
  const fonts = new Set<string>();
  let text = '';
  /** The text of each text-showing operator on its own: what a viewer sees as one text object. */
  const runs: string[] = [];
  for (const page of doc.getPages()) {
    const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    const maps = new Map<string, Map<string, string>>();
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const font = doc.context.lookup(ref as PDFRef, PDFDict);
      fonts.add(font.get(PDFName.of('BaseFont'))?.toString() ?? '');
      const tu = font.lookup(PDFName.of('ToUnicode'));
      maps.set(name.toString(), tu instanceof PDFRawStream ? toUnicode(bytesOf(tu)) : new Map());
    }
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
    let current = new Map<string, string>();
    let lineY = '';
    for (const s of streams) {
      const raw = doc.context.lookup(s as PDFRef);
      if (!(raw instanceof PDFRawStream)) continue;
      const ops = /(\/\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|(-?[\d.]+)\s+Tm/g;
      for (const op of bytesOf(raw).matchAll(ops)) {
        if (op[1]) current = maps.get(op[1]) ?? new Map();
        else if (op[2] !== undefined) {
          let run = '';
          for (let i = 0; i < op[2].length; i += 4)
            run += current.get(op[2].slice(i, i + 4).toLowerCase()) ?? '';
          text += run;
          runs.push(run);
        }
        // A run on a new baseline starts a new line; runs on the same baseline join.
        else if (op[3] !== lineY) {
          if (lineY !== '') text += '\n';
          lineY = op[3]!;
        }
      }
    }
  }
  return { text, fonts: [...fonts], runs };
}
