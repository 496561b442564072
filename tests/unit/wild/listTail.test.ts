/**
 * What boards type under a list after a blank row — a legend of grade codes or words as a small
 * table, a "Ký hiệu | Ý nghĩa" key, notes, recipients — is no unit of the list (issue #10).
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

const GRADES = ['HTTNV', 'HTXSNV', 'HTTNV', 'HTNV', 'HTTNV', 'KHTNV'];

function list(grades: Scalar[] = GRADES): Scalar[][] {
  return [
    ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2021'],
    ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
    ...grades.map((g, i): Scalar[] => [i + 1, `Đảng bộ xã ${'ABCDEFGHIJ'[i]}`, g, '']),
  ];
}

/** The list's units, counted and rated, and every warning or error the report raises. */
function outcome(rows: Scalar[][]) {
  const report = check({ name: 'Năm 2021', rows });
  const year = report.results.ratings.find((r) => r.year === 2021 && r.source === 'list');
  return {
    counts: year?.counts,
    total: year?.total,
    findings: report.issues.filter((i) => i.severity !== 'info').map((i) => i.rule),
    errors: errors(report),
  };
}

const CLEAN = {
  counts: { excellent: 1, good: 3, pass: 1, fail: 1 },
  total: 6,
  findings: [],
  errors: [],
};

describe('a small table under a list, after a blank row', () => {
  it.each<[string, Scalar[][]]>([
    [
      'a legend of codes and grade names',
      [
        [1, 'Hoàn thành xuất sắc nhiệm vụ'],
        [2, 'Hoàn thành tốt nhiệm vụ'],
        [3, 'Hoàn thành nhiệm vụ'],
        [4, 'Không hoàn thành nhiệm vụ'],
      ],
    ],
    [
      'a "Ký hiệu | Ý nghĩa" key',
      [
        ['Ký hiệu', 'Ý nghĩa'],
        [1, 'HTXSNV - Hoàn thành xuất sắc nhiệm vụ'],
        [2, 'HTTNV - Hoàn thành tốt nhiệm vụ'],
        [3, 'HTNV - Hoàn thành nhiệm vụ'],
      ],
    ],
    [
      'a legend naming each grade with its abbreviation',
      [
        [1, 'Hoàn thành xuất sắc nhiệm vụ (HTXSNV)'],
        [2, 'Hoàn thành tốt nhiệm vụ (HTTNV)'],
        [3, 'Hoàn thành nhiệm vụ (HTNV)'],
      ],
    ],
    [
      'grade words with their counts',
      [
        [1, 'Hoàn thành xuất sắc nhiệm vụ', 1, '16,7%'],
        [2, 'Hoàn thành tốt nhiệm vụ', 3, '50%'],
        [3, 'Hoàn thành nhiệm vụ', 1, '16,7%'],
        [4, 'Không hoàn thành nhiệm vụ', 1, '16,7%'],
      ],
    ],
    [
      'a "Ghi chú:" line, then numbered notes',
      [
        [null, 'Ghi chú:'],
        [1, 'Các chi bộ trực thuộc được xếp loại theo Hướng dẫn số 25-HD/BTCTW'],
        [2, 'Số liệu tính đến ngày 31/12/2021'],
      ],
    ],
    [
      'numbered notes',
      [
        [1, 'Các chi bộ trực thuộc được xếp loại theo Hướng dẫn số 25-HD/BTCTW.'],
        [2, 'Đảng bộ xã A và Đảng bộ xã C đề nghị khen thưởng.'],
      ],
    ],
    [
      '"Nơi nhận:" and its numbered recipients',
      [
        ['Nơi nhận:', null, null, 'T/M BAN THƯỜNG VỤ'],
        [1, 'Ban Tổ chức Tỉnh ủy'],
        [2, 'Lưu VP'],
      ],
    ],
  ])('%s adds no unit and no finding', (_, tail) => {
    expect(outcome([...list(), [], ...tail])).toEqual(CLEAN);
  });

  it('a legend of codes and grade names under the total line adds no unit', () => {
    const rows = [...list(), [null, 'Cộng', 6]];
    rows.push(
      [],
      [1, 'Hoàn thành xuất sắc nhiệm vụ'],
      [2, 'Hoàn thành tốt nhiệm vụ'],
      [3, 'Hoàn thành nhiệm vụ'],
    );
    expect(outcome(rows).total).toBe(6);
    expect(outcome(rows).findings).not.toContain('grade.blank');
  });

  it('the list still reads grade codes through the legend under it', () => {
    const rows = list([1, 2, 2, 3, 2, 4]);
    rows[1]![2] = 'Xếp loại (mã)';
    rows.push(
      [],
      ['Ký hiệu', 'Ý nghĩa'],
      [1, 'Hoàn thành xuất sắc nhiệm vụ'],
      [2, 'Hoàn thành tốt nhiệm vụ'],
      [3, 'Hoàn thành nhiệm vụ'],
      [4, 'Không hoàn thành nhiệm vụ'],
    );
    expect(outcome(rows)).toEqual(CLEAN);
  });
});

describe('units after a blank row are still the list', () => {
  it('a numbered unit with a blank grade after a blank row keeps its place and its finding', () => {
    const rows = [
      ...list(),
      [],
      [7, 'Chi bộ thôn Đông', null, ''],
      [8, 'Chi bộ thôn Tây', 'HTTNV'],
    ];
    const got = outcome(rows);
    expect(got.total).toBe(8);
    expect(got.findings).toEqual(['grade.blank']);
  });

  it('units named at length, grades blank, after a blank row are still units', () => {
    const rows = [
      ...list(),
      [],
      [7, 'Chi bộ Trường Trung học cơ sở Nguyễn Văn Trỗi xã Hòa Sơn', null],
      [8, 'Đảng bộ Công ty cổ phần Môi trường và Công trình đô thị.', null],
      [],
      [9, 'Chi bộ thôn Tây', 'HTTNV'],
    ];
    const got = outcome(rows);
    expect(got.total).toBe(9);
    expect(got.findings).toEqual(['grade.blank', 'grade.blank']);
  });
});
