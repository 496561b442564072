/**
 * The task pane "in Excel", in headless Chromium: Office.js and Excel are the strict Excel double
 * (ExcelApi 1.7, as Office 2019), injected before the page's scripts. One click checks the board
 * fixture and writes the owned sheets into the double; a finding selects its cell. Screenshots at
 * 320 and 450 px, the widths of Excel's task pane.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';

const ROOT = resolve(__dirname, '../../..');
const FIXTURE = resolve(ROOT, '../shared/fixtures/board-2017-2021.xlsx');
const CHROMIUM = '/usr/bin/chromium';

let dist: string;
let server: Server;
let base: string;
let browser: Browser;
let double: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error('Chromium is not installed: apt-get install -y chromium');
  dist = mkdtempSync(join(tmpdir(), 'bk-excel-'));
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
      '--mode',
      'production',
      '--output-path',
      dist,
    ],
    {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 300_000,
    },
  );
  double = buildSync({
    entryPoints: [join(__dirname, 'excelInBrowser.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2017',
  }).outputFiles[0]!.text;
  server = createServer((req, res) => {
    const file = join(dist, decodeURIComponent((req.url ?? '/').split('?')[0]!));
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    const type =
      extname(file) === '.html'
        ? 'text/html; charset=utf-8'
        : extname(file) === '.js'
          ? 'text/javascript'
          : 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('the task pane in (simulated) Excel', () => {
  it.each([320, 450])(
    'checks in one click and selects a finding’s cell, at %i px',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        route.request().url().startsWith(base) ? route.continue() : route.abort(),
      );
      const snapshot = readXlsx(new Uint8Array(readFileSync(FIXTURE)));
      await page.addInitScript(`window.__bkSnapshot = ${JSON.stringify(snapshot)};`);
      await page.addInitScript(double);
      await page.goto(`${base}/taskpane.html`);

      await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).click();
      await page.getByTestId('counts').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(800);
      expect(await page.getByTestId('counts').textContent()).toContain(
        '6 lỗi · 123 cảnh báo · 2 thông tin',
      );
      expect(await page.getByText('Trong Excel', { exact: false }).count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(ROOT, 'docs/images', `excel-${width}.png`) });

      const sheets = await page.evaluate(() =>
        (
          window as unknown as { __bkDouble: { model: { sheets: { name: string }[] } } }
        ).__bkDouble.model.sheets.map((s) => s.name),
      );
      expect(sheets).toEqual(
        expect.arrayContaining([
          'Bảng Kiểm - Báo cáo',
          'Bảng Kiểm - Xếp loại',
          'Bảng Kiểm - Biểu đồ',
        ]),
      );

      await page.getByRole('button', { name: 'D52', exact: true }).click();
      const selected = await page.waitForFunction(
        () =>
          (window as unknown as { __bkDouble: { model: { selection?: { sheet: string } } } })
            .__bkDouble.model.selection?.sheet,
      );
      expect(await selected.jsonValue()).toBe('Năm 2019');
      await context.close();
    },
    120_000,
  );
});
