import ExcelJS from 'exceljs';
import { recalcAgreement } from '../../helpers/recalcPlan';
import { encodeTcvn3 } from '../../helpers/legacyEncode';
import { encodeVni } from '../../unit/text/legacyTables';
import { requireLibreOffice } from '../../helpers/libreOffice';

/**
 * A register typed in TCVN3 or VNI stores its words encoded ("cã" for "có", "kh«ng" for
 * "không"): the engine decodes them, and the written formulas must look up the encoded spelling
 * to count the same meetings and give the same verdicts.
 */
async function legacyRegister(encoding: 'tcvn3' | 'vni'): Promise<Uint8Array> {
  const encode = encoding === 'tcvn3' ? encodeTcvn3 : encodeVni;
  const font = encoding === 'tcvn3' ? '.VnTime' : 'VNI-Times';
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('SHCB 2024');
  const put = (r: number, c: number, v: string | number) => {
    const cell = ws.getCell(r, c);
    cell.value = typeof v === 'string' ? encode(v) : v;
    cell.font = { name: font };
  };
  put(1, 1, 'Theo dõi sinh hoạt chi bộ năm 2024');
  const months = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`);
  ['STT', 'Chi bộ', ...months, 'Quý I', 'Quý II', 'Quý III', 'Quý IV'].forEach((h, c) =>
    put(2, c + 1, h),
  );
  const rows: [string, string[], string[]][] = [
    ['Chi bộ thôn Đồng Tâm', months.map(() => 'có'), ['có', 'có', 'có', 'có']],
    [
      'Chi bộ thôn Bản Ngõa',
      months.map((_, m) => (m === 4 ? 'không' : 'có')),
      ['có', 'có', 'có', 'có'],
    ],
    [
      'Chi bộ thôn Nà Lừa',
      months.map((_, m) => (m === 7 ? 'chưa họp' : 'đã họp')),
      ['có', 'không', 'có', 'có'],
    ],
    ['Chi bộ thôn Pá Ngõ', months.map((_, m) => (m > 9 ? '' : 'có')), ['có', 'có', 'có', '']],
  ];
  rows.forEach(([name, marks, quarters], i) => {
    put(3 + i, 1, i + 1);
    put(3 + i, 2, name);
    [...marks, ...quarters].forEach((v, c) => {
      if (v) put(3 + i, 3 + c, v);
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a register typed in a legacy encoding, recalculated by LibreOffice', () => {
  jest.setTimeout(300_000);

  it('gives the engine’s meetings and verdicts', async () => {
    requireLibreOffice();
    const result = recalcAgreement([
      { name: 'tcvn3.xlsx', bytes: await legacyRegister('tcvn3') },
      { name: 'vni.xlsx', bytes: await legacyRegister('vni') },
    ]);
    expect(result.formulas).toBeGreaterThan(40);
    expect(result.disagreements).toEqual([]);
  });
});
