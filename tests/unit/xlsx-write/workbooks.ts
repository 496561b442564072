import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const FIXTURE = path.resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx');

export function readFixture(): Uint8Array {
  return new Uint8Array(fs.readFileSync(FIXTURE));
}

/** Parts whose bytes the writer may change. */
export const PLUMBING = new Set([
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'docProps/app.xml',
]);

export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function partText(bytes: Uint8Array, name: string): string {
  const p = parts(bytes)[name];
  if (!p) throw new Error(`no part ${name}`);
  return strFromU8(p);
}

/** A 1×1 red PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** A user workbook made with exceljs: an image (a drawing without charts), a comment and a name. */
export async function userWorkbook(sheetName = 'Data'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.getCell('A1').value = 'Tên';
  ws.getCell('B1').value = 'Điểm';
  for (let i = 0; i < 5; i++) {
    ws.getCell(i + 2, 1).value = `Chi bộ ${i + 1}`;
    ws.getCell(i + 2, 2).value = (i + 1) * 10;
  }
  ws.getCell('B7').value = { formula: 'SUM(B2:B6)', result: 150 };
  ws.getCell('A1').note = 'Ghi chú của người dùng';
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, { tl: { col: 3, row: 1 }, ext: { width: 40, height: 40 } });
  wb.definedNames.add(`'${sheetName.replace(/'/g, "''")}'!$B$2:$B$6`, 'Scores');
  const other = wb.addWorksheet('Other');
  other.getCell('A1').value = 'x';
  wb.definedNames.add("'Other'!$A$1", 'OtherCell');
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** Turns an .xlsx into an .xlsm with a (dummy) VBA project, as Excel lays it out. */
export function asMacroWorkbook(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const types = strFromU8(files['[Content_Types].xml']!)
    .replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    )
    .replace(
      '</Types>',
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    );
  files['[Content_Types].xml'] = strToU8(types);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!).replace(
    '</Relationships>',
    '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(rels);
  files['xl/vbaProject.bin'] = new Uint8Array(
    Array.from({ length: 512 }, (_v, i) => (i * 37) % 256),
  );
  return zipSync(files);
}
