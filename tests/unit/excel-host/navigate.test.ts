import { goToCell } from '../../../src/hosts/excel/navigate';
import { ExcelHostError } from '../../../src/hosts/excel/officeErrors';

/**
 * Going to a finding: one sync when the sheet can be shown; on a hidden sheet, which Excel
 * refuses to activate, one more sync to learn why, and a message saying what to do.
 */
function workbook(visibility: 'Visible' | 'Hidden') {
  let syncs = 0;
  let activated = false;
  const sheet = {
    visibility: undefined as string | undefined,
    activate: () => {
      activated = true;
    },
    getRange: () => ({ select: () => undefined }),
    load(this: { visibility?: string }) {
      this.visibility = visibility;
    },
  };
  const context = {
    workbook: { worksheets: { getItem: () => sheet } },
    sync: () => {
      syncs++;
      if (activated && visibility !== 'Visible') {
        activated = false;
        return Promise.reject(Object.assign(new Error('refused'), { code: 'InvalidOperation' }));
      }
      return Promise.resolve();
    },
  };
  return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
}

describe('goToCell', () => {
  it('shows a cell of a visible sheet in one sync', async () => {
    const wb = workbook('Visible');
    await goToCell(wb.context, 'Năm 2020', 'C7');
    expect(wb.syncs()).toBe(1);
  });

  it('says a hidden sheet is hidden and how to unhide it, in both languages', async () => {
    const wb = workbook('Hidden');
    const err = await goToCell(wb.context, 'DM', 'A3').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    const e = err as ExcelHostError;
    expect(e.code).toBe('SheetHidden');
    expect(e.vi).toContain("Trang 'DM' đang ẩn");
    expect(e.vi).toContain('ô A3');
    expect(e.en).toContain("Sheet 'DM' is hidden");
    expect(e.en).toContain('Unhide');
    expect(wb.syncs()).toBe(2);
  });
});
