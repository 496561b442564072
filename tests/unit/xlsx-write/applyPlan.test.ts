import ExcelJS from 'exceljs';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { OWNER_NAME, type OutputPlan } from '../../../src/core/plan/outputPlan';
import { applyPlan, removeOwned } from '../../../src/hosts/xlsx/write/applyPlan';
import { samplePlan } from './samplePlan';
import { PLUMBING, asMacroWorkbook, partText, parts, readFixture, userWorkbook } from './workbooks';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function expectOriginalPartsKept(original: Uint8Array, output: Uint8Array): void {
  const before = parts(original);
  const after = parts(output);
  for (const [name, data] of Object.entries(before)) {
    expect(after[name]).toBeDefined();
    if (!PLUMBING.has(name))
      expect(Buffer.compare(Buffer.from(after[name]!), Buffer.from(data))).toBe(0);
  }
}

/**
 * Same parts with the same content. The recalculate-on-open flag is the one trace a run leaves in
 * workbook.xml after its sheets are removed (the original flag is not recorded), so it is ignored.
 */
function expectSameParts(a: Uint8Array, b: Uint8Array): void {
  const pa = parts(a);
  const pb = parts(b);
  const text = (p: Record<string, Uint8Array>, name: string) =>
    strFromU8(p[name]!).replace(' fullCalcOnLoad="1"', '');
  expect(Object.keys(pa).sort()).toEqual(Object.keys(pb).sort());
  for (const name of Object.keys(pa))
    expect([name, text(pa, name)]).toEqual([name, text(pb, name)]);
}

describe('applyPlan on the bundled sample workbook', () => {
  const original = readFixture();
  const plan = samplePlan();
  const output = applyPlan(original, plan);

  it('leaves every original part byte-identical except the plumbing', () => {
    expectOriginalPartsKept(original, output);
    expect(partText(output, 'xl/sharedStrings.xml')).toBe(
      partText(original, 'xl/sharedStrings.xml'),
    );
  });

  it('appends the owned sheets at the end with their markers', () => {
    const wb = partText(output, 'xl/workbook.xml');
    const names = [...wb.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(names.slice(0, 10)).toEqual([
      'Giới thiệu',
      'Năm 2016',
      'Năm 2017',
      '2018',
      'XL 2019',
      'XL2020',
      'Năm 2021',
      'Tổng hợp XL',
      'Đảng viên 2020',
      'Sổ SH chi bộ',
    ]);
    expect(names.slice(10)).toEqual(['Bảng Kiểm - Tổng hợp', 'Bảng Kiểm - Cài đặt']);
    expect(wb).toContain(
      `<definedName name="${OWNER_NAME}" localSheetId="10" hidden="1">&quot;summary&quot;</definedName>`,
    );
    expect(wb).toContain(
      `<definedName name="${OWNER_NAME}" localSheetId="11" hidden="1">&quot;settings&quot;</definedName>`,
    );
    expect(wb).toMatch(
      /name="_xlnm\._FilterDatabase" localSheetId="10" hidden="1">&apos;Bảng Kiểm - Tổng hợp&apos;!\$A\$4:\$D\$8</,
    );
    expect(wb).toMatch(
      /name="_xlnm\.Print_Titles" localSheetId="10">&apos;Bảng Kiểm - Tổng hợp&apos;!\$4:\$4</,
    );
    expect(wb).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(wb).toMatch(/state="hidden" r:id="rId\d+"\/><\/sheets>/);
  });

  it('reads back with exceljs: values, formulas, styles, layout', async () => {
    const wb = await load(output);
    const ws = wb.getWorksheet('Bảng Kiểm - Tổng hợp')!;
    expect(ws).toBeDefined();
    expect(ws.getCell('A1').value).toBe('Tổng hợp xếp loại <2017–2021> & "kiểm tra"');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FF1F4E79' },
    });
    expect(ws.getCell('A1').alignment).toMatchObject({
      horizontal: 'center',
      vertical: 'middle',
      wrapText: true,
    });
    expect(ws.getCell('A1').border?.left?.style).toBe('thin');
    expect(ws.getCell('B3').value).toBe(0.2);
    expect(ws.getCell('B3').numFmt).toBe('0.0%');
    expect(ws.getCell('B5').numFmt).toBe('#,##0');
    expect(ws.getCell('B5').font?.italic).toBe(true);
    expect(ws.getCell('B5').font?.size).toBe(9);
    expect(ws.getCell('C3').value).toBe(true);
    expect(ws.getCell('C5').value).toEqual({ formula: 'B5/SUM($B$5:$B$8)', result: 50 / 206 });
    expect(ws.getCell('D5').value).toEqual({
      formula: 'IF(C5>=\'Bảng Kiểm - Tổng hợp\'!$B$3,"Đạt","Không đạt")',
      result: 'Đạt',
    });
    expect(ws.getCell('B9').value).toEqual({ formula: 'SUM(B5:B8)', result: 206 });
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getColumn(6).hidden).toBe(true);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(wb.getWorksheet('Bảng Kiểm - Cài đặt')!.state).toBe('hidden');
    // The user's own data is still there.
    expect(wb.getWorksheet('Năm 2021')!.rowCount).toBeGreaterThan(10);
  });

  it('keeps text that looks like a formula as text', async () => {
    const sheet = partText(output, 'xl/worksheets/sheet11.xml');
    // The plan's first style lands right after the workbook's own cell formats.
    const ownFormats = /<cellXfs count="(\d+)"/.exec(partText(original, 'xl/styles.xml'))![1];
    expect(sheet).toContain(
      `<c r="A2" s="${ownFormats}" t="inlineStr"><is><t xml:space="preserve">=cmd|&apos; /C calc&apos;!A0</t></is></c>`,
    );
    expect(sheet).not.toMatch(/<f>cmd/);
    const ws = (await load(output)).getWorksheet('Bảng Kiểm - Tổng hợp')!;
    expect(ws.getCell('A2').value).toBe("=cmd|' /C calc'!A0");
    expect(ws.getCell('B2').value).toBe('+1 không phải công thức');
    expect(ws.getCell('C2').value).toBe('@SUM(A1)');
    expect(ws.getCell('D2').value).toBe('-5');
  });

  it('strips characters XML 1.0 forbids and keeps tabs', async () => {
    const ws = (await load(output)).getWorksheet('Bảng Kiểm - Tổng hợp')!;
    expect(ws.getCell('D3').value).toBe('bell and tab\tok');
  });

  it('writes the conditional format with a dxf appended to styles.xml', () => {
    const sheet = partText(output, 'xl/worksheets/sheet11.xml');
    const dxf =
      /<cfRule type="expression" dxfId="(\d+)" priority="1"><formula>D5=&quot;Không đạt&quot;<\/formula>/.exec(
        sheet,
      );
    expect(dxf).not.toBeNull();
    const styles = partText(output, 'xl/styles.xml');
    const dxfs = /<dxfs count="(\d+)">([\s\S]*?)<\/dxfs>/.exec(styles)!;
    const entries = dxfs[2]!.match(/<dxf>[\s\S]*?<\/dxf>/g)!;
    expect(entries[Number(dxf![1])]).toContain('FFFFC7CE');
    expect(Number(dxfs[1])).toBe(entries.length);
  });

  it('keeps the existing style entries in place and order', () => {
    const before = partText(original, 'xl/styles.xml');
    const after = partText(output, 'xl/styles.xml');
    for (const el of ['fonts', 'fills', 'borders', 'cellXfs']) {
      const body = (xml: string) =>
        new RegExp(`<${el}\\b[^>]*>([\\s\\S]*?)</${el}>`).exec(xml)![1]!;
      expect(body(after).startsWith(body(before))).toBe(true);
    }
  });

  it('gives the same bytes when run twice', () => {
    const twice = applyPlan(output, plan);
    expect(Buffer.compare(Buffer.from(twice), Buffer.from(output))).toBe(0);
  });

  it('removeOwned gives back the original parts', () => {
    const back = removeOwned(output);
    const before = parts(original);
    const after = parts(back);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      if (name === 'xl/workbook.xml') continue;
      expect([name, strFromU8(after[name]!)]).toEqual([name, strFromU8(before[name]!)]);
    }
    expect(partText(back, 'xl/workbook.xml').replace(' fullCalcOnLoad="1"', '')).toBe(
      partText(original, 'xl/workbook.xml'),
    );
  });

  it('replaces an earlier run that had other sheets', () => {
    const smaller: OutputPlan = { ...plan, names: [], sheets: [plan.sheets[1]!] };
    const replaced = applyPlan(output, smaller);
    expectSameParts(replaced, applyPlan(original, smaller));
  });
});

describe('applyPlan on a user workbook made with exceljs', () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await userWorkbook("Bob's data");
  });

  it('keeps the image, the comment and the names, and survives a second run', async () => {
    const plan = samplePlan({ sourceSheet: "Bob's data" });
    const output = applyPlan(original, plan);
    expectOriginalPartsKept(original, output);
    const names = Object.keys(parts(original));
    expect(names.some((n) => n.startsWith('xl/media/'))).toBe(true);
    expect(names.some((n) => n.startsWith('xl/drawings/drawing'))).toBe(true);
    expect(names.some((n) => /comments/.test(n))).toBe(true);
    expect(Buffer.compare(Buffer.from(applyPlan(output, plan)), Buffer.from(output))).toBe(0);
    const wb = await load(output);
    expect(wb.definedNames.getRanges('Scores').ranges).toEqual(["'Bob''s data'!$B$2:$B$6"]);
    expect(wb.getWorksheet("Bob's data")!.getCell('A1').note).toBeDefined();
    expect(wb.getWorksheet("Bob's data")!.getImages()).toHaveLength(1);
    const ws = wb.getWorksheet('Bảng Kiểm - Tổng hợp')!;
    expect(ws.getCell('D9').formula).toBe("COUNTA('Bob''s data'!A:A)");
    expectSameParts(removeOwned(output), original);
  });

  it('works with an apostrophe in the owned sheet name', async () => {
    const plan = samplePlan({ summaryName: "Bảng Kiểm's sum" });
    const output = applyPlan(original, plan);
    const wb = await load(output);
    const ws = wb.getWorksheet("Bảng Kiểm's sum")!;
    expect(ws.getCell('D5').formula).toBe('IF(C5>=\'Bảng Kiểm\'\'s sum\'!$B$3,"Đạt","Không đạt")');
    expect(partText(output, 'xl/workbook.xml')).toContain(
      '&apos;Bảng Kiểm&apos;&apos;s sum&apos;!$A$4:$D$8',
    );
    expect(Buffer.compare(Buffer.from(applyPlan(output, plan)), Buffer.from(output))).toBe(0);
    expectSameParts(removeOwned(output), original);
  });

  it('shifts the localSheetId of user names when an owned sheet sat between user sheets', () => {
    const plan = samplePlan();
    const output = applyPlan(original, plan);
    // Move the owned summary sheet to the front, as a user dragging its tab would.
    const wbXml = partText(output, 'xl/workbook.xml');
    const sheetTags = [...wbXml.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
    const moved = wbXml
      .replace(
        sheetTags.join(''),
        [sheetTags[2], sheetTags[0], sheetTags[1], sheetTags[3]].join(''),
      )
      .replace(
        'localSheetId="2" hidden="1">&quot;summary',
        'localSheetId="0" hidden="1">&quot;summary',
      )
      .replace(
        '<definedNames>',
        '<definedNames><definedName name="UserLocal" localSheetId="2">Other!$A$1</definedName>',
      );
    const edited = replacePart(output, 'xl/workbook.xml', moved);
    const cleaned = partText(removeOwned(edited), 'xl/workbook.xml');
    expect(cleaned).toContain(
      '<definedName name="UserLocal" localSheetId="1">Other!$A$1</definedName>',
    );
    expect(cleaned).not.toContain(OWNER_NAME);
    expect([...cleaned.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'Bob&apos;s data',
      'Other',
    ]);
  });

  it('refuses to overwrite a user sheet with the same name', () => {
    const plan = samplePlan({ summaryName: 'other' });
    expect(() => applyPlan(original, plan)).toThrow(/already has a sheet named "other"/);
  });

  it('refuses to overwrite a user name', () => {
    const plan: OutputPlan = { ...samplePlan(), names: [{ name: 'Scores', ref: 'Other!$A$1' }] };
    expect(() => applyPlan(original, plan)).toThrow(/already has a name "Scores"/);
  });

  it('names the sheet and cell of a bad cell', () => {
    const plan = samplePlan();
    plan.sheets[0]!.cells.push({ row: 20, col: 2, value: Number.NaN });
    expect(() => applyPlan(original, plan)).toThrow('Sheet "Bảng Kiểm - Tổng hợp", cell C21');
    const both = samplePlan();
    both.sheets[1]!.cells.push({ row: 4, col: 0, value: 1, formula: 'A1' });
    expect(() => applyPlan(original, both)).toThrow(
      'Sheet "Bảng Kiểm - Cài đặt", cell A5: has both a value and a formula',
    );
  });
});

describe('applyPlan on an .xlsm', () => {
  it('keeps vbaProject.bin and the macro content type', async () => {
    const original = asMacroWorkbook(await userWorkbook());
    const output = applyPlan(original, samplePlan());
    expectOriginalPartsKept(original, output);
    expect(
      Buffer.compare(
        Buffer.from(parts(output)['xl/vbaProject.bin']!),
        Buffer.from(parts(original)['xl/vbaProject.bin']!),
      ),
    ).toBe(0);
    const types = partText(output, '[Content_Types].xml');
    expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(types).toContain(
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    );
    expect(partText(output, 'xl/_rels/workbook.xml.rels')).toContain('Target="vbaProject.bin"');
    expectSameParts(removeOwned(output), original);
  });
});

function replacePart(bytes: Uint8Array, name: string, text: string): Uint8Array {
  const files = parts(bytes);
  files[name] = strToU8(text);
  return zipSync(files);
}
