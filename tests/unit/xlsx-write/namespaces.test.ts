import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { OutputPlan } from '../../../src/core/plan/outputPlan';
import { PlanError, validatePlan } from '../../../src/core/plan/validatePlan';
import { isUnusableInputError } from '../../../src/hosts/xlsx/errors';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan, removeOwned } from '../../../src/hosts/xlsx/write/applyPlan';
import { chartXml } from '../../../src/hosts/xlsx/write/chartXml';
import { outputExtension } from '../../../src/hosts/xlsx/write/outputExtension';
import { NS, parseXml, qualify, XmlSyntaxError } from '../../../src/hosts/xlsx/xmlTree';
import {
  CT_MAIN,
  DECL,
  generatorWorkbook,
  MAIN,
  PREFIXED_WORKBOOK,
  REL,
} from './generatorWorkbook';
import { samplePlan } from './samplePlan';

/** Every part that differs from the original is namespace-well-formed (prefixes all bound). */
function expectWellFormed(original: Uint8Array, output: Uint8Array): void {
  const before = unzipSync(original);
  for (const [name, data] of Object.entries(unzipSync(output))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const old = before[name];
    if (old && Buffer.compare(Buffer.from(old), Buffer.from(data)) === 0) continue;
    expect(() => parseXml(strFromU8(data))).not.toThrow();
  }
}

function part(bytes: Uint8Array, name: string): string {
  const p = unzipSync(bytes)[name];
  if (!p) throw new Error(`no part ${name}`);
  return strFromU8(p);
}

function has(bytes: Uint8Array, name: string): boolean {
  return unzipSync(bytes)[name] !== undefined;
}

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isUnusableInputError(e)) return e.code;
    throw e;
  }
  return 'written';
}

const OWNED = ['Bảng Kiểm - Tổng hợp', 'Bảng Kiểm - Cài đặt'];

describe('a generator-style workbook with prefixed SpreadsheetML', () => {
  const app =
    `${DECL}<ap:Properties xmlns:ap="${NS.extended}" xmlns:v="${NS.vt}"><ap:HeadingPairs>` +
    '<v:vector size="2" baseType="variant"><v:variant><v:lpstr>Worksheets</v:lpstr></v:variant>' +
    '<v:variant><v:i4>1</v:i4></v:variant></v:vector></ap:HeadingPairs><ap:TitlesOfParts>' +
    '<v:vector size="1" baseType="lpstr"><v:lpstr>Báo cáo &amp; số liệu</v:lpstr></v:vector>' +
    '</ap:TitlesOfParts></ap:Properties>';
  const original = generatorWorkbook({
    workbook: PREFIXED_WORKBOOK,
    styles: `${DECL}<x:styleSheet xmlns:x="${MAIN}"/>`,
    types: (o) =>
      `${DECL}<ct:Types xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<ct:Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      o.replace(/<Override/g, '<ct:Override') +
      '</ct:Types>',
    rels: (r) =>
      `${DECL}<pr:Relationships xmlns:pr="${NS.pkgRel}">${r.replace(/<Relationship/g, '<pr:Relationship')}</pr:Relationships>`,
    app,
  });
  const output = applyPlan(original, samplePlan());

  it('writes every part it edits with the prefixes bound there', () => {
    expectWellFormed(original, output);
    const wb = part(output, 'xl/workbook.xml');
    expect(wb).toContain(
      `<x:sheet xmlns:r="${REL}" name="Bảng Kiểm - Tổng hợp" sheetId="2" r:id="rId1"/>`,
    );
    expect(wb).toContain('<x:definedNames><x:definedName name="BangKiem.Owned" localSheetId="1"');
    expect(wb).toMatch(/<x:calcPr fullCalcOnLoad="1"\/><\/x:workbook>$/);
    expect(part(output, '[Content_Types].xml')).toMatch(
      /<ct:Override PartName="\/xl\/worksheets\/sheet2\.xml" ContentType="[^"]+"\/>/,
    );
    expect(part(output, 'xl/_rels/workbook.xml.rels')).toMatch(
      /<pr:Relationship Id="rId1" Type="[^"]+\/worksheet" Target="worksheets\/sheet2\.xml"\/>/,
    );
    expect(part(output, 'docProps/app.xml')).toContain(
      '<v:i4>3</v:i4></v:variant></v:vector></ap:HeadingPairs><ap:TitlesOfParts><v:vector size="3" baseType="lpstr"><v:lpstr>Báo cáo &amp; số liệu</v:lpstr><v:lpstr>Bảng Kiểm - Tổng hợp</v:lpstr>',
    );
  });

  it("opens a self-closing <x:styleSheet/> with Excel's defaults first, and gives it back", () => {
    const styles = part(output, 'xl/styles.xml');
    expect(styles).toMatch(
      /^<\?xml[^>]*\?><x:styleSheet xmlns:x="[^"]+"><!--BangKiem\.Styles [^>]*--><x:numFmts count="\d+">/,
    );
    expect(styles).toContain(
      '<x:fills count="3"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill>',
    );
    expect(styles).toContain(
      '<x:cellXfs count="6"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    );
    expect(part(removeOwned(output), 'xl/styles.xml')).toBe(part(original, 'xl/styles.xml'));
  });

  it('drops the calculation chain with its relationship and content type', () => {
    expect(has(output, 'xl/calcChain.xml')).toBe(false);
    expect(part(output, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(part(output, '[Content_Types].xml')).not.toContain('calcChain');
  });

  it('reads back its sheets, marked as owned, and the user sheet by its prefixed r:id', () => {
    const snap = readXlsx(output);
    expect(snap.sheets.map((s) => [s.name, s.owned ?? false])).toEqual([
      ['Báo cáo & số liệu', false],
      [OWNED[0], true],
      [OWNED[1], true],
    ]);
    expect(snap.sheets[0]!.rows[0]!.v.slice(0, 3)).toEqual(['Đảng bộ xã Hòa Sơn', '12', '45%']);
  });

  it('gives the same bytes when run again, and removeOwned gives back every other part', () => {
    expect(Buffer.compare(Buffer.from(applyPlan(output, samplePlan())), Buffer.from(output))).toBe(
      0,
    );
    // The empty <x:definedNames /> the names went into comes back as it was written.
    expect(part(removeOwned(output), 'xl/workbook.xml')).toBe(part(original, 'xl/workbook.xml'));
    const back = unzipSync(removeOwned(output));
    const before = unzipSync(original);
    delete before['xl/calcChain.xml'];
    expect(Object.keys(back).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      if (name === 'xl/workbook.xml' || name.endsWith('.rels') || name.startsWith('['))
        expect(strFromU8(back[name]!)).not.toMatch(/calcChain"|sheet2\.xml"|BangKiem/);
      else expect([name, strFromU8(back[name]!)]).toEqual([name, strFromU8(before[name]!)]);
    }
  });
});

describe('namespaces as other producers bind them', () => {
  it('reads and writes a relationships prefix other than "r", declared per element', () => {
    const original = generatorWorkbook({
      workbook:
        `${DECL}<workbook xmlns="${MAIN}"><sheets>` +
        `<sheet xmlns:ns1="${REL}" name="Dữ liệu" sheetId="1" ns1:id="R5a"/></sheets></workbook>`,
    });
    expect(readXlsx(original).sheets[0]!.rows[1]!.v[0]).toBe('Chi bộ Trạm Y tế');
    const output = applyPlan(original, samplePlan());
    expectWellFormed(original, output);
    expect(part(output, 'xl/workbook.xml')).toContain(
      `<sheet xmlns:r="${REL}" name="Bảng Kiểm - Tổng hợp" sheetId="2" r:id="rId1"/>`,
    );
    expect(readXlsx(output).sheets.map((s) => s.owned ?? false)).toEqual([false, true, true]);
  });

  it('uses the prefix the root binds, whatever it is called', () => {
    const original = generatorWorkbook({
      workbook:
        `${DECL}<s:workbook xmlns:s="${MAIN}" xmlns:rel="${REL}" xmlns:r="urn:not-relationships">` +
        '<s:sheets><s:sheet name="A" sheetId="7" rel:id="R5a"/></s:sheets>' +
        '<s:calcPr calcId="1"/></s:workbook>',
      styles: null,
    });
    const output = applyPlan(original, samplePlan());
    expectWellFormed(original, output);
    const wb = part(output, 'xl/workbook.xml');
    expect(wb).toContain('<s:sheet name="Bảng Kiểm - Tổng hợp" sheetId="8" rel:id="rId2"/>');
    expect(wb).toMatch(
      /<s:definedNames>.*<\/s:definedNames><s:calcPr calcId="1" fullCalcOnLoad="1"\/>/,
    );
    // No styles part before: a minimal one is added and taken away again.
    expect(part(output, 'xl/styles.xml')).toContain('<cellStyles count="1">');
    expect(has(removeOwned(output), 'xl/styles.xml')).toBe(false);
  });

  it('keeps an empty styles part as it was', () => {
    const original = generatorWorkbook({ workbook: PREFIXED_WORKBOOK, styles: '' });
    const output = applyPlan(original, samplePlan());
    expectWellFormed(original, output);
    expect(part(output, 'xl/styles.xml')).toContain('<cellXfs count=');
    expect(part(removeOwned(output), 'xl/styles.xml')).toBe('');
  });
});

describe('workbooks the writer refuses with one plain line', () => {
  it('Strict Open XML: to be saved as an ordinary workbook first', () => {
    const strict = generatorWorkbook({
      workbook:
        `${DECL}<workbook xmlns="${NS.strictMain}" xmlns:r="${NS.strictRel}">` +
        '<sheets><sheet name="A" sheetId="1" r:id="R5a"/></sheets></workbook>',
    });
    expect(refusal(() => applyPlan(strict, samplePlan()))).toBe('strict-open-xml');
  });

  it('a protected structure, and only when it is locked', () => {
    const locked = (value: string) =>
      generatorWorkbook({
        workbook: PREFIXED_WORKBOOK.replace(
          '<x:bookViews>',
          `<x:workbookProtection lockStructure="${value}"/><x:bookViews>`,
        ),
      });
    expect(refusal(() => applyPlan(locked('1'), samplePlan()))).toBe('structure-locked');
    expect(refusal(() => applyPlan(locked('true'), samplePlan()))).toBe('structure-locked');
    expect(refusal(() => applyPlan(locked('0'), samplePlan()))).toBe('written');
  });

  it('a plumbing part that is not well-formed is a damaged file, not an internal error', () => {
    const broken = generatorWorkbook({
      workbook: PREFIXED_WORKBOOK,
      types: (o) => `${DECL}<Types xmlns="urn:x">${o}`,
    });
    expect(refusal(() => applyPlan(broken, samplePlan()))).toBe('corrupt');
  });
});

describe('chart caches', () => {
  it('hold the values the plan knows, so a chart shows before any recalculation', () => {
    const plan = samplePlan();
    const chart = plan.sheets.flatMap((s) => s.charts ?? [])[0]!;
    const output = applyPlan(generatorWorkbook({ workbook: PREFIXED_WORKBOOK }), plan);
    const xml = part(output, 'xl/charts/chart1.xml');
    expect(xml).toMatch(
      /<c:strRef><c:f>[^<]+<\/c:f><c:strCache><c:ptCount val="\d+"\/><c:pt idx="0"><c:v>/,
    );
    expect(xml).toMatch(
      /<c:numCache><c:formatCode>General<\/c:formatCode><c:ptCount val="\d+"\/><c:pt idx="0"><c:v>[\d.]+<\/c:v>/,
    );
    // A range on a user's sheet is not the plan's to know: no cache, the reference alone.
    const user = chartXml({ ...chart, categories: "'Năm 2020'!$A$1:$A$3" }, () => null);
    expect(user).toContain('<c:cat><c:strRef><c:f>&apos;Năm 2020&apos;!$A$1:$A$3</c:f></c:strRef>');
  });
});

describe('the output name follows the package', () => {
  it('is .xlsm for a macro-enabled workbook, .xlsx otherwise', () => {
    const plain = generatorWorkbook({ workbook: PREFIXED_WORKBOOK });
    expect(outputExtension(plain)).toBe('.xlsx');
    const files = unzipSync(plain);
    files['[Content_Types].xml'] = strToU8(
      strFromU8(files['[Content_Types].xml']!).replace(
        CT_MAIN,
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      ),
    );
    expect(outputExtension(zipSync(files))).toBe('.xlsm');
  });
});

describe('validatePlan, the one check both hosts call', () => {
  const bad = (change: (p: OutputPlan) => void): PlanError => {
    const plan = samplePlan();
    change(plan);
    try {
      validatePlan(plan, { userSheets: ['Năm 2020'] });
    } catch (e) {
      if (e instanceof PlanError) return e;
      throw e;
    }
    throw new Error('accepted');
  };

  it('accepts the sample plan', () => {
    expect(() => validatePlan(samplePlan(), { userSheets: ['Năm 2020'] })).not.toThrow();
  });

  it.each<[string, (p: OutputPlan) => void, string, RegExp]>([
    [
      'a taken name',
      (p) => (p.sheets[0]!.name = 'NĂM 2020'),
      'SheetNameTaken',
      /already has a sheet/,
    ],
    [
      'a bad name',
      (p) => (p.sheets[0]!.name = "'quoted'"),
      'InvalidPlanSheetName',
      /cannot be a sheet name/,
    ],
    [
      'a long formula',
      (p) => p.sheets[0]!.cells.push({ row: 40, col: 0, formula: 'A1+'.repeat(3000) + '1' }),
      'InvalidPlanFormula',
      /cell A41: has a formula of 9001 characters/,
    ],
    [
      'open parentheses',
      (p) => p.sheets[0]!.cells.push({ row: 40, col: 0, formula: 'SUM((A1:A3)' }),
      'InvalidPlanFormula',
      /unbalanced parentheses/,
    ],
    [
      'an open string',
      (p) => p.sheets[0]!.cells.push({ row: 40, col: 0, formula: 'IF(A1="x,1,2)' }),
      'InvalidPlanFormula',
      /unclosed string/,
    ],
    [
      'a cell outside',
      (p) => p.sheets[0]!.cells.push({ row: 1_048_576, col: 0, value: 1 }),
      'InvalidPlanCell',
      /outside the sheet/,
    ],
    [
      'overlapping merges',
      (p) =>
        (p.sheets[0]!.merges = [
          { r0: 0, c0: 0, r1: 1, c1: 1 },
          { r0: 1, c0: 1, r1: 2, c1: 2 },
        ]),
      'InvalidPlanRange',
      /overlap/,
    ],
    [
      'a chart off its sheet',
      (p) => (p.sheets.find((s) => s.charts?.length)!.charts![0]!.categories = "'Không có'!A1:A2"),
      'InvalidPlanChart',
      /does not exist/,
    ],
    [
      'a bad name formula',
      (p) => (p.names = [{ name: 'BangKiem.X', ref: '' }]),
      'InvalidPlanFormula',
      /empty formula/,
    ],
  ])('refuses %s, in Vietnamese and English', (_label, change, code, en) => {
    const e = bad(change);
    expect(e.code).toBe(code);
    expect(e.en).toMatch(en);
    expect(e.vi).not.toBe(e.en);
  });
});

describe('the namespace-aware XML view', () => {
  it('refuses an undeclared prefix and skips a DOCTYPE without expanding it', () => {
    expect(() => parseXml('<a><b:c/></a>')).toThrow(XmlSyntaxError);
    const root = parseXml('<!DOCTYPE a [<!ENTITY e "x">]><a xmlns="urn:a">&e;</a>')!;
    expect(root.ns).toBe('urn:a');
  });

  it('qualifies a new element for where it goes', () => {
    const root = parseXml(`<x:a xmlns:x="${MAIN}"><x:b xmlns="urn:other"/></x:a>`)!;
    expect(qualify('<c r:id="1"/>', root, MAIN, REL)).toBe(`<x:c xmlns:r="${REL}" r:id="1"/>`);
    expect(qualify('<c/>', root.children[0]!, 'urn:third')).toBe('<c xmlns="urn:third"/>');
    expect(qualify('<c/>', root.children[0]!, 'urn:other')).toBe('<c/>');
  });
});
