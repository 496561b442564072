import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { settingsForWorkbook } from '../../../src/core/plan/settingCells';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan, removeOwned } from '../../../src/hosts/xlsx/write/applyPlan';

/** Fixed so CI is reproducible; FC_SEED (and FC_RUNS where offered) explore further. */
const SEED = Number(process.env.FC_SEED ?? 20261128);

/** The parts the writer may rewrite: workbook plumbing. Every other part must come back as it was. */
const PLUMBING =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml)$/;

function run(bytes: Uint8Array): Uint8Array {
  const snapshot = readXlsx(bytes);
  const settings = settingsForWorkbook(snapshot);
  return applyPlan(
    bytes,
    buildPlan(checkWorkbook(snapshot, settings), snapshot, settings, { checkedAt: '2026-11-28' }),
  );
}

const GRADES = [
  'HTXSNV',
  'Hoàn thành tốt nhiệm vụ',
  'HTNV',
  'Trong sạch, vững mạnh',
  'HTTVN',
  null,
];

const workbookArb = fc.array(
  fc.record({
    year: fc.integer({ min: 2016, max: 2022 }),
    units: fc.array(
      fc.tuple(
        fc.constantFrom('Hòa Sơn', 'Hoà Sơn', 'Yên Thịnh', "O'Brien", '=x', 'Đồng Tiến'),
        fc.constantFrom(...GRADES),
      ),
      { minLength: 1, maxLength: 15 },
    ),
    comment: fc.boolean(),
    name: fc.constantFrom('Năm', "Hà's", 'XL', 'Tổng hợp'),
  }),
  { minLength: 1, maxLength: 3 },
);

type Spec = typeof workbookArb extends fc.Arbitrary<infer T> ? T : never;

async function build(spec: Spec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  spec.forEach((s, i) => {
    const ws = wb.addWorksheet(`${s.name} ${s.year} ${i}`);
    ws.addRow([`BẢNG TỔNG HỢP XẾP LOẠI NĂM ${s.year}`]);
    ws.addRow(['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại']);
    s.units.forEach(([u, g], j) => ws.addRow([j + 1, `Đảng bộ xã ${u}`, g]));
    if (s.comment) ws.getCell('B3').note = 'ghi chú của người dùng';
    ws.getCell('D2').value = { formula: 'COUNTA(C3:C20)', result: s.units.length };
  });
  wb.definedNames.add(`'${spec[0]!.name} ${spec[0]!.year} 0'!$B$3`, 'Don_vi_dau');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('no loss, on generated workbooks', () => {
  it('keeps every original part, gives it all back on removal, and edits flow through a re-run', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, async (spec) => {
        const original = await build(spec);
        const before = unzipSync(original);
        const out = run(original);
        const after = unzipSync(out);
        for (const [name, data] of Object.entries(before)) {
          expect(after[name]).toBeDefined();
          if (!PLUMBING.test(name))
            expect([name, Buffer.compare(after[name]!, data)]).toEqual([name, 0]);
        }
        // Removing what Bảng Kiểm added gives back every original part.
        const removed = unzipSync(removeOwned(out));
        expect(Object.keys(removed).sort()).toEqual(Object.keys(before).sort());
        for (const [name, data] of Object.entries(before)) {
          expect([name, Buffer.compare(removed[name]!, data)]).toEqual([name, 0]);
        }
        // Run, edit a user cell, run again: only owned sheets and plumbing change.
        const edited = { ...after };
        const shared = strFromU8(edited['xl/sharedStrings.xml']!);
        edited['xl/sharedStrings.xml'] = strToU8(shared.replace('Đảng bộ xã', 'Đảng bộ  xã'));
        const editedBytes = zipSync(edited);
        const rerun = unzipSync(run(editedBytes));
        const owned = new Set(
          Object.keys(after).filter(
            (n) => !(n in before) && /^xl\/(worksheets|drawings|charts)\//.test(n),
          ),
        );
        for (const [name, data] of Object.entries(edited)) {
          if (PLUMBING.test(name) || owned.has(name) || /_rels\/sheet\d+\.xml\.rels$/.test(name))
            continue;
          expect([name, Buffer.compare(rerun[name]!, data)]).toEqual([name, 0]);
        }
      }),
      { numRuns: 15, seed: SEED },
    );
  }, 120_000);
});
