/**
 * The web page (index.html, no Office.js) in headless Chromium, driven as a person would: open
 * the board fixture, work through the findings and their cells, read the results, download the
 * checked workbook and validate it. axe-core finds nothing on any state; the keyboard alone
 * does the job; a 100,000-row list never holds the page's thread 100 ms; the page works offline
 * from its service worker; nothing leaves this machine. Screenshots at 320 and 450 px go to
 * out/system-web/ (and the guide's to docs/images/).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { writeMemberList } from '../../../bench/memberList';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { axeViolations, focused } from './a11y';
import { ARTIFACTS, FIXTURE, ROOT, startBuiltPane, type BuiltPane } from './builtPane';
import { validateAgainstFixture } from './validate';

const IMAGES = join(ROOT, 'docs/images');
const COUNTS = '6 lỗi · 124 cảnh báo · 2 thông tin';

let pane: BuiltPane;
let base: string;
let browser: Browser;
let scratch: string;
const leaked: string[] = [];

beforeAll(async () => {
  pane = await startBuiltPane();
  ({ base, browser } = pane);
  scratch = mkdtempSync(join(tmpdir(), 'bk-web-'));
}, 700_000);

afterAll(async () => {
  await pane?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function newContext(width: number): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width, height: 900 },
    acceptDownloads: true,
    // Request routing does not see what a service worker answers: keep it out of these tests.
    serviceWorkers: 'block',
  });
  // Offline, as the page must work: anything not from this machine is refused and recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('blob:') || url.startsWith('data:'))
      return route.continue();
    leaked.push(url);
    return route.abort();
  });
  return context;
}

async function openPage(width: number): Promise<Page> {
  const page = await (await newContext(width)).newPage();
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).waitFor();
  return page;
}

async function openFixture(page: Page, file = FIXTURE): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('counts').waitFor({ timeout: 120_000 });
  // Let Fluent's progress and button transitions settle before a screenshot.
  await page.waitForTimeout(500);
}

/** Every finding drawn (the list shows 100 at a time). */
async function showAll(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: /^Xem thêm/ });
  while (await more.count()) await more.click();
}

/** Elements that stick out of the viewport sideways: none may. */
async function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1)
      .map((el) => `${el.tagName}.${String((el as HTMLElement).className)}`.slice(0, 80));
    if (document.documentElement.scrollWidth > limit) out.push('page scrolls sideways');
    return out;
  });
}

async function shot(page: Page, name: string, guide = false): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  if (guide) await page.screenshot({ path: join(IMAGES, `${name}.png`) });
}

describe('the web page (no Excel)', () => {
  it('loads without Office.js, and lists the keyed defects, each named by sheet, cell and message', async () => {
    const page = await openPage(1280);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || 'inline'));
    expect(scripts.filter((s) => /office/i.test(s))).toEqual([]);
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe(
      'undefined',
    );
    await openFixture(page);
    expect(await page.getByTestId('counts').textContent()).toContain(COUNTS);
    await showAll(page);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const needle of [
      'HTTVN',
      'Đảng bộ xã Hoà Sơn đã có ở ô B8',
      'Ghi 18.9% nhưng 11/58 = 19.0%',
      'không hiểu "?"',
    ]) {
      expect(text).toContain(needle);
    }
    const names = await page
      .getByTestId('findings')
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names).toHaveLength(132);
    expect(names).toContain(
      names.find((n) => /^Lỗi, Năm 2019!D52: .+/.test(n)) ?? 'a name for D52 with its message',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'web-1280', true);
    await page.context().close();
  }, 200_000);

  it.each([320, 450])(
    'at %i px: every state fits, passes axe, and the cell view opens under its finding',
    async (width) => {
      const page = await openPage(width);
      const states: Record<string, string[]> = {};
      states.before = await axeViolations(page);
      await shot(page, `web-before-${width}`);

      await openFixture(page);
      states.findings = await axeViolations(page);
      expect(await sticksOut(page)).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, `web-${width}`, true);

      // A finding low in the list: its cells open right under it, in view and focused.
      await page.getByLabel('Mức độ').selectOption('warning');
      const label = await page
        .getByTestId('findings')
        .locator('button.bk-finding')
        .last()
        .getAttribute('aria-label');
      const finding = page.getByRole('button', { name: label!, exact: true });
      await finding.click();
      const grid = page.getByTestId('cell-grid');
      await grid.waitFor();
      expect(await grid.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await grid.isVisible()).toBe(true);
      const box = (await grid.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(900);
      states.cellView = await axeViolations(page);
      expect(await sticksOut(page)).toEqual([]);
      await shot(page, `web-cell-${width}`, width === 320);
      await page.keyboard.press('Escape');
      await grid.waitFor({ state: 'detached' });
      expect(await finding.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.getByLabel('Mức độ').selectOption('');

      await page.getByRole('heading', { name: 'Kết quả theo năm' }).scrollIntoViewIfNeeded();
      states.results = await axeViolations(page);
      expect(await sticksOut(page)).toEqual([]);
      await page
        .getByRole('heading', { name: 'Kết quả theo năm' })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(page, `web-results-${width}`, true);

      await page.getByRole('heading', { name: 'Cài đặt' }).evaluate((el) => el.scrollIntoView());
      await page.getByLabel('Số buổi chuyên đề mỗi quý').fill('2');
      states.settings = await axeViolations(page);
      await shot(page, `web-settings-${width}`);

      // A file that is not a workbook: the message names it, the check button is disabled.
      const bad = join(scratch, 'ghi-chu.xlsx');
      writeFileSync(bad, 'not a workbook');
      await page.getByTestId('file-input').setInputFiles(bad);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Không xử lý được tệp ghi-chu.xlsx');
      expect(await alert.textContent()).toContain('Hãy chọn một sổ tính .xlsx khác');
      expect(await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).isDisabled()).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      states.error = await axeViolations(page);
      expect(await sticksOut(page)).toEqual([]);
      await shot(page, `web-error-${width}`);

      expect(states).toEqual({
        before: [],
        findings: [],
        cellView: [],
        results: [],
        settings: [],
        error: [],
      });
      await page.context().close();
    },
    300_000,
  );

  it('the keyboard alone: open → check → findings → download, a focus ring on every control', async () => {
    const page = await openPage(450);
    // Listening before any key is pressed: Playwright takes over the file dialog from then on.
    const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
    await page.waitForTimeout(200);
    const rings: string[] = [];
    const tab = async (shift = false) => {
      await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
      const f = await focused(page);
      if (!f.ring) rings.push(`${f.tag} ${f.name}`);
      return f;
    };
    // The first stop is the language switch, the next the file picker.
    expect((await tab()).tag).toBe('SELECT');
    const picker = await tab();
    expect([picker.tag, picker.name]).toEqual(['BUTTON', 'Mở tệp .xlsx']);
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(FIXTURE);
    await page.getByTestId('counts').waitFor({ timeout: 120_000 });
    // The check ran on opening; it can be run again from the keyboard.
    let f = await tab();
    while (f.name !== 'Kiểm tra toàn bộ') f = await tab();
    await page.keyboard.press('Enter');
    // The run is over when the file picker is usable again.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('button')].some(
          (b) => b.textContent === 'Mở tệp .xlsx' && !b.disabled,
        ),
      undefined,
      { timeout: 120_000 },
    );
    // On to the first finding; Enter opens its cells, Escape comes back.
    for (let i = 0; i < 40 && !/^Lỗi, /.test(f.name); i++) f = await tab();
    expect(f.name).toMatch(/^Lỗi, [^!]+![A-Z]+\d+: /);
    await page.keyboard.press('Enter');
    await page.getByTestId('cell-grid').waitFor();
    await page.keyboard.press('F8');
    await page.keyboard.press('Escape');
    await page.getByTestId('cell-grid').waitFor({ state: 'detached' });
    // Back to the download button.
    for (let i = 0; i < 40 && f.name !== 'Tải xuống tệp đã kiểm tra'; i++) f = await tab(true);
    expect(f.name).toBe('Tải xuống tệp đã kiểm tra');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('board-2017-2021.checked.xlsx');
    // Every control on the page, reached by Tab, shows its ring.
    for (let i = 0; i < 60; i++) await tab();
    expect(rings).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('downloads NAME.checked.xlsx that passes the schemas with every original part as it was; removal downloads NAME.cleaned.xlsx', async () => {
    const page = await openPage(1280);
    await openFixture(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải xuống tệp đã kiểm tra' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('board-2017-2021.checked.xlsx');
    const file = join(scratch, 'checked.xlsx');
    await download.saveAs(file);
    validateAgainstFixture(file);
    const [cleanedDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gỡ mọi thứ Bảng Kiểm đã thêm' }).click(),
    ]);
    expect(cleanedDownload.suggestedFilename()).toBe('board-2017-2021.cleaned.xlsx');
    const cleaned = join(scratch, 'cleaned.xlsx');
    await cleanedDownload.saveAs(cleaned);
    expect(readXlsx(readFileSync(cleaned)).sheets.filter((s) => s.owned)).toEqual([]);
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải xuống tệp đã kiểm tra' }).click(),
    ]);
    const againFile = join(scratch, 'again.xlsx');
    await again.saveAs(againFile);
    expect(Buffer.compare(readFileSync(againFile), readFileSync(file))).toBe(0);
    await page.context().close();
  }, 200_000);

  it('a 100,000-row list: no main-thread task over 100 ms, and the bar moves with the work', async () => {
    const big = join(scratch, 'members-100k.xlsx');
    await writeMemberList(100_000, big);
    const page = await openPage(1280);
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __bar: number[] };
      w.__long = [];
      w.__bar = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="progress"]');
        const v = Number(bar?.getAttribute('aria-valuenow'));
        if (bar && w.__bar[w.__bar.length - 1] !== v) w.__bar.push(v);
      }).observe(document.body, { subtree: true, attributes: true, childList: true });
    });
    await openFixture(page, big);
    const { long, bar } = await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __bar: number[] };
      return { long: w.__long, bar: w.__bar };
    });
    console.log(
      `100k rows: main-thread long tasks ${JSON.stringify(long.map(Math.round))}; progress ${bar.length} steps`,
    );
    expect(long.filter((ms) => ms > 100)).toEqual([]);
    // Many steps, never backwards, ending full.
    expect(bar.length).toBeGreaterThan(8);
    expect(bar.every((v, i) => i === 0 || v >= bar[i - 1]!)).toBe(true);
    expect(bar[bar.length - 1]).toBe(1);
    await page.context().close();
  }, 300_000);

  it('sent nothing beyond this machine', () => {
    expect(leaked).toEqual([]);
  });

  it('opens and checks offline from its service worker after the first visit', async () => {
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 450, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    });
    // No server any more, and no network either.
    await pane.stopServing();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).waitFor();
    await openFixture(page);
    expect(await page.getByTestId('counts').textContent()).toContain(COUNTS);
    await context.close();
  }, 200_000);
});
