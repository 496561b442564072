import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Throws (so the test fails, never skips) when a tool the system tier needs is missing. */
export function requireTool(tool: string, install: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'pipe' });
  } catch {
    throw new Error(`${tool} is not installed; the system tests need it (${install})`);
  }
}

export function requireLibreOffice(): void {
  requireTool('soffice', 'apt-get install -y libreoffice-calc-nogui');
}

/**
 * A fresh LibreOffice profile that recalculates every formula of an .xlsx on load, so a cached
 * value written by Bảng Kiểm can never hide a formula LibreOffice cannot evaluate.
 */
function recalculatingProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-lo-profile-'));
  fs.mkdirSync(path.join(dir, 'user'));
  fs.writeFileSync(
    path.join(dir, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">' +
      '<value>0</value></prop></item></oor:items>',
  );
  return dir;
}

/**
 * Converts a workbook with LibreOffice headless and returns the output folder (for xlsx, a
 * sub-folder, so the output does not overwrite the input of the same name). `sheet` (1-based)
 * picks the sheet for CSV; the CSV holds the values as shown (formatted).
 */
export function convert(
  bytes: Uint8Array,
  baseName: string,
  format: 'csv' | 'pdf' | 'xlsx',
  sheet?: number,
): string {
  requireLibreOffice();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-lo-out-'));
  const input = path.join(dir, `${baseName}.xlsx`);
  fs.writeFileSync(input, bytes);
  const profile = recalculatingProfile();
  const filter =
    format === 'csv'
      ? `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheet ?? 1}`
      : format === 'xlsx'
        ? 'xlsx:Calc MS Excel 2007 XML'
        : 'pdf';
  const outDir = format === 'xlsx' ? path.join(dir, 'out') : dir;
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        input,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return outDir;
}

/** Rows of a simple CSV (quoted fields with doubled quotes, commas, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Renders one PDF page to PNG and returns its pixels as RGB. */
export function renderPage(
  pdf: string,
  page: number,
  outPrefix: string,
): { png: string; ppm: Buffer } {
  requireTool('pdftoppm', 'apt-get install -y poppler-utils');
  execFileSync('pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-r',
    '60',
    '-png',
    '-singlefile',
    pdf,
    outPrefix,
  ]);
  execFileSync('pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-r',
    '60',
    '-singlefile',
    pdf,
    outPrefix,
  ]);
  return { png: `${outPrefix}.png`, ppm: fs.readFileSync(`${outPrefix}.ppm`) };
}

/** Page numbers (1-based) whose text contains the needle. */
export function pagesWithText(pdf: string, needle: string): number[] {
  requireTool('pdftotext', 'apt-get install -y poppler-utils');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? 0);
  const found: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']).toString();
    if (text.includes(needle)) found.push(p);
  }
  return found;
}

/** How many pixels of a binary PPM (P6) are within `tolerance` of an RGB colour. */
export function countColour(ppm: Buffer, hex: string, tolerance = 40): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  const start = header[0].length;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = start; i + 2 < ppm.length; i += 3) {
    if (
      Math.abs(ppm[i]! - r!) + Math.abs(ppm[i + 1]! - g!) + Math.abs(ppm[i + 2]! - b!) <=
      tolerance
    )
      n++;
  }
  return n;
}
