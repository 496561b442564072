import { OWNER_NAME } from '../../../src/core/plan/outputPlan';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { handXlsx, MINIMAL_STYLES, valueAt } from './helpers';

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot; điểm&quot;"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Times New Roman"/></font><font><sz val="13"/><name val="VNI-Times"/></font><font><b/><name val="Times New Roman"/></font></fonts><cellStyleXfs count="1"><xf numFmtId="0" fontId="1"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0"/><xf numFmtId="9" fontId="0"/><xf numFmtId="10" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="1"/><xf numFmtId="49" fontId="2"/><xf numFmtId="200" fontId="9"/></cellXfs></styleSheet>`;

describe('readXlsx on hand-written parts', () => {
  it('reads inline strings, plain and rich, without phonetic guides', () => {
    const snap = readXlsx(
      handXlsx({
        sheets: [
          {
            name: 'S',
            data:
              '<row r="1"><c r="A1" t="inlineStr"><is><t>Chi bộ 1</t></is></c>' +
              '<c r="B1" t="inlineStr"><is><r><t xml:space="preserve">Hoàn </t></r><r><rPr><b/></rPr><t>thành</t></r><rPh sb="0" eb="1"><t>ホ</t></rPh></is></c>' +
              '<c r="C1" t="inlineStr"><is><t/></is></c>' +
              '<c r="D1" t="inlineStr"><is><r><rPr><rFont val=".VnTime"/></rPr><t>Tèt</t></r></is></c></row>',
          },
        ],
      }),
    );
    const row = snap.sheets[0]!.rows[0]!;
    expect(row.v.slice(0, 4)).toEqual(['Chi bộ 1', 'Hoàn thành', '', 'Tèt']);
    expect(snap.styles[row.s![3]!]!.font).toBe('.VnTime');
  });

  it('decodes entities, character references and _xHHHH_ escapes', () => {
    const snap = readXlsx(
      handXlsx({
        sheets: [
          {
            name: 'S',
            data:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
              '<c r="C1" t="str"><v>x&#x1EA3;y&#273;</v></c><c r="D1" t="s"><v>2</v></c></row>',
          },
        ],
        sharedStrings: [
          '<t>a&amp;b&lt;c&gt;&quot;&apos;</t>',
          '<t>dòng 1_x000D__x000A_dòng 2</t>',
          '<t>_x005F_x0041_ giữ nguyên</t>',
        ],
      }),
    );
    expect(snap.sheets[0]!.rows[0]!.v).toEqual([
      'a&b<c>"\'',
      'dòng 1\r\ndòng 2',
      'xảyđ',
      '_x0041_ giữ nguyên',
    ]);
  });

  it('turns t="d" ISO dates into serial numbers with a date format, in both date systems', () => {
    const data =
      '<row r="1"><c r="A1" t="d"><v>2020-12-31</v></c><c r="B1" t="d"><v>2021-01-15T12:00:00Z</v></c>' +
      '<c r="C1" t="d" s="3"><v>1900-01-01</v></c><c r="D1" t="d"><v>1900-03-01T00:00:00</v></c>' +
      '<c r="E1" t="d"><v>không phải ngày</v></c></row>';
    const snap = readXlsx(handXlsx({ sheets: [{ name: 'S', data }], styles: STYLES }));
    const row = snap.sheets[0]!.rows[0]!;
    expect(row.v).toEqual([44196, 44211.5, 1, 61, 'không phải ngày']);
    expect(snap.styles[row.s![0]!]!.numFmt).toBe('yyyy-mm-dd');
    expect(snap.styles[row.s![1]!]!.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(snap.styles[row.s![2]!]!.numFmt).toBe('m/d/yyyy');

    const mac = readXlsx(handXlsx({ sheets: [{ name: 'S', data }], date1904: true }));
    expect(mac.date1904).toBe(true);
    expect(mac.sheets[0]!.rows[0]!.v[0]).toBe(44196 - 1462);
  });

  it('maps built-in and custom number formats and fonts through cellXfs', () => {
    const data =
      '<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>0.125</v></c><c r="C1" s="3"><v>44000</v></c>' +
      '<c r="D1" s="4"><v>8.5</v></c><c r="E1" s="5" t="s"><v>0</v></c><c r="F1" s="6"><v>1</v></c><c r="G1" s="99"><v>2</v></c></row>';
    const snap = readXlsx(
      handXlsx({ sheets: [{ name: 'S', data }], styles: STYLES, sharedStrings: ['<t>01</t>'] }),
    );
    const row = snap.sheets[0]!.rows[0]!;
    const st = (c: number) => snap.styles[row.s?.[c] ?? 0]!;
    expect(st(0)).toEqual({ numFmt: '0%', font: 'Times New Roman' });
    expect(st(1).numFmt).toBe('0.00%');
    expect(st(2).numFmt).toBe('m/d/yyyy');
    expect(st(3)).toEqual({ numFmt: '0.0" điểm"', font: 'VNI-Times' });
    expect(st(4)).toEqual({ numFmt: '@', font: 'Times New Roman' });
    expect(row.v[4]).toBe('01');
    // An unknown format id and font id, or an xf past the table, fall back rather than fail.
    expect(st(5)).toEqual({ numFmt: 'General', font: null });
    expect(st(6)).toEqual(snap.styles[0]);
  });

  it('takes a shared string’s run font only when the cell keeps the default font', () => {
    const data =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="4"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>';
    const snap = readXlsx(
      handXlsx({
        sheets: [{ name: 'S', data }],
        styles: STYLES,
        sharedStrings: [
          '<r><rPr><rFont val=".VnTime"/><sz val="13"/></rPr><t>Ban Tæ chøc</t></r>',
          '<r><t xml:space="preserve"> </t></r><r><rPr><rFont val=".VnTimeH"/></rPr><t>BAN</t></r>',
        ],
      }),
    );
    const row = snap.sheets[0]!.rows[0]!;
    expect(snap.styles[row.s![0]!]!.font).toBe('.VnTime');
    expect(snap.styles[row.s![1]!]!.font).toBe('VNI-Times');
    expect(snap.styles[row.s![2]!]!.font).toBe('.VnTimeH');
    expect(row.v).toEqual(['Ban Tæ chøc', 'Ban Tæ chøc', ' BAN']);
  });

  it('reads errors without formulas, empty values, and cells and rows without r', () => {
    const data =
      '<row><c t="e"><v>#N/A</v></c><c><v>2</v></c><c r="E1"><v/></c><c><v>6</v></c></row>' +
      '<row><c t="b"><v>0</v></c></row>' +
      '<row r="5" hidden="1"/><row r="6" hidden="true"><c r="B6" t="s"><v>0</v></c></row><row r="7" hidden="0"><c r="A7"><v>7</v></c></row>';
    const snap = readXlsx(handXlsx({ sheets: [{ name: 'S', data }], sharedStrings: ['<t>x</t>'] }));
    const sheet = snap.sheets[0]!;
    expect(sheet.rows[0]!.v).toEqual(['#N/A', 2, undefined, undefined, undefined, 6]);
    expect(sheet.rows[0]!.e).toEqual([0]);
    expect(sheet.rows[1]!.v).toEqual([false]);
    expect(sheet.rows[4]).toBeUndefined();
    expect(sheet.rows[5]!.v[1]).toBe('x');
    expect(sheet.hiddenRows).toEqual([4, 5]);
    expect(valueAt(snap, 'S', 6, 0)).toBe(7);
  });

  it('reads a formula without a cached value and keeps a dependent whose master is missing', () => {
    const data =
      '<row r="1"><c r="A1"><f>SUM(B1:B3)</f></c><c r="B1"><f t="shared" si="7"/><v>3</v></c>' +
      '<c r="C1"><f t="array" ref="C1:C2">TRANSPOSE(A1:A2)</f><v>1</v></c></row>';
    const row = readXlsx(handXlsx({ sheets: [{ name: 'S', data }] })).sheets[0]!.rows[0]!;
    expect(row.f).toEqual({ 0: 'SUM(B1:B3)', 1: '', 2: 'TRANSPOSE(A1:A2)' });
    expect(row.v).toEqual([null, 3, 1]);
  });

  it('finds a formula written after its value, out of schema order', () => {
    const data =
      '<row r="1"><c r="A1"><v>2</v><f>1+1</f></c><c r="B1" t="str"><v>ab</v><f>"a"&amp;"b"</f></c></row>';
    const row = readXlsx(handXlsx({ sheets: [{ name: 'S', data }] })).sheets[0]!.rows[0]!;
    expect(row).toEqual({ v: [2, 'ab'], f: { 0: '1+1', 1: '"a"&"b"' } });
  });

  it('reads element prefixes and single-quoted attributes', () => {
    const doc =
      '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      "<x:sheetData><x:row r='1'><x:c r='A1' t='s'><x:v>0</x:v></x:c><x:c r='B1'><x:f>A1</x:f><x:v>5</x:v></x:c></x:row></x:sheetData>" +
      "<x:mergeCells count='1'><x:mergeCell ref='A1:B1'/></x:mergeCells></x:worksheet>";
    const snap = readXlsx(
      handXlsx({ sheets: [{ name: 'S', data: doc }], sharedStrings: ['<t>p</t>'] }),
    );
    expect(snap.sheets[0]!.rows[0]).toEqual({ v: ['p', 5], f: { 1: 'A1' } });
    expect(snap.sheets[0]!.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
  });

  it('marks sheets that carry the sheet-scoped ownership name, and only those', () => {
    const snap = readXlsx(
      handXlsx({
        sheets: [
          { name: 'Dữ liệu', data: '' },
          { name: 'Báo cáo', data: '' },
          { name: 'Tổng hợp (BK)', data: '', state: 'hidden' },
        ],
        definedNames:
          `<definedName name="${OWNER_NAME}" localSheetId="1" hidden="1">"report"</definedName>` +
          `<definedName name="${OWNER_NAME.toUpperCase()}" localSheetId="2" hidden="1">"summary"</definedName>` +
          `<definedName name="${OWNER_NAME}">"report"</definedName>` +
          '<definedName name="Other" localSheetId="0">1</definedName>',
      }),
    );
    expect(snap.sheets.map((s) => s.owned ?? false)).toEqual([false, true, true]);
    expect(snap.sheets[2]!.state).toBe('hidden');
  });

  it('reads sheet names with entities and keeps order from workbook.xml, not the zip', () => {
    const snap = readXlsx(
      handXlsx({
        sheets: [
          { name: 'B & C', data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
          { name: 'A "q"', data: '<row r="1"><c r="A1"><v>2</v></c></row>' },
        ],
        styles: MINIMAL_STYLES,
      }),
    );
    expect(snap.sheets.map((s) => s.name)).toEqual(['B & C', 'A "q"']);
    expect(valueAt(snap, 'A "q"', 0, 0)).toBe(2);
  });
});

describe('readXlsx on parts other writers produce', () => {
  it('reads CDATA text without decoding entities inside it', () => {
    const snap = readXlsx(
      handXlsx({
        sheets: [
          {
            name: 'S',
            data:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[<b> &amp; ]]>&amp;</t></is></c>' +
              '<c r="C1" t="s"><v>1</v></c></row>',
          },
        ],
        sharedStrings: ['<t><![CDATA[a < b & c]]></t>', '<r><t>&amp;lt;</t></r><r><t>x</t></r>'],
      }),
    );
    expect(snap.sheets[0]!.rows[0]!.v).toEqual(['a < b & c', '<b> &amp; &', '&lt;x']);
  });

  it('reads a worksheet part encoded in UTF-16', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Đảng bộ</t></is></c><c r="B1"><v>3</v></c></row></sheetData></worksheet>';
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      bytes[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    const snap = readXlsx(
      handXlsx({ sheets: [{ name: 'S', data: '' }], extra: { 'xl/worksheets/sheet1.xml': bytes } }),
    );
    expect(snap.sheets[0]!.rows[0]!.v).toEqual(['Đảng bộ', 3]);
  });

  it('keeps a chart sheet in the order as an empty sheet and finds URI-escaped targets', () => {
    const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const snap = readXlsx(
      handXlsx({
        sheets: [
          { name: 'Dữ liệu', data: '' },
          { name: 'Biểu đồ', data: '' },
        ],
        extra: {
          'xl/_rels/workbook.xml.rels':
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            `<Relationship Id="rIdS1" Type="${NS_REL}/worksheet" Target="worksheets/d%E1%BB%AF%20li%E1%BB%87u.xml"/>` +
            `<Relationship Id="rIdS2" Type="${NS_REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
          'xl/worksheets/dữ liệu.xml':
            '<?xml version="1.0"?><worksheet><sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData></worksheet>',
          'xl/chartsheets/sheet1.xml': '<?xml version="1.0"?><chartsheet/>',
        },
      }),
    );
    expect(snap.sheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Biểu đồ']);
    expect(snap.sheets[0]!.rows[1]!.v).toEqual([undefined, 1]);
    expect(snap.sheets[1]!.rows).toEqual([]);
  });

  it('finds shared strings and styles where Excel puts them when their relationships are missing', () => {
    const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const snap = readXlsx(
      handXlsx({
        sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s" s="1"><v>0</v></c></row>' }],
        sharedStrings: ['<t>Xã</t>'],
        styles: MINIMAL_STYLES.replace(
          '<cellXfs count="1"><xf numFmtId="0" fontId="0"/>',
          '<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="10" fontId="0"/>',
        ),
        extra: {
          'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rIdS1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        },
      }),
    );
    const row = snap.sheets[0]!.rows[0]!;
    expect(row.v).toEqual(['Xã']);
    expect(snap.styles[row.s![0]!]!.numFmt).toBe('0.00%');
  });
});
