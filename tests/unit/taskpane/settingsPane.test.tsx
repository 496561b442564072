/** @jest-environment jsdom */
/**
 * Score bands and pilot units entered in the pane reach the workbook's settings sheet through the
 * plan, where the next check (in any host) reads them.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PlanSheet } from '../../../src/core/plan/outputPlan';
import { App } from '../../../src/taskpane/components/App';
import { installBrowserStubs, recordingHost } from './helpers';

installBrowserStubs();

/** The value left of a settings-sheet key (the sheet lays them out label, value, key). */
function valueBefore(sheet: PlanSheet, key: string): unknown {
  const at = sheet.cells.findIndex((c) => c.value === key);
  return sheet.cells[at - 1]?.value;
}

test('a score band and a pilot unit entered in the pane are written to the settings sheet', async () => {
  const host = recordingHost();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} lang="en" />
    </FluentProvider>,
  );
  fireEvent.change(screen.getByLabelText('Excellent'), { target: { value: '95' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add a pilot unit' }));
  fireEvent.change(screen.getByLabelText('Year (1)'), { target: { value: '2020' } });
  fireEvent.change(screen.getByLabelText('Unit (1)'), { target: { value: 'Đảng bộ xã Mới' } });
  fireEvent.click(screen.getByRole('button', { name: 'Check everything' }));
  await waitFor(() => expect(host.applied).toHaveLength(1), { timeout: 60_000 });

  const sheet = host.applied[0]!.sheets.find((s) => s.key === 'settings')!;
  expect(valueBefore(sheet, 'bk:scoreBands.excellent')).toBe(95);
  const values = sheet.cells.map((c) => c.value);
  const unit = values.indexOf('Đảng bộ xã Mới');
  expect(unit).toBeGreaterThan(0);
  expect(values[unit - 1]).toBe(2020);
  // After the run the form shows what the workbook now holds.
  expect((screen.getByLabelText('Unit (1)') as HTMLInputElement).value).toBe('Đảng bộ xã Mới');
}, 120_000);

test('out-of-range thresholds are held to their bounds before they reach the engine', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={recordingHost()} lang="en" />
    </FluentProvider>,
  );
  const attendance = screen.getByLabelText('Minimum attendance (%)') as HTMLInputElement;
  fireEvent.change(attendance, { target: { value: '150' } });
  expect(attendance.value).toBe('100');
});
