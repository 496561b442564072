import type { RowData, WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { readSnapshot } from '../../../src/hosts/excel/readSnapshot';
import { createExcelDouble, PAYLOAD_LIMIT_BYTES } from '../../helpers/excelDouble';

const GRADES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

function ratingList(rows: number, text = (r: number) => `Đảng viên số ${r}`): WorkbookSnapshot {
  const data: RowData[] = [{ v: ['STT', 'Họ và tên', 'Xếp loại', 'Điểm'] }];
  for (let r = 1; r <= rows; r++) data.push({ v: [r, text(r), GRADES[r % 4]!, 50 + (r % 50)] });
  return {
    styles: [{ numFmt: 'General', font: null }],
    sheets: [{ name: 'Danh sách', state: 'visible', merges: [], rows: data }],
  };
}

async function read(snapshot: WorkbookSnapshot, maxApi: string) {
  const double = createExcelDouble({ maxApi, snapshot });
  const restore = double.installOffice();
  try {
    const snap = await readSnapshot(double.context);
    return { snap, stats: double.stats };
  } finally {
    restore();
  }
}

describe('readSnapshot round trips', () => {
  it('reads 10 rows in 3 syncs and 50,000 rows in 3 + the payload batches', async () => {
    const small = await read(ratingList(10), '1.7');
    const large = await read(ratingList(50_000), '1.7');
    expect(small.stats.syncs).toBe(3);
    // 200k cells of ~25 response bytes: about 5 MB in all, so 2 batches, not one per row.
    expect(large.stats.syncs).toBeGreaterThan(3);
    expect(large.stats.syncs).toBeLessThanOrEqual(6);
    expect(large.snap.sheets[0]!.rows).toHaveLength(50_001);
    expect(large.snap.sheets[0]!.rows[50_000]!.v).toEqual([
      50_000,
      'Đảng viên số 50000',
      'HTXSNV',
      50,
    ]);
    for (const s of large.stats.perSync)
      expect(s.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it('splits and retries a batch whose response proves too big, losing no row', async () => {
    // Long names make a cell ~4x the first guess: the first batch overflows 5 MB.
    const long = (r: number) => `${'Nguyễn Thị Phương Thảo, Chi bộ thôn Hòa Bình '.repeat(3)}${r}`;
    const { snap, stats } = await read(ratingList(40_000, long), '1.7');
    const failed = stats.perSync.filter((s) => s.failed === 'ResponsePayloadSizeLimitExceeded');
    expect(failed.length).toBeGreaterThan(0);
    const rows = snap.sheets[0]!.rows;
    expect(rows).toHaveLength(40_001);
    for (const r of [1, 12_345, 20_000, 39_999, 40_000]) expect(rows[r]!.v[1]).toBe(long(r));
    expect(rows.filter(Boolean)).toHaveLength(40_001);
  });

  it('honours maxCellsPerBlock: more blocks, same content', async () => {
    const a = await read(ratingList(1000), '1.7');
    const double = createExcelDouble({ maxApi: '1.7', snapshot: ratingList(1000) });
    const restore = double.installOffice();
    const b = await readSnapshot(double.context, { maxCellsPerBlock: 400, syncBudgetBytes: 8000 });
    restore();
    expect(b).toEqual(a.snap);
    expect(double.stats.syncs).toBeGreaterThan(a.stats.syncs);
  });
});

describe('readSnapshot on Office 2019 (ExcelApi 1.7 only)', () => {
  it('asks before any API above 1.7 and goes without merges and fonts', async () => {
    const snapshot = ratingList(5);
    snapshot.sheets[0]!.merges = [{ r0: 0, c0: 0, r1: 0, c1: 1 }];
    const { snap, stats } = await read(snapshot, '1.7');
    expect(stats.apiUse).toEqual([]);
    expect(stats.detections.map((d) => [d.version, d.answer])).toEqual(
      expect.arrayContaining([
        ['1.13', false],
        ['1.9', false],
      ]),
    );
    expect(snap.sheets[0]!.merges).toEqual([]);
    expect(snap.styles).toEqual([{ numFmt: 'General', font: null }]);
    expect(snap.sheets[0]!.rows[3]!.v).toEqual([3, 'Đảng viên số 3', GRADES[3], 53]);
  });

  it('with 1.16, reads merges and fonts after detecting them', async () => {
    const snapshot = ratingList(5);
    snapshot.sheets[0]!.merges = [{ r0: 0, c0: 0, r1: 0, c1: 1 }];
    const { snap, stats } = await read(snapshot, '1.16');
    expect(snap.sheets[0]!.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
    expect(snap.styles).toContainEqual({ numFmt: 'General', font: 'Calibri' });
    expect(stats.apiUse.map((u) => u.version).sort()).toEqual(
      expect.arrayContaining(['1.13', '1.9']),
    );
  });
});
