/** @jest-environment jsdom */
/**
 * The pane as the web page, on the bundled sample: a file chosen in the picker is read, checked
 * and written by the job session (in a Worker in the page, in-line here), with real progress; the
 * findings can be filtered and stepped through, each opening the cells around it under itself;
 * the downloads are real workbooks; a bad file gives a message that names it.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { App } from '../../../src/taskpane/components/App';
import { fileHost } from '../../../src/taskpane/fileHost';
import type { Lang } from '../../../src/taskpane/strings';
import { inlineJobs, installBrowserStubs, sampleBytes } from './helpers';

installBrowserStubs();

const NAME = 'bang-kiem-mau.xlsx';

function renderWebPage(lang: Lang = 'vi') {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const languages: Lang[] = [];
  const jobs = inlineJobs();
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        host={null}
        lang={lang}
        onLanguage={(l) => languages.push(l)}
        openFile={(name, bytes) => fileHost(name, bytes, jobs)}
        save={(name, bytes) => saved.push({ name, bytes })}
        build={{ version: '9.9.9', date: '2026-12-03' }}
      />
    </FluentProvider>,
  );
  return { saved, languages, jobs };
}

/** A File whose bytes jsdom can hand back (its Blob has no arrayBuffer of its own). */
function fileOf(name: string, bytes: Uint8Array): File {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  return file;
}

async function open(name: string, bytes: Uint8Array) {
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [fileOf(name, bytes)] } });
}

async function openSample() {
  await open(NAME, sampleBytes());
  await waitFor(() => expect(screen.getByTestId('counts')).toBeTruthy(), { timeout: 60_000 });
}

test('nothing to check until a file is open; the opened file is checked with real progress', async () => {
  const { jobs } = renderWebPage();
  const check = screen.getByRole('button', { name: 'Kiểm tra toàn bộ' });
  expect(check.getAttribute('aria-disabled') ?? check.getAttribute('disabled')).not.toBeNull();
  expect(screen.getByText('Hãy mở một tệp .xlsx để kiểm tra.')).toBeTruthy();
  await openSample();
  expect(screen.getByTestId('counts').textContent).toBe(
    `${NAME}: 7 lỗi · 24 cảnh báo · 7 thông tin`,
  );
  const stages = jobs.progress.map((r) => (r.type === 'progress' ? r.progress : null)!);
  expect(stages.map((p) => p.stage)).toEqual(
    expect.arrayContaining(['reading', 'checking', 'writing', 'done']),
  );
  // Counted units, not just stage names: the tables checked and the sheets written.
  expect(stages.some((p) => p.stage === 'checking' && p.total > 10 && p.done > 0)).toBe(true);
  expect(stages.some((p) => p.stage === 'writing' && p.total >= 4 && p.done > 0)).toBe(true);
  expect(screen.getByTestId('version').textContent).toContain('9.9.9');
}, 120_000);

test('a finding opens its cells right under it, takes focus, and Escape gives focus back', async () => {
  renderWebPage();
  await openSample();
  const finding = screen.getByRole('button', {
    name: 'Lỗi, XL 2019!D54: "Khá" không phải mức xếp loại; đơn vị này không được tính.',
  });
  fireEvent.click(finding);
  const grid = await screen.findByTestId('cell-grid', {}, { timeout: 30_000 });
  // Under the finding, in the same list item.
  expect(finding.closest('li')!.contains(grid)).toBe(true);
  expect(document.activeElement).toBe(grid);
  expect(grid.getAttribute('aria-label')).toContain('XL 2019!D54');
  const target = grid.querySelector('[aria-current="true"]')!;
  expect(target.textContent).toBe('Khá');
  const rows = within(grid).getAllByRole('row');
  expect(rows).toHaveLength(6);
  for (const th of grid.querySelectorAll('th')) expect(th.textContent).not.toBe('');

  fireEvent.keyDown(grid, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByTestId('cell-grid')).toBeNull(), { timeout: 30_000 });
  expect(document.activeElement).toBe(finding);
}, 120_000);

test('findings filter by severity, rule and sheet, and F8 steps to the next one', async () => {
  renderWebPage('en');
  await openSample();
  const list = screen.getByTestId('findings');
  expect(within(list).getAllByRole('button')).toHaveLength(38);
  fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'error' } });
  const errors = within(list).getAllByRole('button');
  expect(errors).toHaveLength(7);
  for (const b of errors) expect(b.getAttribute('aria-label')).toMatch(/^Error, /);
  fireEvent.change(screen.getByLabelText('Severity'), { target: { value: '' } });
  fireEvent.change(screen.getByLabelText('Rule'), { target: { value: 'unit.name-variant' } });
  fireEvent.change(screen.getByLabelText('Sheet'), { target: { value: 'XL 2019' } });
  const variants = within(list).getAllByRole('button');
  expect(variants.map((b) => b.getAttribute('aria-label')!.split(':')[0])).toEqual([
    'Info, XL 2019!C8',
    'Info, XL 2019!C10',
  ]);

  act(() => {
    fireEvent.keyDown(document, { key: 'F8' });
  });
  await screen.findByTestId('cell-grid', {}, { timeout: 30_000 });
  expect(screen.getByTestId('position').textContent).toBe('1 / 2');
  act(() => {
    fireEvent.keyDown(document, { key: 'F8' });
  });
  await waitFor(
    () =>
      expect(screen.getByTestId('cell-grid').getAttribute('aria-label')).toContain('XL 2019!C10'),
    { timeout: 30_000 },
  );
  expect(screen.getByTestId('position').textContent).toBe('2 / 2');
}, 120_000);

test('results: organization and member lists apart, list and summary side by side', async () => {
  renderWebPage('en');
  await openSample();
  const y2019 = screen.getByTestId('year-organization-2019');
  const headers = within(y2019)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  expect(headers[0]).toBe('Level');
  expect(headers[1]).toBe('List (XL 2019)');
  expect(headers[2]).toMatch(/^Summary \(Tổng hợp XL/);
  const good = within(y2019).getByRole('rowheader', { name: 'Good' }).closest('tr')!;
  const cells = within(good).getAllByRole('cell');
  expect(cells[0]!.textContent).toMatch(/^43/);
  expect(cells[1]!.textContent).toMatch(/^44/);
  expect(cells[1]!.className).toContain('bk-diff');
  expect(cells[1]!.textContent).toContain('differs from the list by +1');
  expect(screen.getByTestId('year-member-2020')).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Member lists' })).toBeTruthy();
}, 120_000);

test('download gives NAME.checked.xlsx; removal gives NAME.cleaned.xlsx and keeps the checked file', async () => {
  const { saved } = renderWebPage();
  const original = sampleBytes();
  await openSample();
  fireEvent.click(screen.getByRole('button', { name: 'Tải xuống tệp đã kiểm tra' }));
  expect(saved.map((f) => f.name)).toEqual(['bang-kiem-mau.checked.xlsx']);
  const checked = readXlsx(saved[0]!.bytes);
  expect(checked.sheets.filter((s) => s.owned)).toHaveLength(5);

  fireEvent.click(screen.getByRole('button', { name: 'Gỡ mọi thứ Bảng Kiểm đã thêm' }));
  await waitFor(() => expect(saved).toHaveLength(2), { timeout: 30_000 });
  expect(saved[1]!.name).toBe('bang-kiem-mau.cleaned.xlsx');
  expect(readXlsx(saved[1]!.bytes).sheets.map((s) => s.name)).toEqual(
    readXlsx(original).sheets.map((s) => s.name),
  );
  expect(
    await screen.findByText(/Đã tải xuống bang-kiem-mau\.cleaned\.xlsx/, {}, { timeout: 30_000 }),
  ).toBeTruthy();

  // The checked file is still there, as it was.
  fireEvent.click(screen.getByRole('button', { name: 'Tải xuống tệp đã kiểm tra' }));
  expect(saved[2]!.name).toBe('bang-kiem-mau.checked.xlsx');
  expect(Buffer.compare(Buffer.from(saved[2]!.bytes), Buffer.from(saved[0]!.bytes))).toBe(0);
}, 120_000);

test('a file that is not a workbook: the message names it and says what to do', async () => {
  renderWebPage('en');
  await open('notes.xlsx', new TextEncoder().encode('not a zip at all'));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Could not process notes.xlsx');
  expect(alert.textContent).toContain('Choose another .xlsx workbook');
  expect(alert.textContent).not.toMatch(/at .*\(|\.ts:/);
  expect(screen.queryByTestId('counts')).toBeNull();
  const check = screen.getByRole('button', { name: 'Check everything' });
  expect(check.getAttribute('aria-disabled') ?? check.getAttribute('disabled')).not.toBeNull();
});

test('the language switch at the top relabels the page, sets <html lang> and is remembered', () => {
  const { languages } = renderWebPage('vi');
  expect(document.documentElement.lang).toBe('vi');
  fireEvent.change(screen.getByLabelText('Ngôn ngữ'), { target: { value: 'en' } });
  expect(screen.getByRole('button', { name: 'Check everything' })).toBeTruthy();
  expect(document.documentElement.lang).toBe('en');
  expect(languages).toEqual(['en']);
});
