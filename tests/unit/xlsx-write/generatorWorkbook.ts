import { strToU8, zipSync } from 'fflate';
import { NS } from '../../../src/hosts/xlsx/xmlTree';

export const MAIN = NS.main;
export const REL = NS.rel;
export const CT_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const WS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CALC = 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml';
const RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const DECL = '<?xml version="1.0" encoding="utf-8"?>';

export interface Layout {
  workbook: string;
  styles?: string | null;
  types?: (overrides: string) => string;
  rels?: (rels: string) => string;
  app?: string;
}

/**
 * A workbook laid out as a generator writes it (the .NET Open XML SDK's "x:" prefixes, openpyxl's
 * per-element declarations...): inline strings, no sharedStrings part, no cached values, numbers
 * and percentages stored as text, a calculation chain.
 */
export function generatorWorkbook(layout: Layout): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides =
    `<Override PartName="/xl/workbook.xml" ContentType="${CT_MAIN}"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${WS}"/>` +
    `<Override PartName="/xl/calcChain.xml" ContentType="${CALC}"/>` +
    (layout.styles !== null
      ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      : '');
  files['[Content_Types].xml'] = strToU8(
    layout.types
      ? layout.types(overrides)
      : `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${DECL}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="R1" Type="${RT}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const rels =
    `<Relationship Id="R5a" Type="${RT}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="R5b" Type="${RT}/calcChain" Target="calcChain.xml"/>` +
    (layout.styles !== null
      ? `<Relationship Id="R5c" Type="${RT}/styles" Target="styles.xml"/>`
      : '');
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    layout.rels
      ? layout.rels(rels)
      : `${DECL}<Relationships xmlns="${NS.pkgRel}">${rels}</Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(layout.workbook);
  if (layout.styles !== null && layout.styles !== undefined)
    files['xl/styles.xml'] = strToU8(layout.styles);
  files['xl/calcChain.xml'] = strToU8(
    `${DECL}<calcChain xmlns="${MAIN}"><c r="C2" i="1"/></calcChain>`,
  );
  const row = (r: number, name: string, score: string, share: string) =>
    `<x:row r="${r}"><x:c r="A${r}" t="inlineStr"><x:is><x:t>${name}</x:t></x:is></x:c>` +
    `<x:c r="B${r}" t="inlineStr"><x:is><x:t>${score}</x:t></x:is></x:c>` +
    `<x:c r="C${r}" t="inlineStr"><x:is><x:t>${share}</x:t></x:is></x:c>` +
    `<x:c r="D${r}"><x:f>B${r}*2</x:f></x:c></x:row>`;
  files['xl/worksheets/sheet1.xml'] = strToU8(
    `${DECL}<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      row(1, 'Đảng bộ xã Hòa Sơn', '12', '45%') +
      row(2, 'Chi bộ Trạm Y tế', '7', '12,5%') +
      '</x:sheetData></x:worksheet>',
  );
  if (layout.app) files['docProps/app.xml'] = strToU8(layout.app);
  return zipSync(files);
}

export const PREFIXED_WORKBOOK =
  `\uFEFF${DECL}<x:workbook xmlns:x="${MAIN}"><x:bookViews><x:workbookView /></x:bookViews>` +
  `<x:sheets><x:sheet name="Báo cáo &amp; số liệu" sheetId="1" r:id="R5a" xmlns:r="${REL}" /></x:sheets>` +
  '<x:definedNames /></x:workbook>';
