/** Lists laid out with a column per year, or a year column: what each year counts. */
import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf } from '../../helpers/snapshot';

describe('list layouts', () => {
  it('reads one column per year, headed by the year alone', () => {
    const { report } = checkWorkbook(
      snapshotOf({
        name: 'Tổng hợp 3 năm',
        rows: [
          ['KẾT QUẢ XẾP LOẠI 2018 - 2020'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Năm 2018', 'Năm 2019', 'Năm 2020'],
          [1, 'Xã A', 'HTXSNV', 'HTTNV', 'HTTNV'],
          [2, 'Xã B', 'HTTNV', 'HTTNV', 'HTXSNV'],
          [3, 'Xã C', 'HTNV', 'HTTNV', null],
        ],
      }),
      resolveSettings({}),
    );
    const byYear = Object.fromEntries(report.results.ratings.map((r) => [r.year, r.counts]));
    expect(byYear[2018]).toEqual({ excellent: 1, good: 1, pass: 1, fail: 0 });
    expect(byYear[2019]).toEqual({ excellent: 0, good: 3, pass: 0, fail: 0 });
    expect(byYear[2020]).toEqual({ excellent: 1, good: 1, pass: 0, fail: 0 });
  });

  it('reads a long table with a year column, and a member list headed "Họ tên đảng viên"', () => {
    const { report } = checkWorkbook(
      snapshotOf({
        name: 'Đảng viên',
        rows: [
          ['Năm', 'Họ tên đảng viên', 'Chi bộ', 'Xếp loại'],
          [2019, 'Nguyễn Văn A', 'Chi bộ Thôn 1', 'HTTNV'],
          [2020, 'Nguyễn Văn A', 'Chi bộ Thôn 1', 'HTXSNV'],
          [2019, 'Trần Thị B', 'Chi bộ Thôn 1', 'Miễn đánh giá'],
          [2020, 'Trần Thị B', 'Chi bộ Thôn 1', 'HTTNV'],
        ],
      }),
      resolveSettings({}),
    );
    expect(report.tables[0]).toMatchObject({
      kind: 'rating-list',
      subject: 'member',
      years: [2019, 2020],
    });
    const byYear = Object.fromEntries(
      report.results.ratings.map((r) => [r.year, [r.counts, r.total]]),
    );
    expect(byYear[2019]).toEqual([{ excellent: 0, good: 1, pass: 0, fail: 0 }, 1]);
    expect(byYear[2020]).toEqual([{ excellent: 1, good: 1, pass: 0, fail: 0 }, 2]);
  });
});
