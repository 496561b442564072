/**
 * Small .xlsx writers for generated workbooks: `handXlsx` puts hand-written XML parts into a zip
 * (tests use it for cases no library writes: inline strings, t="d", prefixes, hostile input), and
 * `gridXlsx` writes a workbook from cells (shared or inline strings, numbers stored as text,
 * formulas with or without a cached value, error cells, merged cells, fonts such as .VnTime and
 * VNI-Times, number formats), the way Excel and report generators lay them out.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { a1, rangeA1 } from '../../src/core/model/address';
import type { CellRange } from '../../src/core/model/snapshot';

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
export function handXlsx(wb: HandWorkbook, level?: 0 | 1 | 6 | 9): Uint8Array {
  const files: Zippable = {};
  const put = (path: string, text: string | Uint8Array): void => {
    files[path] = typeof text === 'string' ? strToU8(text) : text;
  };
  // The parts' own content types, as Excel writes them: LibreOffice and Excel refuse a package
  // whose workbook is typed only "application/xml".
  const ML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const override = (part: string, type: string) =>
    `<Override PartName="/${part}" ContentType="${ML}.${type}+xml"/>`;
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      override('xl/workbook.xml', 'sheet.main') +
      wb.sheets.map((_s, i) => override(`xl/worksheets/sheet${i + 1}.xml`, 'worksheet')).join('') +
      override('xl/styles.xml', 'styles') +
      (wb.sharedStrings ? override('xl/sharedStrings.xml', 'sharedStrings') : '') +
      '</Types>',
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
  return zipSync(files, { level: level ?? 6 });
}

/** One cell of a generated sheet. */
export interface GridCell {
  /** Text, number, boolean; an error text ("#DIV/0!") with `error`; null for a formula with no cached value. */
  value: string | number | boolean | null;
  /** Strings: written inline (<is>) instead of in the shared-string table, as report generators do. */
  inline?: boolean;
  error?: boolean;
  /** A formula, without "=". */
  formula?: string;
  font?: string;
  numFmt?: string;
  bold?: boolean;
}

export interface GridSheet {
  name: string;
  /** Rows by 0-based index, cells by 0-based column; holes are blank. */
  rows: (GridCell | undefined)[][];
  merges: CellRange[];
}

export interface GridWorkbook {
  sheets: GridSheet[];
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function textElement(s: string): string {
  const space = /^\s|\s$/.test(s) ? ' xml:space="preserve"' : '';
  return `<t${space}>${escapeXml(s)}</t>`;
}

class Styles {
  private fonts: string[] = ['<font><sz val="11"/><name val="Calibri"/></font>'];
  private fontIds = new Map<string, number>();
  private numFmts = new Map<string, number>();
  private xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private xfIds = new Map<string, number>();

  id(cell: GridCell): number {
    if (!cell.font && !cell.numFmt && !cell.bold) return 0;
    const key = `${cell.font ?? ''}|${cell.numFmt ?? ''}|${cell.bold ? 1 : 0}`;
    let xf = this.xfIds.get(key);
    if (xf !== undefined) return xf;
    let fontId = 0;
    if (cell.font || cell.bold) {
      const fkey = `${cell.font ?? 'Calibri'}|${cell.bold ? 1 : 0}`;
      fontId = this.fontIds.get(fkey) ?? -1;
      if (fontId < 0) {
        fontId =
          this.fonts.push(
            `<font>${cell.bold ? '<b/>' : ''}<sz val="12"/><name val="${escapeXml(cell.font ?? 'Calibri')}"/></font>`,
          ) - 1;
        this.fontIds.set(fkey, fontId);
      }
    }
    let fmtId = 0;
    if (cell.numFmt && cell.numFmt !== 'General') {
      fmtId = this.numFmts.get(cell.numFmt) ?? 164 + this.numFmts.size;
      this.numFmts.set(cell.numFmt, fmtId);
    }
    xf =
      this.xfs.push(
        `<xf numFmtId="${fmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${fmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}/>`,
      ) - 1;
    this.xfIds.set(key, xf);
    return xf;
  }

  xml(): string {
    const fmts = [...this.numFmts]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS_MAIN}">` +
      (fmts ? `<numFmts count="${this.numFmts.size}">${fmts}</numFmts>` : '') +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '</styleSheet>'
    );
  }
}

/**
 * Writes a workbook from cells as Excel lays it out: shared strings (or inline ones where a cell
 * asks), one style per font and number format, merged cells after the sheet data.
 */
export function gridXlsx(wb: GridWorkbook, level: 0 | 1 | 6 | 9 = 0): Uint8Array {
  const styles = new Styles();
  const shared: string[] = [];
  const sharedIds = new Map<string, number>();
  const sheets: HandSheet[] = wb.sheets.map((sheet) => {
    const parts: string[] = [];
    sheet.rows.forEach((cells, r) => {
      if (!cells) return;
      const cs: string[] = [];
      cells.forEach((cell, c) => {
        if (!cell) return;
        const ref = a1(r, c);
        const s = styles.id(cell);
        const sAttr = s ? ` s="${s}"` : '';
        const f = cell.formula !== undefined ? `<f>${escapeXml(cell.formula)}</f>` : '';
        const v = cell.value;
        if (cell.error) {
          cs.push(`<c r="${ref}"${sAttr} t="e">${f}<v>${escapeXml(String(v))}</v></c>`);
        } else if (v === null) {
          if (f || s) cs.push(`<c r="${ref}"${sAttr}>${f}</c>`);
        } else if (typeof v === 'number') {
          cs.push(`<c r="${ref}"${sAttr}>${f}<v>${v}</v></c>`);
        } else if (typeof v === 'boolean') {
          cs.push(`<c r="${ref}"${sAttr} t="b">${f}<v>${v ? 1 : 0}</v></c>`);
        } else if (f) {
          cs.push(`<c r="${ref}"${sAttr} t="str">${f}<v>${escapeXml(v)}</v></c>`);
        } else if (cell.inline) {
          cs.push(`<c r="${ref}"${sAttr} t="inlineStr"><is>${textElement(v)}</is></c>`);
        } else {
          let id = sharedIds.get(v);
          if (id === undefined) {
            id = shared.push(v) - 1;
            sharedIds.set(v, id);
          }
          cs.push(`<c r="${ref}"${sAttr} t="s"><v>${id}</v></c>`);
        }
      });
      if (cs.length) parts.push(`<row r="${r + 1}">${cs.join('')}</row>`);
    });
    const merges = sheet.merges.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges
          .map((m) => `<mergeCell ref="${rangeA1(m)}"/>`)
          .join('')}</mergeCells>`
      : '';
    return { name: sheet.name, data: parts.join(''), after: merges };
  });
  return handXlsx(
    {
      sheets,
      styles: styles.xml(),
      ...(shared.length ? { sharedStrings: shared.map(textElement) } : {}),
    },
    level,
  );
}
