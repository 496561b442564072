/** @jest-environment jsdom */
/**
 * The pane inside Excel, driven as a person would: one click runs read → check → write against
 * a host serving the bundled sample workbook; findings select their cell; removal and errors are reported.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { HostError } from '../../../src/taskpane/host';
import { installBrowserStubs, recordingHost, sampleKey, type RecordingHost } from './helpers';

installBrowserStubs();

function renderPane(host: RecordingHost, lang: 'vi' | 'en' = 'vi') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} lang={lang} />
    </FluentProvider>,
  );
}

async function checkEverything(label = 'Kiểm tra toàn bộ') {
  fireEvent.click(screen.getByRole('button', { name: label }));
  await waitFor(() => expect(screen.getByTestId('counts')).toBeTruthy(), { timeout: 20_000 });
}

test('one click reads, checks and writes the owned sheets', async () => {
  const host = recordingHost();
  renderPane(host);
  await checkEverything();
  expect(host.reads).toBe(1);
  expect(host.applied).toHaveLength(1);
  const keys = host.applied[0]!.sheets.map((s) => s.key).sort();
  expect(keys).toEqual(expect.arrayContaining(['charts', 'meetings', 'report', 'settings']));
  expect(screen.getByTestId('counts').textContent).toMatch(/\d+ lỗi · \d+ cảnh báo/);
  // Progress is announced in a live region and ends on "done".
  const live = document.querySelector('[aria-live="polite"]');
  expect(live?.textContent).toContain('Xong');
}, 30_000);

test('the keyed defects are listed and a click selects the cell in Excel', async () => {
  const host = recordingHost();
  renderPane(host);
  await checkEverything();
  // Errors are open first; open the other severities too.
  for (const header of screen.getAllByRole('button', { name: /Cảnh báo|Thông tin/ }))
    if (header.getAttribute('aria-expanded') === 'false') fireEvent.click(header);
  for (const cell of ['D54', 'B67', 'C9', 'I13'])
    expect(screen.getAllByRole('button', { name: new RegExp(`^${cell}$`) }).length).toBeGreaterThan(
      0,
    );
  fireEvent.click(screen.getAllByRole('button', { name: /^D54$/ })[0]!);
  await waitFor(() => expect(host.visited).toEqual([['XL 2019', 'D54']]));
  // Inside Excel the cell is selected there; the pane draws no grid of its own.
  expect(screen.queryByTestId('cell-grid')).toBeNull();
}, 30_000);

test('yearly results show counts per level and meeting compliance', async () => {
  renderPane(recordingHost());
  await checkEverything();
  const table = screen.getByRole('table', { name: 'Kết quả theo năm' });
  // The sample has 2017 in its list and in its summary: take the list's row.
  const y2017 = within(table)
    .getAllByRole('rowheader', { name: '2017' })
    .map((h) => h.closest('tr')!)
    .find((tr) => tr.textContent?.includes('Năm 2017'))!;
  const expected = sampleKey().ratings['2017']!.counts;
  const cells = within(y2017)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
  expect(cells.slice(0, 4).map((t) => Number(t.split(' ')[0]))).toEqual([
    expected.excellent,
    expected.good,
    expected.pass,
    expected.fail,
  ]);
  expect(document.body.textContent).toMatch(/\d+\/\d+ đạt, \d+ không đạt/);
}, 30_000);

test('a changed threshold travels to the settings sheet of the plan', async () => {
  const host = recordingHost();
  renderPane(host);
  const label = 'Giới hạn xuất sắc (% số hoàn thành tốt)';
  fireEvent.change(screen.getByLabelText(label), { target: { value: '30' } });
  await checkEverything();
  const sheet = host.applied[0]!.sheets.find((s) => s.key === 'settings')!;
  const at = sheet.cells.findIndex((c) => c.value === 'bk:excellentCap.ratio');
  expect(sheet.cells[at - 1]!.value).toBe(0.3);
  // The form then shows what the workbook now holds.
  expect((screen.getByLabelText(label) as HTMLInputElement).value).toBe('30');
}, 30_000);

test('removing everything asks the host to remove its sheets and says so', async () => {
  const host = recordingHost();
  renderPane(host);
  await checkEverything();
  fireEvent.click(screen.getByRole('button', { name: 'Gỡ mọi thứ Bảng Kiểm đã thêm' }));
  await waitFor(() => expect(host.removed).toBe(1));
  expect(await screen.findByText('Đã gỡ các trang Bảng Kiểm đã thêm.')).toBeTruthy();
}, 30_000);

test('an Office error shows as a plain message, never a stack', async () => {
  const host = recordingHost({
    failRead: new HostError(
      'Sổ tính đang được sửa ở ô khác.',
      'The workbook is in cell-edit mode.',
    ),
  });
  renderPane(host, 'en');
  fireEvent.click(screen.getByRole('button', { name: 'Check everything' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('The workbook is in cell-edit mode.');
  expect(alert.textContent).not.toMatch(/at .*\(|Error:/);
  expect(host.applied).toHaveLength(0);
});

test('switching the language in settings relabels the pane', async () => {
  renderPane(recordingHost());
  expect(screen.getByRole('button', { name: 'Kiểm tra toàn bộ' })).toBeTruthy();
  act(() => {
    fireEvent.change(screen.getByLabelText('Ngôn ngữ'), { target: { value: 'en' } });
  });
  expect(screen.getByRole('button', { name: 'Check everything' })).toBeTruthy();
  expect(screen.getByLabelText('Language')).toBeTruthy();
});
