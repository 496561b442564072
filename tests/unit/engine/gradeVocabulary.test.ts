import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { isGradeVocabulary } from '../../../src/core/recognize/gradeVocabulary';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

/**
 * A "Danh mục" sheet (often hidden) lists the grades once each, the source of the grade cells'
 * drop-down, with the units to pick beside: names of grades, not units graded.
 */
const UNITS = ['Tân Hòa', 'Phú Lộc', 'An Thạnh', 'Mỹ Phước', 'Long Điền', 'Bình Đức', 'Hòa Định'];
const CODES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs), resolveSettings({})).report;
}

const list: SheetSpec = {
  name: 'Năm 2020',
  rows: [
    ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020'],
    [],
    ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
    ...UNITS.map((u, i): Scalar[] => [i + 1, `Đảng bộ xã ${u}`, CODES[[1, 0, 1, 2, 1, 1, 2][i]!]!]),
  ],
};

describe('isGradeVocabulary', () => {
  it('takes each grade once, in order, one run per scheme', () => {
    expect(isGradeVocabulary(['excellent', 'good', 'pass', 'fail'])).toBe(true);
    expect(isGradeVocabulary(['fail', 'pass', 'good', 'excellent'])).toBe(true);
    expect(isGradeVocabulary(['excellent', 'good', 'pass'])).toBe(true);
    const both = ['excellent', 'good', 'pass', 'fail'] as const;
    expect(isGradeVocabulary([...both, ...both])).toBe(true);
  });
  it('refuses grades of units: repeated, out of order, too few or too many', () => {
    expect(isGradeVocabulary(['excellent', 'excellent', 'good', 'pass'])).toBe(false);
    expect(isGradeVocabulary(['good', 'excellent', 'pass', 'fail'])).toBe(false);
    expect(isGradeVocabulary(['excellent', 'good'])).toBe(false);
    expect(isGradeVocabulary(['excellent', 'good', 'pass', 'fail', 'excellent'])).toBe(false);
  });
});

describe('a drop-down source sheet beside the lists', () => {
  it('is not a list: no warnings, no yearless counts, one "not recognized" note', () => {
    const report = check(list, {
      name: 'DM',
      rows: [
        ['Mức xếp loại', 'Đơn vị', 'Viết tắt'],
        ...UNITS.map((u, i): Scalar[] => [
          ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ'][i] ??
            (i === 3 ? 'Không hoàn thành nhiệm vụ' : null),
          `Đảng bộ xã ${u}`,
          CODES[i] ?? null,
        ]),
      ],
    });
    const onDm = report.issues.filter((f) => f.sheet === 'DM').map((f) => f.rule);
    expect(onDm).toEqual(['sheet.unrecognized']);
    expect(report.results.ratings.map((r) => [r.year, r.total])).toEqual([[2020, 7]]);
  });

  it('a list still being filled, graded at the top only, keeps its blank-grade warnings', () => {
    const report = check({
      ...list,
      rows: list.rows.map((row, i) => (i >= 7 ? [row[0]!, row[1]!, null] : row)),
    });
    const blank = report.issues.filter((f) => f.rule === 'grade.blank').map((f) => f.cell);
    expect(blank).toEqual(['C8', 'C9', 'C10']);
  });
});
