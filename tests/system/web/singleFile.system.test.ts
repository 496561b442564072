/**
 * dist/bang-kiem.html, the web page as one file to hand out: opened from file:// in Chromium
 * with the network off, it shows its version, checks the board fixture, and downloads a checked
 * workbook that passes the schemas with the original parts as they were. No request of any kind
 * is made (the page's own file aside), and the file is under 1 MB gzipped.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTIFACTS, FIXTURE, startBuiltPane, type BuiltPane } from './builtPane';
import { validateAgainstFixture } from './validate';

let pane: BuiltPane;
let scratch: string;

beforeAll(async () => {
  pane = await startBuiltPane();
  scratch = mkdtempSync(join(tmpdir(), 'bk-single-'));
}, 700_000);

afterAll(async () => {
  await pane?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('bang-kiem.html does the whole job from file://, offline, asking for nothing', async () => {
  // Where a staffer would put it: a folder of its own, nothing beside it.
  const file = join(scratch, 'bang-kiem.html');
  copyFileSync(join(pane.dist, 'bang-kiem.html'), file);
  const bytes = readFileSync(file);
  expect(gzipSync(bytes).length).toBeLessThan(1024 * 1024);
  expect(bytes.toString('utf8')).not.toMatch(
    /office\.js|<script[^>]+src=|<link[^>]+href="(?!data:)/i,
  );

  const context = await pane.browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 450, height: 900 },
    acceptDownloads: true,
    offline: true,
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`file://${file}`);
  await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).waitFor();
  expect(await page.getByTestId('version').textContent()).toMatch(
    /^Phiên bản \d+\.\d+\.\d+ · bản dựng \d{4}-\d{2}-\d{2}$/,
  );

  await page.getByTestId('file-input').setInputFiles(FIXTURE);
  await page.getByTestId('counts').waitFor({ timeout: 120_000 });
  expect(await page.getByTestId('counts').textContent()).toContain(
    '6 lỗi · 124 cảnh báo · 2 thông tin',
  );
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(ARTIFACTS, 'single-file-450.png') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải xuống tệp đã kiểm tra' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('board-2017-2021.checked.xlsx');
  const out = join(scratch, 'board-2017-2021.checked.xlsx');
  await download.saveAs(out);
  validateAgainstFixture(out);

  expect(errors).toEqual([]);
  // The page's own file, and the Blob URL its worker starts from and the download: nothing else.
  expect(requests.filter((u) => u !== `file://${file}` && !u.startsWith('blob:'))).toEqual([]);
  await context.close();
}, 300_000);
