import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import {
  FONT_TEXT,
  OUT_DIR,
  subsetFaces,
  unicodeRange,
  WEIGHTS,
} from '../../scripts/font-subset.mjs';

const ROOT = path.resolve(OUT_DIR, '../../../../..');

describe('the subset fonts (issue 17)', () => {
  it('are exactly what scripts/font-subset.mjs makes (run `npm run fonts -w @vssid/web`)', {
    timeout: 60_000,
  }, async () => {
    const faces = await subsetFaces();
    expect(faces).toHaveLength(WEIGHTS.length);
    for (const [name, bytes] of faces) {
      const committed = readFileSync(path.join(OUT_DIR, name));
      expect(Buffer.compare(committed, Buffer.from(bytes)), name).toBe(0);
    }
  });

  it('fonts.css declares one face a weight with the range the script cut', () => {
    const css = readFileSync(path.join(OUT_DIR, '../fonts.css'), 'utf8').replace(/\s+/g, ' ');
    for (const weight of WEIGHTS) {
      const face = `font-weight: ${weight}; src: url("./fonts/be-vietnam-pro-${weight}.woff2") format("woff2"); unicode-range: ${unicodeRange(FONT_TEXT)};`;
      expect(css, String(weight)).toContain(face);
    }
    expect(css.match(/@font-face/g)).toHaveLength(WEIGHTS.length);
  });

  it('each face really has a glyph for every character its range promises', async () => {
    for (const weight of WEIGHTS) {
      const woff2 = readFileSync(path.join(OUT_DIR, `be-vietnam-pro-${weight}.woff2`));
      const sfnt = await fontverter.convert(woff2, 'sfnt');
      const mapped = new Set(new Face(new Blob(sfnt), 0).collectUnicodes());
      const absent = [...FONT_TEXT].filter((c) => !mapped.has(c.codePointAt(0) ?? -1));
      expect(absent, String(weight)).toEqual([]);
    }
  });

  it('cover every character the app, the server and its seed data write (comments aside)', () => {
    const files = execFileSync(
      'git',
      [
        'ls-files',
        'apps/web/src',
        'apps/web/index.html',
        'packages/*/src',
        'apps/server/src',
        'apps/server/data/dvhc',
        'apps/server/data/vn-names',
        'apps/server/data/import-templates',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    )
      .split('\n')
      .filter((f) => /\.(tsx?|css|html|json|csv)$/.test(f) && !/\.test\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    // Drawn by the system font on purpose: the arrow keys in the back office's shortcut list
    // (the font has no arrows; a key cap shows the symbol printed on the keyboard).
    const SYSTEM_FONT = '←→↑↓';
    const covered = new Set([...FONT_TEXT, ...SYSTEM_FONT, '\n', '\t']);
    const missing = new Map<string, string>();
    for (const file of files) {
      const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      let inBlock = false;
      for (const line of lines) {
        const code = line.trimStart();
        if (inBlock || code.startsWith('/*')) {
          inBlock = !code.includes('*/');
          continue;
        }
        if (/^(\/\/|\*|<!--)/.test(code)) continue;
        // OpenAPI summaries and descriptions are read in /api/docs, which has its own fonts.
        if (/^(summary|description):/.test(code)) continue;
        const text = code.replace(/\s\/\/\s.*$/, '');
        for (const ch of text)
          if (!covered.has(ch)) missing.set(ch, `${file}: ${code.slice(0, 80)}`);
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });

  it('a Vietnamese sentence is wholly inside the range', () => {
    const all = new Set(FONT_TEXT);
    const sentence =
      'Đăng ký tài khoản — Thẻ BHYT hết hạn ngày 31/12/2026; số tiền 5.453.400 ₫, “Hỏi đáp”…';
    expect([...sentence].filter((c) => !all.has(c))).toEqual([]);
  });
});
