/** @jest-environment jsdom */
/**
 * Several tables on one sheet are listed each with kind, year, range and confidence, and a
 * correction made on one of them names it by its header row, so it changes that table only.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, within } from '@testing-library/react';
import { TablesPanel } from '../../../src/taskpane/components/TablesPanel';
import type { RecognizedTable } from '../../../src/core/report/types';
import type { TableCorrection } from '../../../src/core/settings';
import { STRINGS } from '../../../src/taskpane/strings';

const table = (range: string, header: number, year: number): RecognizedTable => ({
  sheet: 'Xếp loại',
  range,
  kind: 'rating-list',
  years: [year],
  scheme: '2018',
  subject: 'organization',
  headerRows: [header, header],
  columns: [],
  confidence: 0.95,
  reasons: ['95% of grade cells are grades'],
  totalRows: [],
});

function panel(tables: RecognizedTable[], corrections: TableCorrection[] = []) {
  const changes: TableCorrection[][] = [];
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <TablesPanel
        s={STRINGS.en}
        tables={tables}
        corrections={corrections}
        onChange={(next) => changes.push(next)}
        onApply={() => undefined}
        busy={false}
      />
    </FluentProvider>,
  );
  const items = [...view.container.querySelectorAll<HTMLElement>('li.bk-table-item')];
  return { changes, items };
}

test('two stacked tables: each listed, a year typed for the second names its header row', () => {
  const { changes, items } = panel([table('A2:C7', 2, 2019), table('A10:C15', 10, 2020)]);
  expect(items).toHaveLength(2);
  expect(items[1]!.textContent).toMatch(/A10:C15/);
  expect(items[1]!.textContent).toMatch(/2020/);
  expect(items[1]!.textContent).toMatch(/confidence 95%/);
  fireEvent.change(within(items[1]!).getByLabelText('Year'), { target: { value: '2021' } });
  expect(changes.at(-1)).toEqual([{ sheet: 'Xếp loại', headerRow: 10, year: 2021 }]);
  fireEvent.change(within(items[0]!).getByLabelText('Table kind'), { target: { value: 'ignore' } });
  expect(changes.at(-1)).toEqual([{ sheet: 'Xếp loại', headerRow: 2, kind: 'ignore' }]);
});

test('a correction of one table shows on that table only', () => {
  const { items } = panel(
    [table('A2:C7', 2, 2019), table('A10:C15', 10, 2020)],
    [{ sheet: 'Xếp loại', headerRow: 10, year: 2021 }],
  );
  expect((within(items[0]!).getByLabelText('Year') as HTMLInputElement).value).toBe('');
  expect((within(items[1]!).getByLabelText('Year') as HTMLInputElement).value).toBe('2021');
});

test('a sheet with one table is corrected as a whole, as before', () => {
  const { changes, items } = panel([table('A2:C7', 2, 2019)]);
  fireEvent.change(within(items[0]!).getByLabelText('Year'), { target: { value: '2018' } });
  expect(changes.at(-1)).toEqual([{ sheet: 'Xếp loại', year: 2018 }]);
});
