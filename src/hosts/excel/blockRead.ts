import type { LoadedBlock } from './blockRows';

export interface QueuedBlockRead {
  range: Excel.Range;
  fonts: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

/** Queues the reads of one block: the four grids, and fonts when ExcelApi 1.9 is there. */
export function queueBlockRead(range: Excel.Range, withFonts: boolean): QueuedBlockRead {
  range.load('values,formulas,numberFormat,valueTypes');
  const fonts = withFonts ? range.getCellProperties({ format: { font: { name: true } } }) : null;
  return { range, fonts };
}

/** After the sync: the block as plain arrays. */
export function loadedBlock(q: QueuedBlockRead, row0: number, col0: number): LoadedBlock {
  return {
    row0,
    col0,
    values: q.range.values,
    formulas: q.range.formulas,
    numberFormat: q.range.numberFormat,
    valueTypes: q.range.valueTypes as string[][],
    fonts: q.fonts ? q.fonts.value.map((r) => r.map((p) => p.format?.font?.name ?? null)) : null,
  };
}
