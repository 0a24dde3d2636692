/**
 * `npm run bench:web` (issue 17): builds the web app, starts the server with the demo data on a
 * free port and runs Lighthouse (default mobile emulation and simulated throttling, Debian's
 * Chromium) on "/", /dang-nhap, /tra-cuu and the signed-in card page. Prints per page the four
 * scores, FCP, LCP (and its element), bytes transferred and JavaScript transferred; then the
 * citizen entry bundle's brotli size from the build, and each figure against its goal.
 *
 * Options: BENCH_WEB_SKIP_BUILD=1 (use apps/web/dist as it is), BENCH_WEB_REPORTS=dir (keep
 * each page's Lighthouse JSON there), BENCH_WEB_THROTTLING=devtools (real throttling), CHROME_PATH (default
 * /usr/bin/chromium). Run under `flock /tmp/bench.lock` on a shared machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'apps/web/dist');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CITIZEN = { bhxhCode: '0123456789', password: 'cay-bang-la-do-2026' };
const CARD_PAGE = '/ca-nhan/the-bhyt';

const GOAL = {
  performance: 90,
  lcpMs: 2500,
  loginTransferBytes: 250 * 1024,
  entryBrotliBytes: 150 * 1024,
  otherScores: 100,
};

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForHealth(base: string, ms = 180_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server at ${base} did not answer /api/health`);
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.8.7' },
    body: JSON.stringify(CITIZEN),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

/** The back office's chunks (and those of any other non-citizen area) by file name. */
function restrictedFiles(manifest: Record<string, ManifestChunk>): Set<string> {
  const out = new Set<string>();
  for (const c of Object.values(manifest)) {
    if (c.src && /^src\/(backoffice|organi[sz]ation)/.test(c.src)) {
      out.add(c.file);
      for (const css of c.css ?? []) out.add(css);
    }
  }
  return out;
}

/** The entry chunk and every chunk it imports statically (what any first load downloads). */
function firstLoadFiles(manifest: Record<string, ManifestChunk>): {
  entry: ManifestChunk;
  files: string[];
} {
  const entry = Object.values(manifest).find((c) => c.isEntry);
  if (!entry) throw new Error('no entry in the Vite manifest');
  const files = new Set<string>();
  const walk = (c: ManifestChunk) => {
    if (files.has(c.file)) return;
    files.add(c.file);
    for (const css of c.css ?? []) files.add(css);
    for (const key of c.imports ?? []) {
      const dep = manifest[key];
      if (dep) walk(dep);
    }
  };
  walk(entry);
  return { entry, files: [...files] };
}

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : Number.NaN);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const pad = (v: string, n: number) => v.padStart(n);
/** A figure against its goal: ≥ 1 is met for "at least" goals, ≤ 1 for "at most" goals. */
const ratio = (value: number, goal: number, atMost: boolean) => {
  const r = value / goal;
  const met = atMost ? r <= 1 : r >= 1;
  return `${r.toFixed(2)} of goal ${met ? 'met' : 'NOT met'}`;
};

type PageResult = {
  name: string;
  url: string;
  scores: Record<string, number>;
  fcp: number;
  lcp: number;
  lcpElement: string;
  transfer: number;
  jsTransfer: number;
  fontTransfer: number;
  requested: string[];
};

async function audit(
  name: string,
  url: string,
  port: number,
  headers?: Record<string, string>,
): Promise<PageResult> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    // 'devtools' applies the same mobile throttling to the real page load instead of simulating
    // it: round trips saved (a preload hint, say) show there, not always in the simulation.
    ...(process.env.BENCH_WEB_THROTTLING === 'devtools'
      ? { throttlingMethod: 'devtools' as const }
      : {}),
    ...(headers ? { extraHeaders: headers } : {}),
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const reportDir = process.env.BENCH_WEB_REPORTS;
  if (reportDir) {
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(path.join(reportDir, `${name.split(' ')[0]}.json`), JSON.stringify(lhr));
  }
  const cat = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const audits = lhr.audits;
  type Item = Record<string, unknown>;
  const items = (id: string) =>
    ((audits[id]?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
  const summary = items('resource-summary');
  const bytesOf = (type: string) =>
    Number(summary.find((i) => i.resourceType === type)?.transferSize ?? 0);
  const lcpItems = items('largest-contentful-paint-element');
  const firstLcp = (lcpItems[0]?.items as Item[] | undefined)?.[0] ?? lcpItems[0];
  const node = (firstLcp?.node ?? {}) as { snippet?: string; nodeLabel?: string };
  return {
    name,
    url,
    scores: {
      performance: cat('performance'),
      accessibility: cat('accessibility'),
      'best-practices': cat('best-practices'),
      seo: cat('seo'),
    },
    fcp: Number(audits['first-contentful-paint']?.numericValue ?? Number.NaN),
    lcp: Number(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    lcpElement: (node.nodeLabel ?? node.snippet ?? '?').slice(0, 70),
    transfer: bytesOf('total'),
    jsTransfer: bytesOf('script'),
    fontTransfer: bytesOf('font'),
    requested: items('network-requests').map((i) => String(i.url)),
  };
}

async function main(): Promise<void> {
  console.log(
    `bench:web — ${new Date().toISOString()}, ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (process.env.BENCH_WEB_SKIP_BUILD !== '1') {
    console.log('Building the web app …');
    const b = spawnSync('npm', ['run', 'build', '-w', '@vssid/web'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (b.status !== 0) throw new Error('the build failed');
  }
  const manifestPath = path.join(DIST, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error('no Vite manifest: build with build.manifest');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const restricted = restrictedFiles(manifest);
  const first = firstLoadFiles(manifest);
  const entryPath = path.join(DIST, first.entry.file);
  const entryRaw = sizeOf(entryPath);
  const entryBr = sizeOf(`${entryPath}.br`);
  const firstLoadBr = first.files
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .reduce((sum, f) => sum + sizeOf(path.join(DIST, `${f}.br`)), 0);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vssid-bench-web-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      EMBEDDED_SMTP_PORT: '0',
      LOG_LEVEL: 'warn',
      TRUST_PROXY_HOPS: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await waitForHealth(base);
    const cookie = await signIn(base);
    const pages: PageResult[] = [];
    for (const [name, p, headers] of [
      ['home /', '/', undefined],
      ['login /dang-nhap', '/dang-nhap', undefined],
      ['lookups /tra-cuu', '/tra-cuu', undefined],
      [`card ${CARD_PAGE}`, CARD_PAGE, { Cookie: cookie }],
    ] as const) {
      process.stdout.write(`Lighthouse ${name} …\n`);
      // A new browser (new temporary profile) per page: each is a first visit. Lighthouse's
      // storage reset keeps localStorage, where the app remembers the "ready offline" notice.
      chrome = await chromeLauncher.launch({
        chromePath: CHROME,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
      });
      pages.push(await audit(name, `${base}${p}`, chrome.port, headers));
      await chrome.kill();
      chrome = undefined;
    }

    console.log('\nper page (Lighthouse 12, mobile emulation, simulated throttling)');
    console.log(
      `${'page'.padEnd(28)}${pad('perf', 5)}${pad('a11y', 5)}${pad('bp', 5)}${pad('seo', 5)}${pad('FCP', 9)}${pad('LCP', 9)}${pad('transfer', 11)}${pad('JS', 10)}${pad('fonts', 10)}  LCP element`,
    );
    for (const r of pages) {
      console.log(
        `${r.name.padEnd(28)}${pad(String(r.scores.performance), 5)}${pad(String(r.scores.accessibility), 5)}${pad(String(r.scores['best-practices']), 5)}${pad(String(r.scores.seo), 5)}${pad(s(r.fcp), 9)}${pad(s(r.lcp), 9)}${pad(kb(r.transfer), 11)}${pad(kb(r.jsTransfer), 10)}${pad(kb(r.fontTransfer), 10)}  ${r.lcpElement}`,
      );
    }

    console.log('\nbuild');
    console.log(
      `citizen entry ${first.entry.file}: ${kb(entryRaw)} raw, ${kb(entryBr)} brotli; first load (entry + static imports + CSS): ${kb(firstLoadBr)} brotli`,
    );

    console.log('\nagainst the goals (issue 17)');
    const line = (what: string, verdict: string) => console.log(`  ${what.padEnd(52)} ${verdict}`);
    for (const r of pages) {
      line(
        `${r.name}: performance ${r.scores.performance} ≥ ${GOAL.performance}`,
        ratio(r.scores.performance ?? 0, GOAL.performance, false),
      );
      line(`${r.name}: LCP ${s(r.lcp)} ≤ 2.5 s`, ratio(r.lcp, GOAL.lcpMs, true));
      for (const k of ['accessibility', 'best-practices', 'seo'] as const)
        line(
          `${r.name}: ${k} ${r.scores[k]} = 100`,
          ratio(r.scores[k] ?? 0, GOAL.otherScores, false),
        );
    }
    const login = pages.find((r) => r.url.endsWith('/dang-nhap'));
    if (login)
      line(
        `login screen transfer ${kb(login.transfer)} ≤ 250 KB`,
        ratio(login.transfer, GOAL.loginTransferBytes, true),
      );
    line(
      `entry bundle ${kb(entryBr)} brotli ≤ 150 KB`,
      ratio(entryBr, GOAL.entryBrotliBytes, true),
    );
    const leaked = pages.flatMap((r) =>
      r.requested
        .filter((u) => restricted.has(new URL(u).pathname.replace(/^\//, '')))
        .map((u) => `${r.name}: ${u}`),
    );
    const staticLeak = first.files.filter((f) => restricted.has(f));
    line(
      `back office / organization chunks in a citizen load: ${leaked.length + staticLeak.length}`,
      leaked.length + staticLeak.length === 0 ? 'none (goal met)' : 'NOT met',
    );
    for (const l of [...leaked, ...staticLeak]) console.log(`    ${l}`);
  } finally {
    await chrome?.kill();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
