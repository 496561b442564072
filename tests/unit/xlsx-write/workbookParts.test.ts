import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { OutputPlan } from '../../../src/core/plan/outputPlan';
import { applyPlan, removeOwned } from '../../../src/hosts/xlsx/write/applyPlan';
import { samplePlan } from './samplePlan';
import { partText, parts, readFixture, userWorkbook } from './workbooks';

function bodyOf(xml: string, el: string): string {
  return new RegExp(`<${el}\\b[^>]*>([\\s\\S]*?)</${el}>`).exec(xml)?.[1] ?? '';
}

describe('workbook plumbing', () => {
  it('writes well-formed XML in every part it adds or changes', () => {
    const original = parts(readFixture());
    const output = parts(applyPlan(readFixture(), samplePlan()));
    for (const [name, data] of Object.entries(output)) {
      const before = original[name];
      if (before && Buffer.compare(Buffer.from(before), Buffer.from(data)) === 0) continue;
      expect([name, XMLValidator.validate(strFromU8(data))]).toEqual([name, true]);
    }
  });

  it('adds drawing and chart parts with their relationships and content types', () => {
    const output = applyPlan(readFixture(), samplePlan());
    const p = parts(output);
    expect(
      Object.keys(p)
        .filter((n) => /xl\/(charts|drawings)\//.test(n))
        .sort(),
    ).toEqual([
      'xl/charts/chart1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/drawing1.xml',
    ]);
    expect(strFromU8(p['xl/worksheets/_rels/sheet11.xml.rels']!)).toContain(
      'Target="../drawings/drawing1.xml"',
    );
    expect(strFromU8(p['xl/drawings/_rels/drawing1.xml.rels']!)).toContain(
      'Target="../charts/chart1.xml"',
    );
    expect(strFromU8(p['xl/worksheets/sheet11.xml']!)).toMatch(
      /<drawing r:id="rId1"\/><\/worksheet>$/,
    );
    const types = strFromU8(p['[Content_Types].xml']!);
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
  });

  it('takes the chart parts away when a later plan has no charts', () => {
    const withCharts = applyPlan(readFixture(), samplePlan());
    const plan = samplePlan();
    plan.sheets[0]!.charts = [];
    const without = applyPlan(withCharts, plan);
    const names = Object.keys(parts(without));
    expect(names.filter((n) => /chart|drawing/.test(n))).toEqual([]);
    expect(partText(without, '[Content_Types].xml')).not.toMatch(/chart|drawing/);
    expect(Buffer.compare(Buffer.from(without), Buffer.from(applyPlan(readFixture(), plan)))).toBe(
      0,
    );
  });

  it('numbers new parts after the user drawing', async () => {
    const output = applyPlan(await userWorkbook(), samplePlan());
    const p = parts(output);
    expect(p['xl/drawings/drawing1.xml']).toBeDefined();
    expect(p['xl/drawings/drawing2.xml']).toBeDefined();
    expect(strFromU8(p['xl/drawings/drawing2.xml']!)).toContain('c:chart');
  });

  it('lists the owned sheets in docProps/app.xml and takes them out again', async () => {
    const original = await userWorkbook();
    const output = applyPlan(original, samplePlan());
    const app = partText(output, 'docProps/app.xml');
    expect(app).toContain(
      '<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4>',
    );
    expect(bodyOf(app, 'TitlesOfParts')).toContain(
      '<vt:lpstr>Data</vt:lpstr><vt:lpstr>Other</vt:lpstr><vt:lpstr>Bảng Kiểm - Tổng hợp</vt:lpstr><vt:lpstr>Bảng Kiểm - Cài đặt</vt:lpstr>',
    );
    expect(bodyOf(app, 'TitlesOfParts')).toContain('size="4"');
    expect(partText(removeOwned(output), 'docProps/app.xml')).toBe(
      partText(original, 'docProps/app.xml'),
    );
  });

  it('restores styles.xml exactly, including a self-closing dxfs', async () => {
    const original = await userWorkbook();
    expect(partText(original, 'xl/styles.xml')).toContain('<dxfs count="0"/>');
    const output = applyPlan(original, samplePlan());
    expect(partText(output, 'xl/styles.xml')).toMatch(/<dxfs count="1"><dxf>/);
    expect(partText(removeOwned(output), 'xl/styles.xml')).toBe(
      partText(original, 'xl/styles.xml'),
    );
  });

  it('does not pile up styles when an application dropped the marker', () => {
    const once = applyPlan(readFixture(), samplePlan());
    const files = unzipSync(once);
    // An application re-saving the file drops XML comments, and with them the marker.
    files['xl/styles.xml'] = strToU8(
      strFromU8(files['xl/styles.xml']!).replace(/<!--[\s\S]*?-->/, ''),
    );
    const resaved = zipSync(files);
    const again = applyPlan(resaved, samplePlan());
    const count = (bytes: Uint8Array, el: string) =>
      /count="(\d+)"/.exec(
        new RegExp(`<${el} [^>]*>`).exec(partText(bytes, 'xl/styles.xml'))![0],
      )![1];
    for (const el of ['fonts', 'fills', 'borders', 'cellXfs', 'dxfs', 'numFmts']) {
      expect([el, count(again, el)]).toEqual([el, count(resaved, el)]);
    }
  });

  it('creates a minimal styles.xml when the workbook has none, and removes it again', async () => {
    const files = unzipSync(await userWorkbook());
    delete files['xl/styles.xml'];
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      strFromU8(files['xl/_rels/workbook.xml.rels']!).replace(
        /<Relationship [^>]*Target="styles.xml"\/>/,
        '',
      ),
    );
    files['[Content_Types].xml'] = strToU8(
      strFromU8(files['[Content_Types].xml']!).replace(
        /<Override PartName="\/xl\/styles.xml"[^>]*\/>/,
        '',
      ),
    );
    const original = zipSync(files);
    const output = applyPlan(original, samplePlan());
    expect(partText(output, 'xl/_rels/workbook.xml.rels')).toMatch(
      /relationships\/styles" Target="styles.xml"/,
    );
    expect(partText(output, '[Content_Types].xml')).toContain('PartName="/xl/styles.xml"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(output) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Bảng Kiểm - Tổng hợp')!.getCell('A1').font?.bold).toBe(true);
    const back = parts(removeOwned(output));
    expect(Object.keys(back).sort()).toEqual(Object.keys(files).sort());
    expect(strFromU8(back['[Content_Types].xml']!)).toBe(strFromU8(files['[Content_Types].xml']!));
    expect(strFromU8(back['xl/_rels/workbook.xml.rels']!)).toBe(
      strFromU8(files['xl/_rels/workbook.xml.rels']!),
    );
  });

  it('gives new rels parts a content type when the package has no Default for .rels', async () => {
    const files = unzipSync(await userWorkbook());
    const types = strFromU8(files['[Content_Types].xml']!);
    const rels = Object.keys(files).filter((n) => n.endsWith('.rels'));
    files['[Content_Types].xml'] = strToU8(
      types
        .replace(/<Default Extension="rels"[^>]*\/>/, '')
        .replace(
          '</Types>',
          rels
            .map(
              (n) =>
                `<Override PartName="/${n}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
            )
            .join('') + '</Types>',
        ),
    );
    const original = zipSync(files);
    const output = applyPlan(original, samplePlan());
    const outTypes = partText(output, '[Content_Types].xml');
    expect(outTypes).toContain('<Override PartName="/xl/worksheets/_rels/sheet3.xml.rels"');
    expect(outTypes).toContain('<Override PartName="/xl/drawings/_rels/drawing2.xml.rels"');
    expect(partText(removeOwned(output), '[Content_Types].xml')).toBe(
      strFromU8(files['[Content_Types].xml']!),
    );
  });

  it('takes back its own constant names on the next run and in removeOwned', async () => {
    const original = await userWorkbook();
    const plan: OutputPlan = {
      ...samplePlan(),
      names: [{ name: 'BangKiem.Version', ref: '"1.0"', hidden: true }],
    };
    const output = applyPlan(original, plan);
    const wb = partText(output, 'xl/workbook.xml');
    expect(wb).toContain(
      '<definedName name="BangKiem.Version" hidden="1">&quot;1.0&quot;</definedName>',
    );
    expect(wb).toContain(
      '<definedName name="BangKiem.OwnedNames" hidden="1">&quot;BangKiem.Version&quot;</definedName>',
    );
    expect(Buffer.compare(Buffer.from(applyPlan(output, plan)), Buffer.from(output))).toBe(0);
    const back = partText(removeOwned(output), 'xl/workbook.xml');
    expect(back.replace(' fullCalcOnLoad="1"', '')).toBe(partText(original, 'xl/workbook.xml'));
    const twice: OutputPlan = { ...plan, names: [plan.names![0]!, plan.names![0]!] };
    expect(() => applyPlan(original, twice)).toThrow(/defines the name "BangKiem.Version" twice/);
  });

  it('leaves a workbook without owned sheets as it was', () => {
    const original = readFixture();
    const back = removeOwned(original);
    const a = parts(original);
    const b = parts(back);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a))
      expect(Buffer.compare(Buffer.from(a[name]!), Buffer.from(b[name]!))).toBe(0);
  });

  it('refuses plans it cannot write with clear messages', () => {
    const bad = (change: (p: OutputPlan) => void) => {
      const plan = samplePlan();
      change(plan);
      return () => applyPlan(readFixture(), plan);
    };
    expect(bad((p) => (p.sheets[0]!.name = 'Năm 2021'))).toThrow(
      /already has a sheet named "Năm 2021"/,
    );
    expect(bad((p) => (p.sheets[0]!.name = 'năm 2021'))).toThrow(
      /already has a sheet named "năm 2021"/,
    );
    expect(bad((p) => (p.sheets[1]!.name = p.sheets[0]!.name))).toThrow(
      /The plan has two sheets named/,
    );
    expect(bad((p) => (p.sheets[0]!.name = 'a/b'))).toThrow(/cannot be a sheet name/);
    expect(bad((p) => (p.sheets[0]!.name = 'x'.repeat(32)))).toThrow(/cannot be a sheet name/);
    expect(bad((p) => (p.names = [{ name: 'has space', ref: 'A1' }]))).toThrow(
      /cannot be a defined name/,
    );
    expect(bad((p) => (p.names = [{ name: 'AB12', ref: 'A1' }]))).toThrow(
      /cannot be a defined name/,
    );
    expect(bad((p) => (p.styles[1]!.fill = 'red'))).toThrow(/Invalid colour "red"/);
    // Not a plan fault but the file's: the reader's typed one-line error.
    expect(() => applyPlan(strToU8('not a zip'), samplePlan())).toThrow(
      /The file is not an Excel workbook/,
    );
  });
});
