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
  await waitFor(() => expect(screen.getByTestId('counts')).toBeTruthy(), { timeout: 60_000 });
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
  // Progress is announced in a status region and ends on "done".
  expect(screen.getByTestId('progress').getAttribute('aria-valuenow')).toBe('1');
  expect(screen.getAllByRole('status').some((el) => el.textContent === 'Xong')).toBe(true);
}, 120_000);

test('the keyed defects are listed and a click selects the cell in Excel', async () => {
  const host = recordingHost();
  renderPane(host);
  await checkEverything();
  // Each finding is named by its severity, sheet, cell and message; 50 are drawn at a time.
  for (let more = screen.queryByRole('button', { name: /^Xem thêm/ }); more;) {
    fireEvent.click(more);
    more = screen.queryByRole('button', { name: /^Xem thêm/ });
  }
  const list = screen.getByTestId('findings');
  for (const cell of ['D54', 'B67', 'C9', 'I13'])
    expect(
      within(list).getAllByRole('button', {
        name: new RegExp(`^(Lỗi|Cảnh báo|Thông tin), [^!]+!${cell}: .+`),
      }).length,
    ).toBeGreaterThan(0);
  const d54 = within(list).getByRole('button', { name: /^Lỗi, XL 2019!D54: / });
  fireEvent.click(d54);
  await waitFor(() => expect(host.visited).toEqual([['XL 2019', 'D54']]));
  expect(d54.getAttribute('aria-current')).toBe('true');
  // Inside Excel the cell is selected there; the pane draws no grid of its own.
  expect(screen.queryByTestId('cell-grid')).toBeNull();
}, 120_000);

test('yearly results show counts per level and meeting compliance', async () => {
  renderPane(recordingHost());
  await checkEverything();
  // The sample has 2017 in its list and in its summary, side by side: the list's column first.
  const y2017 = screen.getByRole('table', { name: '2017' });
  const expected = sampleKey().ratings['2017']!.counts;
  const counts = within(y2017)
    .getAllByRole('row')
    .slice(1, 5)
    .map((row) => Number(within(row).getAllByRole('cell')[0]!.textContent!.split(' ')[0]));
  expect(counts).toEqual([expected.excellent, expected.good, expected.pass, expected.fail]);
  expect(document.body.textContent).toMatch(/\d+\/\d+ đạt, \d+ không đạt/);
}, 120_000);

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
}, 120_000);

test('removing everything asks the host to remove its sheets and says so', async () => {
  const host = recordingHost();
  renderPane(host);
  await checkEverything();
  fireEvent.click(screen.getByRole('button', { name: 'Gỡ mọi thứ Bảng Kiểm đã thêm' }));
  await waitFor(() => expect(host.removed).toBe(1));
  expect(await screen.findByText('Đã gỡ các trang Bảng Kiểm đã thêm.')).toBeTruthy();
}, 120_000);

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
