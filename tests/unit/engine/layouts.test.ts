import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf } from '../../helpers/snapshot';

/** Layouts other boards use: headers lower down, other words, VNI text, a long table. */
describe('layouts seen in other boards', () => {
  const wb = snapshotOf(
    {
      name: 'SH 2020',
      rows: [
        ['ĐẢNG BỘ HUYỆN'],
        [],
        ['SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM 2020'],
        [],
        [
          'TT',
          'Tên chi bộ',
          'Số ĐV',
          ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
          'Số buổi SH chuyên đề',
        ],
        [1, 'Chi bộ thôn A', 20, ...Array(12).fill('x'), 4],
        [2, 'Chi bộ thôn B', 20, ...Array(11).fill('x'), null, 2],
      ],
    },
    {
      name: 'KQ',
      rows: [
        ['BÁO CÁO'],
        ['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM 2019'],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        ['Số TT', 'Tên chi bộ, đảng bộ cơ sở', 'Kết quả xếp loại', 'Ghi chú'],
        [1, 'Đảng bộ xã A', 'HTTNV'],
        [2, 'Đảng bộ xã B', 'HTXSNV'],
      ],
    },
    {
      name: 'VNI',
      rows: [
        ['XEÁP LOAÏI NAÊM 2018'],
        ['STT', 'Teân toå chöùc cô sôû ñaûng', 'Xeáp loaïi'],
        [1, 'Ñaûng boä xaõ Hoøa Sôn', 'Hoaøn thaønh toát nhieäm vuï'],
      ],
      fonts: {
        A1: 'VNI-Times',
        A2: 'VNI-Times',
        B2: 'VNI-Times',
        C2: 'VNI-Times',
        B3: 'VNI-Times',
        C3: 'VNI-Times',
      },
    },
    {
      name: 'TH',
      rows: [
        ['TỔNG HỢP'],
        [
          'Năm',
          'Tổng số TCCSĐ được đánh giá',
          'Hoàn thành xuất sắc nhiệm vụ',
          null,
          'Hoàn thành tốt nhiệm vụ',
          null,
          'Hoàn thành nhiệm vụ',
          null,
          'Không hoàn thành nhiệm vụ',
          null,
        ],
        [
          null,
          null,
          'Số lượng',
          'Tỷ lệ (%)',
          'Số lượng',
          'Tỷ lệ (%)',
          'Số lượng',
          'Tỷ lệ (%)',
          'Số lượng',
          'Tỷ lệ (%)',
        ],
        ['Năm 2019', 2, 1, '50,0%', 1, '50,0%', 0, '0%', 0, '0%'],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2', 'I2:J2'],
    },
    {
      name: 'Dài',
      rows: [
        ['Năm đánh giá', 'Đơn vị', 'Xếp loại'],
        [2018, 'Đảng bộ xã A', 'HTTNV'],
        [2019, 'Đảng bộ xã A', 'HTXSNV'],
        [2018, 'Đảng bộ xã B', 'Tốt'],
      ],
    },
  );
  const { report } = checkWorkbook(wb, resolveSettings({}));
  const table = (sheet: string) => report.tables.find((t) => t.sheet === sheet);

  it('a register with "Tháng 1…12", members as "Số ĐV" and a yearly thematic count', () => {
    expect(table('SH 2020')).toMatchObject({
      kind: 'meeting-register',
      years: [2020],
      headerRows: [5, 5],
    });
    expect(report.results.meetings.map((m) => [m.row, m.regular, m.compliant])).toEqual([
      [6, 12, true],
      [7, 11, false],
    ]);
    expect(
      report.issues.filter((f) => f.rule === 'meeting.thematic-short').map((f) => f.cell),
    ).toEqual(['P7']);
  });

  it('a list whose header is on row 10 and calls its units "Tên chi bộ, đảng bộ cơ sở"', () => {
    expect(table('KQ')).toMatchObject({ kind: 'rating-list', years: [2019], headerRows: [10, 10] });
  });

  it('a list typed in VNI with a VNI-Times font', () => {
    expect(table('VNI')).toMatchObject({ kind: 'rating-list', years: [2018] });
    const vni = report.results.ratings.find((r) => r.sheet === 'VNI')!;
    expect(vni.counts.good).toBe(1);
    expect(
      report.issues.find((f) => f.rule === 'encoding.legacy' && f.sheet === 'VNI'),
    ).toBeDefined();
  });

  it('a summary with "Số lượng" / "Tỷ lệ (%)", percentages typed as text and a "Tổng số … được đánh giá"', () => {
    expect(
      table('TH')!
        .columns.map((c) => c.role)
        .slice(0, 4),
    ).toEqual(['year', 'total', 'levelCount', 'levelPercent']);
    // Four percentages typed as text in one table: read as numbers, said once for the table.
    expect(
      report.issues
        .filter((f) => f.rule.startsWith('value.') && f.sheet === 'TH')
        .map((f) => [f.rule, f.range]),
    ).toEqual([['value.numbers-as-text', 'D4:J4']]);
    expect(
      report.issues.find((f) => f.rule === 'percent.mismatch' && f.sheet === 'TH'),
    ).toBeUndefined();
  });

  it('one long table with a year column "Năm đánh giá"', () => {
    expect(table('Dài')).toMatchObject({ kind: 'rating-list', years: [2018, 2019] });
    const byYear = report.results.ratings
      .filter((r) => r.sheet === 'Dài')
      .map((r) => [r.year, r.counts.good, r.counts.excellent]);
    expect(byYear).toEqual([
      [2018, 2, 0],
      [2019, 0, 1],
    ]);
  });
});
