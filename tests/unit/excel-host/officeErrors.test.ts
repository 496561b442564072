import { applyPlan } from '../../../src/hosts/excel/applyPlan';
import { goToCell } from '../../../src/hosts/excel/navigate';
import {
  atCell,
  describeOfficeError,
  ExcelHostError,
  isPayloadError,
} from '../../../src/hosts/excel/officeErrors';
import { readSnapshot } from '../../../src/hosts/excel/readSnapshot';
import { createExcelDouble, DoubleOfficeError } from '../../helpers/excelDouble';
import { samplePlan } from './plans';

describe('Office errors in plain words', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'chế độ sửa ô', 'cell-edit mode'],
    ['RequestPayloadSizeLimitExceeded', '5 MB', '5 MB'],
    ['ItemNotFound', 'Không tìm thấy', 'not found'],
    ['GeneralException', 'lỗi chung', 'general error'],
  ])('%s', (code, vi, en) => {
    // Office's own text is in the installation's language; it is never shown.
    const msg = describeOfficeError(
      new DoubleOfficeError(code, 'Texte localisé'),
      atCell('A', 'B2'),
    );
    expect(msg.code).toBe(code);
    expect(msg.vi).toContain(vi);
    expect(msg.en).toContain(en);
    expect(msg.vi).toContain("tại trang 'A', ô B2");
    expect(msg.en).toContain("at sheet 'A', cell B2");
    expect(msg.vi + msg.en).not.toContain('Texte localisé');
  });

  it('tells a protected workbook structure from a protected sheet by where it failed', () => {
    const structure = describeOfficeError(
      new DoubleOfficeError('InvalidOperation', '…', 'WorksheetCollection.add'),
    );
    const sheet = describeOfficeError(new DoubleOfficeError('AccessDenied', '…', 'Range.values'));
    expect(structure.vi).toContain('Cấu trúc sổ làm việc đang được bảo vệ');
    expect(sheet.vi).toContain('Bỏ bảo vệ');
    expect(sheet.en).toContain('code AccessDenied');
    const unknown = describeOfficeError(new DoubleOfficeError('SomethingNew', 'Quelque chose'));
    expect(unknown).toEqual({
      code: 'SomethingNew',
      vi: 'Excel báo lỗi mã SomethingNew.',
      en: 'Excel reported error code SomethingNew.',
    });
  });

  it('knows which errors a smaller request can cure', () => {
    expect(isPayloadError(new DoubleOfficeError('ResponsePayloadSizeLimitExceeded', ''))).toBe(
      true,
    );
    expect(isPayloadError(new DoubleOfficeError('ItemNotFound', ''))).toBe(false);
    expect(isPayloadError(new Error('plain'))).toBe(false);
  });
});

describe('Office errors raised through the host', () => {
  const wb = () =>
    createExcelDouble({
      maxApi: '1.16',
      snapshot: {
        styles: [{ numFmt: 'General', font: null }],
        sheets: [{ name: 'Năm 2020', state: 'visible', merges: [], rows: [{ v: [1] }] }],
      },
    });

  it('cell-edit mode stops a read with a message, not a crash', async () => {
    const d = wb();
    d.model.cellEditMode = true;
    const restore = d.installOffice();
    const err = await readSnapshot(d.context).catch((e: unknown) => e);
    restore();
    expect(err).toBeInstanceOf(ExcelHostError);
    expect(err).toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('a missing sheet in goToCell names the sheet and cell', async () => {
    const d = wb();
    const err = await goToCell(d.context, 'Năm 2019', 'B7').catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'ItemNotFound',
      vi: expect.stringContaining("tại trang 'Năm 2019', ô B7"),
    });
  });

  it('goToCell activates and selects in the double', async () => {
    const d = wb();
    await goToCell(d.context, 'Năm 2020', 'B7');
    expect(d.model.active).toBe('Năm 2020');
    expect(d.model.selection).toEqual({ sheet: 'Năm 2020', range: { r0: 6, c0: 1, r1: 6, c1: 1 } });
  });

  it('a bad plan cell is refused before the workbook is touched', async () => {
    const d = wb();
    const restore = d.installOffice();
    const plan = samplePlan(2);
    plan.sheets[0]!.cells.push({ row: 9, col: 2, value: Number.NaN });
    const err = await applyPlan(d.context, plan).catch((e: unknown) => e);
    restore();
    expect(err).toMatchObject({ code: 'InvalidPlanCell', en: expect.stringContaining('cell C10') });
    expect(d.stats.syncs).toBe(0);
    expect(d.model.sheets).toHaveLength(1);
  });
});
