/** @jest-environment jsdom */
/**
 * What was recognized can be corrected in the pane: a sheet set to "skip" is checked again
 * without its table, and the correction is kept in the workbook's settings sheet.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { installBrowserStubs, recordingHost } from './helpers';

installBrowserStubs();

test('skipping a sheet drops its table and findings, and is stored as a bk:table row', async () => {
  const host = recordingHost();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} lang="en" />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Check everything' }));
  await waitFor(() => expect(host.applied).toHaveLength(1), { timeout: 60_000 });
  // The report is drawn in a transition, after the write.
  await waitFor(() => expect(document.querySelector('li.bk-table-item')).toBeTruthy(), {
    timeout: 60_000,
  });
  expect(
    screen.queryAllByRole('button', { name: /^[^,]+, Năm 2021!B67: / }).length,
  ).toBeGreaterThan(0);
  const item = [...document.querySelectorAll<HTMLElement>('li.bk-table-item')].find((li) =>
    li.textContent?.startsWith('Năm 2021 '),
  )!;
  fireEvent.change(within(item).getByLabelText('Table kind'), { target: { value: 'ignore' } });
  fireEvent.click(screen.getByRole('button', { name: 'Check again with these corrections' }));
  await waitFor(() => expect(host.applied).toHaveLength(2), { timeout: 60_000 });

  const sheet = host.applied[1]!.sheets.find((s) => s.key === 'settings')!;
  const values = sheet.cells.map((c) => c.value);
  const at = values.indexOf('ignore');
  expect(at).toBeGreaterThan(0);
  expect(values.slice(at - 3, at)).toContain('Năm 2021');
  // Its duplicate unit at B67 is no longer reported.
  expect(
    await screen.findByText(/Năm 2021: Skip this sheet/, undefined, { timeout: 60_000 }),
  ).toBeTruthy();
  expect(screen.queryAllByRole('button', { name: /^[^,]+, Năm 2021!B67: / })).toHaveLength(0);
}, 120_000);
