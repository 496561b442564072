/**
 * npx tsx bench/paneFirstPaint.ts [DIST ...]: the task pane "in Excel" (the Excel double in place
 * of Office.js, as tests/system/web/excelMode.system.test.ts does) in headless Chromium over a
 * throttled line (1.5 Mbps down, 750 kbps up, 150 ms round trip, cache off; files served gzipped,
 * as a web server would): the time to the first contentful paint, to the check button on screen,
 * and from the click to the first check's counts (the engine's chunk included where the build
 * splits it). Median of --runs N (default 5) per build folder (default dist/, after `npm run
 * build`); the JavaScript each page fetched, gzip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { readXlsx } from '../src/hosts/xlsx/read/readXlsx';

const ROOT = resolve(__dirname, '..');
const args = process.argv.slice(2);
const r = args.indexOf('--runs');
const RUNS = r >= 0 ? Number(args[r + 1]) : 5;
const dists = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
const LINE = { latency: 150, downloadThroughput: 1_500_000 / 8, uploadThroughput: 750_000 / 8 };

function serve(dist: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const file = join(dist, decodeURIComponent((req.url ?? '/').split('?')[0]!));
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    const type = extname(file) === '.js' ? 'text/javascript' : 'text/html; charset=utf-8';
    // Served gzipped, as a web server in front of the add-in would.
    res
      .writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' })
      .end(gzipSync(readFileSync(file)));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      ok({ server, base: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}` });
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const double = buildSync({
    entryPoints: [join(ROOT, 'tests/system/web/excelInBrowser.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2017',
  }).outputFiles[0]!.text;
  const snapshot = readXlsx(new Uint8Array(readFileSync(join(ROOT, 'samples/bang-kiem-mau.xlsx'))));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const dist of dists.length ? dists : [join(ROOT, 'dist')]) {
      const { server, base } = await serve(resolve(dist));
      const fcp: number[] = [];
      const button: number[] = [];
      const firstCheck: number[] = [];
      let fetched: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({
          locale: 'vi-VN',
          viewport: { width: 350, height: 900 },
        });
        const page = await context.newPage();
        const scripts: string[] = [];
        page.on('request', (q) => {
          if (q.url().startsWith(base) && q.url().endsWith('.js'))
            scripts.push(q.url().slice(base.length + 1));
        });
        await page.route('**/*', (route) =>
          route.request().url().startsWith(base) ? route.continue() : route.abort(),
        );
        await page.addInitScript(`window.__bkSnapshot = ${JSON.stringify(snapshot)};`);
        await page.addInitScript(double);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...LINE });
        const t0 = Date.now();
        await page.goto(`${base}/taskpane.html`, { waitUntil: 'commit' });
        const check = page.getByRole('button', { name: 'Kiểm tra toàn bộ' });
        await check.waitFor({ timeout: 120_000 });
        button.push(Date.now() - t0);
        fcp.push(
          await page.evaluate(
            () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          ),
        );
        const t1 = Date.now();
        await check.click();
        await page.getByTestId('counts').waitFor({ timeout: 180_000 });
        firstCheck.push(Date.now() - t1);
        fetched = scripts;
        await context.close();
      }
      server.close();
      const gz = (files: string[]) =>
        files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
      console.log(
        `${dist}: first contentful paint ${median(fcp).toFixed(0)} ms, check button ${median(button)} ms, ` +
          `click to counts ${median(firstCheck)} ms (median of ${RUNS}; FCP ${fcp.map((x) => x.toFixed(0)).join(', ')}); ` +
          `scripts ${fetched.join(', ')}: ${(gz(fetched) / 1024).toFixed(1)} KB gzip`,
      );
    }
  } finally {
    await browser.close();
  }
}

void main();
