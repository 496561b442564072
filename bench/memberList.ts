/**
 * Writes a large member-level rating list as a real .xlsx (shared strings, a title block, a
 * two-row header), streaming through fflate so a million rows never sit in one string.
 */
import { createWriteStream } from 'node:fs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';

const GRADES = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'HTTNV',
  'Hoàn thành nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
];
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Lăng',
  'Hà',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Hữu'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Giang',
  'Hà',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Quân',
];
const NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A grade mix like a district's: about 15% excellent, 70% good, 13% pass, 2% fail. */
function gradeOf(i: number): string {
  const k = (i * 7919) % 100;
  return k < 15
    ? GRADES[0]!
    : k < 50
      ? GRADES[1]!
      : k < 85
        ? GRADES[2]!
        : k < 98
          ? GRADES[3]!
          : GRADES[4]!;
}

export function writeMemberList(rows: number, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      out.write(chunk);
      if (final) out.end(resolve);
    });
    const part = (name: string, text: string) => {
      const f = new ZipDeflate(name, { level: 6 });
      zip.add(f);
      f.push(strToU8(text), true);
    };
    part(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    );
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${NS}"><sheets><sheet name="Đảng viên 2020" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${NS}/styles" Target="styles.xml"/></Relationships>`,
    );
    part(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs></styleSheet>`,
    );

    const strings: string[] = [];
    const index = new Map<string, number>();
    const sst = (s: string) => {
      let i = index.get(s);
      if (i === undefined) {
        i = strings.length;
        strings.push(s);
        index.set(s, i);
      }
      return i;
    };
    const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
    zip.add(sheet);
    const head = (r: number, cells: string[]) =>
      `<row r="${r}">${cells.map((t, c) => `<c r="${'ABCDE'[c]}${r}" s="1" t="s"><v>${sst(t)}</v></c>`).join('')}</row>`;
    let buf =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${NS}"><dimension ref="A1:E${rows + 4}"/><sheetData>` +
      `<row r="1"><c r="A1" s="1" t="s"><v>${sst('DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2020')}</v></c></row>` +
      head(3, ['STT', 'Họ và tên', 'Đảng bộ', 'Chi bộ', 'Xếp loại']);
    for (let i = 0; i < rows; i++) {
      const r = i + 4;
      const name = `${FAMILY[i % 12]} ${MIDDLE[(i >> 2) % 8]} ${GIVEN[(i * 7) % 12]} ${i + 1}`;
      const org = `Đảng bộ xã ${(i >> 8) % 200}`;
      const cell = `Chi bộ thôn ${(i >> 5) % 1000}`;
      buf +=
        `<row r="${r}"><c r="A${r}" s="2"><v>${i + 1}</v></c><c r="B${r}" s="2" t="s"><v>${sst(name)}</v></c>` +
        `<c r="C${r}" s="2" t="s"><v>${sst(org)}</v></c><c r="D${r}" s="2" t="s"><v>${sst(cell)}</v></c>` +
        `<c r="E${r}" s="2" t="s"><v>${sst(gradeOf(i))}</v></c></row>`;
      if (buf.length > 1 << 20) {
        sheet.push(strToU8(buf));
        buf = '';
      }
    }
    sheet.push(
      strToU8(
        `${buf}</sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells></worksheet>`,
      ),
      true,
    );

    const sstPart = new ZipDeflate('xl/sharedStrings.xml', { level: 6 });
    zip.add(sstPart);
    let s = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${rows * 4 + 6}" uniqueCount="${strings.length}">`;
    for (const t of strings) {
      s += `<si><t>${esc(t)}</t></si>`;
      if (s.length > 1 << 20) {
        sstPart.push(strToU8(s));
        s = '';
      }
    }
    sstPart.push(strToU8(`${s}</sst>`), true);
    zip.end();
  });
}
