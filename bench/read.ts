/**
 * Read-path benchmark: a 200k-row × 4-column member list, read by readXlsx and by ExcelJS.
 * Run: npx tsx bench/read.ts [rows] [--no-exceljs]. Each reader runs in its own process so peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

const OUT = path.resolve(__dirname, 'out');
const ROWS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 200_000);
const FILE = path.join(OUT, `members-${ROWS}.xlsx`);

const GRADES = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam'];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Writes the workbook with fflate directly: ExcelJS would take longer than the reads measured. */
function generate(): void {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const header = ['STT', 'Họ và tên', 'Chi bộ', 'Xếp loại'].map(sst);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:D' +
      (ROWS + 1) +
      '"/><sheetData>',
    `<row r="1" spans="1:4">${header.map((h, c) => `<c r="${'ABCD'[c]}1" s="1" t="s"><v>${h}</v></c>`).join('')}</row>`,
  ];
  for (let i = 0; i < ROWS; i++) {
    const r = i + 2;
    const name = `${FAMILY[i % 10]} ${MIDDLE[(i >> 3) % 8]} ${GIVEN[(i * 7) % 11]} ${i}`;
    const cell = `Chi bộ thôn ${(i % 997) + 1}`;
    parts.push(
      `<row r="${r}" spans="1:4"><c r="A${r}"><v>${i + 1}</v></c><c r="B${r}" t="s"><v>${sst(name)}</v></c>` +
        `<c r="C${r}" t="s"><v>${sst(cell)}</v></c><c r="D${r}" s="1" t="s"><v>${sst(GRADES[i % 4]!)}</v></c></row>`,
    );
  }
  parts.push('</sheetData></worksheet>');
  const sheetXml = parts.join('');
  const sstXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${ROWS * 3 + 4}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('') +
    '</sst>';
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}"><sheets><sheet name="Đảng viên" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${ns}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>',
    ),
    // Excel's order: the sheet before the shared strings it refers to.
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    'xl/sharedStrings.xml': strToU8(sstXml),
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(FILE, zipSync(files, { level: 6 }));
  console.log(
    `generated ${FILE}: ${(statSync(FILE).size / 1e6).toFixed(1)} MB, sheet XML ${(sheetXml.length / 1e6).toFixed(1)} M chars`,
  );
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function measure(mode: string): Promise<void> {
  // Load the code first: the time measured is the read, file included, not module loading.
  const { readXlsx } = await import('../src/hosts/xlsx/read/readXlsx');
  const ExcelJS = (await import('exceljs')).default;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let cells = 0;
  if (mode === 'ours') {
    const wb = readXlsx(readFileSync(FILE));
    for (const row of wb.sheets[0]!.rows) if (row) cells += row.v.length;
  } else {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FILE);
    wb.worksheets[0]!.eachRow((row) => (cells += row.cellCount));
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      mode,
      ms: Math.round(ms),
      // CPU time (all threads, GC included) stays meaningful on a shared, loaded machine.
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      cells,
      peakRssMb: Math.round(peakRssMb()),
    }),
  );
}

interface Result {
  mode: string;
  ms: number;
  cpuMs: number;
  cells: number;
  peakRssMb: number;
}

function runChild(mode: string): Result {
  const res = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1]!, `--mode=${mode}`, String(ROWS)],
    {
      encoding: 'utf8',
    },
  );
  if (res.status !== 0) throw new Error(`${mode} failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop()!);
}

async function main(): Promise<void> {
  const mode = process.argv.find((a) => a.startsWith('--mode='))?.slice(7);
  if (mode) return measure(mode);
  if (!existsSync(FILE)) generate();
  const ours = [runChild('ours'), runChild('ours'), runChild('ours')];
  const best = ours.reduce((a, b) => (a.ms <= b.ms ? a : b));
  // ExcelJS needs several GB past a few hundred thousand rows: --no-exceljs measures ours alone.
  const exceljs = process.argv.includes('--no-exceljs') ? null : runChild('exceljs');
  console.log(`rows: ${ROWS} × 4 columns, file ${(statSync(FILE).size / 1e6).toFixed(1)} MB`);
  console.log(
    `readXlsx (file read included): best ${best.ms} ms wall (${ours.map((o) => o.ms).join('/')}), ${best.cpuMs} ms CPU, ${best.cells} cells, peak RSS ${best.peakRssMb} MB`,
  );
  if (exceljs) {
    console.log(
      `ExcelJS readFile: ${exceljs.ms} ms wall, ${exceljs.cpuMs} ms CPU, ${exceljs.cells} cells, peak RSS ${exceljs.peakRssMb} MB`,
    );
    console.log(
      `speed-up: ${(exceljs.ms / best.ms).toFixed(1)}× wall, ${(exceljs.cpuMs / best.cpuMs).toFixed(1)}× CPU`,
    );
  }
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs`,
  );
}

void main();
