/** @jest-environment jsdom */
/**
 * The pane as the web page: a file chosen in the picker is read (in-line here, in a Worker in the
 * page), checked and written; a finding shows its neighbourhood grid; the download is a real
 * workbook with the owned sheets and the user's sheets as they were.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { valueAt } from '../../../src/core/model/cells';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { App } from '../../../src/taskpane/components/App';
import { fileHost } from '../../../src/taskpane/fileHost';
import { fixtureBytes, fixtureSnapshot, installBrowserStubs } from './helpers';

installBrowserStubs();

const readInline = async (bytes: Uint8Array) => readXlsx(bytes);

function renderWebPage() {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        host={null}
        lang="vi"
        openFile={(name, bytes) => fileHost(name, bytes, readInline)}
        save={(name, bytes) => saved.push({ name, bytes })}
      />
    </FluentProvider>,
  );
  return saved;
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

test('an opened file is checked at once and a finding shows the cells around it', async () => {
  renderWebPage();
  expect(screen.queryByRole('button', { name: 'Kiểm tra toàn bộ' })).toBeNull();
  await open('bang-kiem-mau.xlsx', fixtureBytes());
  await waitFor(() => expect(screen.getByTestId('counts')).toBeTruthy(), { timeout: 20_000 });
  expect(screen.getByTestId('counts').textContent).toContain('bang-kiem-mau.xlsx');

  fireEvent.click(screen.getAllByRole('button', { name: /^D54$/ })[0]!);
  const grid = await screen.findByTestId('cell-grid');
  expect(grid.getAttribute('aria-label')).toContain('XL 2019!D54');
  const rows = within(grid).getAllByRole('row');
  // A header row and five rows around row 54, seven columns plus the row numbers.
  expect(rows).toHaveLength(6);
  expect(within(rows[1]!).getAllByRole('cell')).toHaveLength(7);
  const target = grid.querySelector('[aria-current="true"]')!;
  expect(target.getAttribute('title')).toBe('D54');
  const sheet = fixtureSnapshot().sheets.find((s) => s.name === 'XL 2019')!;
  // D54 holds the unknown grade the key plants there; the grid shows the snapshot's value.
  const value = valueAt(sheet, 53, 3);
  expect(value).not.toBeNull();
  expect(target.textContent).toBe(String(value));

  fireEvent.click(within(grid).getByRole('button', { name: 'Đóng' }));
  expect(screen.queryByTestId('cell-grid')).toBeNull();
}, 30_000);

test('the download is NAME.checked.xlsx with the owned sheets and the user sheets kept', async () => {
  const saved = renderWebPage();
  await open('bang-kiem-mau.xlsx', fixtureBytes());
  await waitFor(() => expect(screen.getByTestId('counts')).toBeTruthy(), { timeout: 20_000 });
  fireEvent.click(screen.getByRole('button', { name: 'Tải xuống tệp đã kiểm tra' }));
  expect(saved).toHaveLength(1);
  expect(saved[0]!.name).toBe('bang-kiem-mau.checked.xlsx');
  const out = readXlsx(saved[0]!.bytes);
  const before = fixtureSnapshot();
  const names = out.sheets.map((s) => s.name);
  for (const s of before.sheets) expect(names).toContain(s.name);
  expect(out.sheets.length).toBeGreaterThanOrEqual(before.sheets.length + 4);
  const kept = out.sheets.find((s) => s.name === 'XL 2019')!;
  const original = before.sheets.find((s) => s.name === 'XL 2019')!;
  expect(JSON.stringify(kept.rows)).toBe(JSON.stringify(original.rows));

  // Removing everything gives back a workbook with exactly the user's sheets.
  fireEvent.click(screen.getByRole('button', { name: 'Gỡ mọi thứ Bảng Kiểm đã thêm' }));
  await waitFor(() => expect(saved).toHaveLength(2));
  expect(readXlsx(saved[1]!.bytes).sheets.map((s) => s.name)).toEqual(
    before.sheets.map((s) => s.name),
  );
}, 40_000);

test('a file that is not a workbook gives a plain message', async () => {
  renderWebPage();
  await open('notes.xlsx', new TextEncoder().encode('not a zip at all'));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/tệp|Excel/i);
  expect(alert.textContent).not.toMatch(/at .*\(|\.ts:/);
  expect(screen.queryByTestId('counts')).toBeNull();
});
