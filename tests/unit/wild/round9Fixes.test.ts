/** One test per engine fix that round 9 of the wild layouts (tools/wild/families/round9.ts) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

const T = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`);
const Q = ['CĐ Quý I', 'CĐ Quý II', 'CĐ Quý III', 'CĐ Quý IV'];

/** A register whose month and quarter cells are what `cell` writes; one month and one quarter missing. */
function register(cell: (held: boolean, m: number) => Scalar): Scalar[][] {
  const months = (notHeld: number | null) => T.map((_, m) => cell(m !== notHeld, m));
  const quarters = (notHeld: number | null) => Q.map((_, q) => cell(q !== notHeld, q * 3 + 1));
  return [
    ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2023'],
    ['STT', 'Chi bộ', ...T, ...Q],
    [1, 'Chi bộ thôn Đông', ...months(null), ...quarters(null)],
    [2, 'Chi bộ thôn Tây', ...months(6), ...quarters(null)],
    [3, 'Chi bộ thôn Nam', ...months(null), ...quarters(2)],
  ];
}

const VERDICTS = [
  ['Chi bộ thôn Đông', 12, true],
  ['Chi bộ thôn Tây', 11, false],
  ['Chi bộ thôn Nam', 12, false],
];

const iso = (m: number) => `2023-${String(m + 1).padStart(2, '0')}-14`;

describe('a meeting day written as ISO text by another program', () => {
  it.each([
    ['date', (m: number) => iso(m)],
    ['date and time', (m: number) => `${iso(m)} 08:00:00`],
    ['date and minutes', (m: number) => `${iso(m)}T19:30`],
  ])('is a meeting held, in a month or a quarter (%s)', (_, day) => {
    const report = check({ name: 'SH 2023', rows: register((held, m) => (held ? day(m) : null)) });
    expect(errors(report).filter((e) => !/-short /.test(e))).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual(VERDICTS);
  });
});

describe('form check boxes linked to the month and quarter cells', () => {
  it('read TRUE as held and FALSE as not held, quarters too', () => {
    const report = check({ name: 'SH 2023', rows: register((held) => held) });
    expect(errors(report).filter((e) => !/-short /.test(e))).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual(VERDICTS);
  });
});

describe('units struck through in a rating list', () => {
  const rows: Scalar[][] = [
    ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2024'],
    ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
    [1, 'Đảng bộ xã Hòa Sơn', 'Hoàn thành tốt nhiệm vụ'],
    [null, 'Đảng bộ xã Hòa Bình', null, 'Sáp nhập'],
    [2, 'Đảng bộ xã Yên Thịnh', 'Hoàn thành xuất sắc nhiệm vụ'],
    [3, 'Chi bộ Trung tâm Y tế huyện', 'Hoàn thành nhiệm vụ'],
    [4, 'Đảng bộ xã Hòa Bình', 'Hoàn thành tốt nhiệm vụ', 'Thành lập mới'],
  ];

  it('are removed: not counted, no blank grade, no duplicate of the unit listed again', () => {
    const report = check({ name: 'Năm 2024', rows, struck: ['B4', 'C4', 'D4'] });
    expect(errors(report)).toEqual([]);
    const list = report.results.ratings.find((r) => r.source === 'list')!;
    expect([list.total, list.counts]).toEqual([4, { excellent: 1, good: 2, pass: 1, fail: 0 }]);
  });
});

describe('a very hidden sheet', () => {
  const list = (grade: string): Scalar[][] => [
    ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2024'],
    ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
    [1, 'Đảng bộ xã Hòa Sơn', 'Hoàn thành tốt nhiệm vụ'],
    [2, 'Đảng bộ xã Yên Thịnh', grade],
    [3, 'Chi bộ Trung tâm Y tế huyện', 'Hoàn thành nhiệm vụ'],
    [4, 'Đảng bộ xã Hòa Sơn', 'Chưa đạt'],
  ];

  it("is a program's and is not read; a hidden one is", () => {
    const visible = { name: 'Năm 2024', rows: list('Hoàn thành xuất sắc nhiệm vụ').slice(0, 5) };
    const veryHidden = check(visible, {
      name: 'Năm 2024 (2)',
      rows: list('Hoàn thành tốt nhiệm vụ'),
      state: 'veryHidden',
    });
    expect(errors(veryHidden)).toEqual([]);
    expect(veryHidden.results.ratings.filter((r) => r.source === 'list').length).toBe(1);
    const hidden = check(visible, {
      name: 'Năm 2024 (2)',
      rows: list('Hoàn thành tốt nhiệm vụ'),
      state: 'hidden',
    });
    expect(hidden.results.ratings.filter((r) => r.source === 'list').length).toBe(2);
  });
});

describe('grades ticked by form check boxes', () => {
  it.each([
    ['FALSE', false],
    ['blank', null],
  ])('read TRUE as the tick, the other boxes %s', (_, off) => {
    const grades = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
    const levels = [1, 1, 0, 2, 1, 1];
    const rows: Scalar[][] = [
      ['TỔNG HỢP XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
      ['STT', 'Tên tổ chức', ...grades],
      ...levels.map((l, i) => [
        i + 1,
        `Đảng bộ xã ${['Hòa Sơn', 'Hòa Bình', 'Yên Thịnh', 'Thiện Tân', 'Đồng Tiến', 'Minh Sơn'][i]}`,
        ...grades.map((_, k) => (k === l ? true : off)),
      ]),
    ];
    const report = check({ name: 'Năm 2023', rows });
    expect(errors(report)).toEqual([]);
    const list = report.results.ratings.find((r) => r.source === 'list')!;
    expect([list.year, list.total, list.counts]).toEqual([
      2023,
      6,
      { excellent: 1, good: 4, pass: 1, fail: 0 },
    ]);
  });
});
