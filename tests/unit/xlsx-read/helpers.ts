import type ExcelJS from 'exceljs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Scalar, WorkbookSnapshot } from '../../../src/core/model/snapshot';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HandSheet {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Inner XML of <sheetData>, or a whole worksheet document when it starts with "<?xml". */
  data: string;
  /** Extra XML after </sheetData> (mergeCells...). */
  after?: string;
}

export interface HandWorkbook {
  sheets: HandSheet[];
  /** <si> items' inner XML. */
  sharedStrings?: string[];
  /** Whole styles.xml; a minimal one when absent. */
  styles?: string;
  date1904?: boolean;
  /** Inner XML of <definedNames>. */
  definedNames?: string;
  /** Replace or add zip entries (after the generated ones). */
  extra?: Record<string, string | Uint8Array>;
}

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><cellXfs count="1"><xf numFmtId="0" fontId="0"/></cellXfs></styleSheet>`;

/**
 * An .xlsx built by hand from XML strings, for cases ExcelJS cannot write (inline strings,
 * t="d", prefixes, escapes, ownership markers, hostile input). Entries go in Excel's order:
 * sheets before shared strings.
 */
export function handXlsx(wb: HandWorkbook): Uint8Array {
  const files: Zippable = {};
  const put = (path: string, text: string | Uint8Array): void => {
    files[path] = typeof text === 'string' ? strToU8(text) : text;
  };
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetTags = wb.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rIdS${i + 1}"/>`,
    )
    .join('');
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      (wb.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
      `<sheets>${sheetTags}</sheets>` +
      (wb.definedNames ? `<definedNames>${wb.definedNames}</definedNames>` : '') +
      '</workbook>',
  );
  const rels = wb.sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rIdS${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  put(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS_PKG}">${rels}` +
      `<Relationship Id="rIdSt" Type="${NS_REL}/styles" Target="styles.xml"/>` +
      (wb.sharedStrings
        ? `<Relationship Id="rIdSs" Type="${NS_REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>`
        : '') +
      '</Relationships>',
  );
  put('xl/styles.xml', wb.styles ?? MINIMAL_STYLES);
  wb.sheets.forEach((s, i) => {
    const doc = s.data.startsWith('<?xml')
      ? s.data
      : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetData>${s.data}</sheetData>${s.after ?? ''}</worksheet>`;
    put(`xl/worksheets/sheet${i + 1}.xml`, doc);
  });
  if (wb.sharedStrings) {
    put(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}" count="${wb.sharedStrings.length}" uniqueCount="${wb.sharedStrings.length}">` +
        wb.sharedStrings.map((s) => `<si>${s}</si>`).join('') +
        '</sst>',
    );
  }
  for (const [path, text] of Object.entries(wb.extra ?? {})) put(path, text);
  return zipSync(files, { level: 6 });
}

export async function excelJsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The snapshot's value at a 0-based cell; blank as null. */
export function valueAt(wb: WorkbookSnapshot, sheet: string, row: number, col: number): Scalar {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.rows[row]?.v[col] ?? null;
}

const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** What ExcelJS reads for a cell, reduced to the snapshot's terms. */
export function excelJsScalar(cell: ExcelJS.Cell): { v: Scalar; f?: string; error?: boolean } {
  const raw = cell.value as unknown;
  const scalar = (x: unknown): Scalar => {
    if (x === null || x === undefined) return null;
    if (x instanceof Date) return (x.getTime() - EPOCH_1900) / 86400000;
    if (typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if ('richText' in o) return (o.richText as { text: string }[]).map((r) => r.text).join('');
      if ('error' in o) return o.error as string;
      if ('text' in o) return o.text as string;
    }
    return x as Scalar;
  };
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    const o = raw as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o.result;
      const err = !!result && typeof result === 'object' && 'error' in result;
      return { v: scalar(result), f: (o.formula as string | undefined) ?? undefined, error: err };
    }
    if ('error' in o) return { v: o.error as string, error: true };
  }
  return { v: scalar(raw) };
}

/** Every cell ExcelJS sees, as [sheet, row0, col0, value] mismatches against the snapshot. */
export function diffAgainstExcelJs(snap: WorkbookSnapshot, ej: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  let seen = 0;
  ej.eachSheet((ws) => {
    const sheet = snap.sheets.find((s) => s.name === ws.name);
    if (!sheet) {
      problems.push(`missing sheet ${ws.name}`);
      return;
    }
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // ExcelJS repeats a merged area's value in its covered cells; the file holds it once.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const want = excelJsScalar(cell);
        const got = sheet.rows[r - 1]?.v[c - 1] ?? null;
        seen++;
        const same =
          typeof want.v === 'number' && typeof got === 'number'
            ? Math.abs(want.v - got) < 1e-9
            : want.v === got;
        if (!same) problems.push(`${ws.name}!${cell.address}: ${String(want.v)} ≠ ${String(got)}`);
      });
    });
  });
  if (seen === 0) problems.push('ExcelJS saw no cells');
  return problems;
}
