// Renders the SVG app icons to the PNGs Android and iOS still want (no image library needed:
// the system Chromium draws them). Run after editing public/icons/*.svg:
//   node apps/web/scripts/render-icons.mjs
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const fonts = join(web, '../../node_modules/@fontsource/be-vietnam-pro/files');
const jobs = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const job of jobs) {
    const svg = await readFile(join(web, 'public/icons', job.svg), 'utf8');
    const font = pathToFileURL(join(fonts, 'be-vietnam-pro-latin-700-normal.woff2'));
    await page.setViewportSize({ width: job.size, height: job.size });
    await page.setContent(
      `<style>@font-face{font-family:'Be Vietnam Pro';font-weight:700;src:url(${font})}
      html,body{margin:0;background:transparent}svg{display:block;width:100vw;height:100vh}</style>${svg}`,
    );
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(web, 'public/icons', job.png), omitBackground: true });
    console.log(`public/icons/${job.png} (${job.size}×${job.size})`);
  }
} finally {
  await browser.close();
}
