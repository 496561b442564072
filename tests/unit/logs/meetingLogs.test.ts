import ExcelJS from 'exceljs';
import { checkWorkbook, type CheckResult } from '../../../src/core/engine';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { addLog, byDate, fullYear, type LogOptions, type Meeting } from './logWorkbook';

async function check(
  meetings: Meeting[],
  o: LogOptions = {},
  settings = resolveSettings({}),
): Promise<CheckResult & { snapshot: WorkbookSnapshot }> {
  const wb = new ExcelJS.Workbook();
  addLog(wb, meetings, o);
  const snapshot = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  return { ...checkWorkbook(snapshot, settings), snapshot };
}

/** A fixed shuffle: the same every run, far from date order. */
function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const A = 'Chi bộ Thôn Đồng Bé';
const B = 'Chi bộ Thôn Làng Nầm';
/** A holds every meeting; B misses July and the thematic meeting of quarter III. */
const year2020 = byDate([
  ...fullYear(A, 2020),
  ...fullYear(B, 2020, undefined, 8).filter(
    (m) => !/\/0[789]\/2020$/.test(m.day) || m.day === '08/09/2020' || m.day === '08/08/2020',
  ),
]);

const summary = (r: CheckResult) =>
  r.report.results.meetings.map((m) => [
    m.unit,
    m.year,
    m.regular,
    m.thematicByQuarter,
    m.compliant,
  ]);

describe('meeting logs are recognized by their cells', () => {
  it('a sorted log: one result per cell and year, from the log', async () => {
    const r = await check(year2020, { attendance: true });
    expect(r.report.tables.map((t) => t.kind)).toEqual(['meeting-log']);
    expect(summary(r)).toEqual([
      [A, 2020, 12, [1, 1, 1, 1], true],
      [B, 2020, 11, [1, 1, 0, 1], false],
    ]);
    const b = r.report.results.meetings[1]!;
    expect(b.source).toBe('log');
    // Its rows are the log rows naming B, and only those.
    const sheet = r.snapshot.sheets[0]!;
    expect(b.logRows!.every((row) => sheet.rows[row - 1]!.v[2] === B)).toBe(true);
    expect(b.logRows).toHaveLength(year2020.filter((m) => m.cell === B).length);
  });

  it('unsorted, with text dates, with kinds spelled every way, without attendance: the same results', async () => {
    const sorted = summary(await check(year2020, { attendance: true }));
    expect(summary(await check(shuffled(year2020)))).toEqual(sorted);
    expect(summary(await check(year2020, { textDates: true }))).toEqual(sorted);
    const spellings = [
      ['SH thường kỳ', 'SHCĐ'],
      ['thuong ky', 'chuyen de'],
      ['Thường kì', 'Chuyên Đề'],
      ['TK', 'CĐ'],
      ['Sinh hoạt thường kỳ', 'Sinh hoạt chuyên đề'],
    ];
    for (const [regular, thematic] of spellings) {
      const respelled = year2020.map((m) => ({
        ...m,
        kind: m.kind === 'Thường kỳ' ? regular! : thematic!,
      }));
      expect(summary(await check(shuffled(respelled)))).toEqual(sorted);
    }
    // Eight whole checks: more than Jest's 5 s on a loaded two-core machine (correctness, not speed).
  }, 60_000);

  it('whatever the header says, and without a kind column when topics name thematic meetings', async () => {
    const headers = ['Cột 1', 'Cột 2', 'Cột 3', 'Cột 4', 'Cột 5'];
    const sorted = summary(await check(year2020));
    expect(summary(await check(year2020, { headers }))).toEqual(sorted);
    expect(summary(await check(year2020, { noKind: true, headers: headers.slice(0, 4) }))).toEqual(
      sorted,
    );
  });

  it('a user’s correction of the header row can set a log aside', async () => {
    const kinds = async (kind: 'ignore' | 'meeting-log') =>
      (
        await check(
          year2020,
          {},
          resolveSettings({ tables: [{ sheet: 'Nhật ký', headerRow: 3, kind }] }),
        )
      ).report.tables.map((t) => t.kind);
    expect(await kinds('meeting-log')).toEqual(['meeting-log']);
    expect(await kinds('ignore')).toEqual([]);
  });

  it('a member list with birth dates is no log', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đảng viên');
    ws.getRow(1).values = ['STT', 'Họ và tên', 'Ngày sinh', 'Chi bộ', 'Xếp loại'];
    const people = [
      'Nguyễn Văn An',
      'Lê Thị Bình',
      'Hoàng Văn Cường',
      'Trần Thị Dung',
      'Vi Văn Én',
    ];
    people.forEach((name, i) => {
      ws.getRow(2 + i).values = [
        i + 1,
        name,
        new Date(Date.UTC(1950 + i * 9, 2, 5)),
        i % 2 ? A : B,
        'HTTNV',
      ];
      ws.getRow(2 + i).getCell(3).numFmt = 'dd/mm/yyyy';
    });
    const snapshot = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const report = checkWorkbook(snapshot, resolveSettings({})).report;
    expect(report.tables.map((t) => t.kind)).not.toContain('meeting-log');
  });
});

describe('what a log proves', () => {
  it('a missing month points at the cell’s last meeting before it; a missing thematic meeting at the quarter’s last', async () => {
    const r = await check(shuffled(year2020));
    const sheet = r.snapshot.sheets[0]!;
    const at = (rule: string) =>
      r.report.issues
        .filter((f) => f.rule === rule)
        .map((f) => {
          const row = sheet.rows[f.row! - 1]!.v;
          return [f.cell!.replace(/\d+$/, ''), row[2], formatDay(row[1])];
        });
    expect(at('meeting.regular-short')).toEqual([['B', B, '08/06/2020']]);
    expect(at('meeting.thematic-short')).toEqual([['B', B, '08/09/2020']]);
  });

  it('a meeting at or below 85% attendance is flagged at its attendance cell', async () => {
    const low = year2020.map((m) =>
      m.cell === A && m.day === '05/04/2020' ? { ...m, attending: 17, members: 20 } : m,
    );
    const r = await check(low, { attendance: true });
    const flagged = r.report.issues.filter((f) => f.rule === 'meeting.attendance-low');
    expect(flagged).toHaveLength(1);
    const row = r.snapshot.sheets[0]!.rows[flagged[0]!.row! - 1]!.v;
    expect([flagged[0]!.cell!.replace(/\d+$/, ''), row[2], row[5]]).toEqual(['F', A, 17]);
    expect(flagged[0]!.messages.en).toContain('17 of 20');
  });

  it('attendance without a member count for the cell is flagged at its first meeting', async () => {
    const C = 'Chi bộ Trường Tiểu học';
    const withC = byDate([
      ...year2020,
      ...['10/01/2020', '10/02/2020', '10/03/2020'].map((day) => ({
        day,
        cell: C,
        kind: 'Thường kỳ',
        attending: 9,
        members: 0,
      })),
    ]);
    const r = await check(withC, { attendance: true });
    const flagged = r.report.issues.filter((f) => f.rule === 'meeting.members-missing');
    expect(flagged.map((f) => [f.cell!.replace(/\d+$/, ''), f.messages.en.split(':')[0]])).toEqual([
      ['G', `${C}, 2020`],
    ]);
    const row = r.snapshot.sheets[0]!.rows[flagged[0]!.row! - 1]!.v;
    expect(formatDay(row[1])).toBe('10/01/2020');
  });

  it('a log that stops in October leaves November and December unknown, not missed', async () => {
    const r = await check(year2020.filter((m) => !/\/1[12]\/2020$/.test(m.day)));
    expect(summary(r)[0]).toEqual([A, 2020, 10, [1, 1, 1, null], null]);
    expect(r.report.results.meetings[0]!.monthsWithoutData).toEqual([11, 12]);
    const noData = r.report.issues.filter((f) => f.rule === 'meeting.no-data');
    expect(noData.map((f) => f.messages.en)).toContain(
      `${A}, 2020: no data for months 11, 12; thematic meetings of quarter IV.`,
    );
    // B missed July within the log: still not compliant.
    expect(summary(r)[1]![4]).toBe(false);
  });

  it('two regular meetings in one month count once and are noted; a regular and a thematic one the same day both count', async () => {
    const twice = byDate([
      ...year2020.filter((m) => !(m.cell === A && m.day === '05/03/2020')),
      { day: '20/02/2020', cell: A, kind: 'Thường kỳ' },
      { day: '05/01/2020', cell: A, kind: 'Chuyên đề' },
      { day: '08/07/2020', cell: B, kind: 'Chuyên đề' },
    ]);
    const r = await check(twice);
    expect(summary(r)).toEqual([
      [A, 2020, 11, [2, 1, 1, 1], false],
      [B, 2020, 11, [1, 1, 1, 1], false],
    ]);
    const notes = r.report.issues.filter((f) => f.rule === 'meeting.repeated-month');
    expect(notes.map((f) => [f.severity, f.messages.en.split(' (')[0]])).toEqual([
      ['info', `${A}, month 2 of 2020: 2 regular meetings`],
    ]);
  });
});

describe('the meetings sheet over a log', () => {
  it('one row per cell and year, counted by COUNTIFS over the log, in the yearly block the charts read', async () => {
    const r = await check(year2020, { attendance: true });
    const settings = resolveSettings({});
    const plan = buildPlan(r, r.snapshot, settings);
    const sheet = plan.sheets.find((s) => s.key === 'meetings')!;
    const cellRows = sheet.cells.filter((c) => c.col === 2 && (c.value === A || c.value === B));
    expect(cellRows.map((c) => c.value)).toEqual([A, B]);
    for (const [i, { row }] of cellRows.entries()) {
      const regular = sheet.cells.find((c) => c.row === row && c.col === 4)!;
      expect(regular.formula).toMatch(/COUNTIFS\('Nhật ký'!\$C\$4:\$C\$\d+,"=Chi bộ Thôn/);
      expect(regular.cached).toBe(r.report.results.meetings[i]!.regular);
    }
    // The yearly block the charts read counts both log cells, one of them compliant.
    const yearRow = sheet.cells.filter((c) => c.col === 0 && c.value === 2020).pop()!;
    const block = (col: number) =>
      sheet.cells.find((c) => c.row === yearRow.row && c.col === col)!.cached;
    expect([block(1), block(2)]).toEqual([2, 1]);
    const charts = plan.sheets.find((s) => s.key === 'charts');
    expect(JSON.stringify(charts)).toContain(sheet.name);
  });
});

function formatDay(v: unknown): string {
  if (typeof v === 'string') return v;
  const d = new Date(Date.UTC(1899, 11, 30) + Number(v) * 86400000);
  return (
    [d.getUTCDate(), d.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0')).join('/') +
    `/${d.getUTCFullYear()}`
  );
}

describe('names typed two ways', () => {
  it('count as one cell, and the formulas count both spellings', async () => {
    const spaced = year2020.map((m) =>
      m.cell === A && m.day === '05/06/2020' ? { ...m, cell: `${A} ` } : m,
    );
    const r = await check(spaced);
    expect(summary(r)[0]).toEqual([A, 2020, 12, [1, 1, 1, 1], true]);
    const sheet = buildPlan(r, r.snapshot, resolveSettings({})).sheets.find(
      (s) => s.key === 'meetings',
    )!;
    const regular = sheet.cells.find((c) => c.col === 4 && c.cached === 12)!.formula!;
    expect(regular).toContain(`"=${A}"`);
    expect(regular).toContain(`"=${A} "`);
  });
});

describe('what is not a log', () => {
  it('a register whose months hold the days of the meetings stays a register', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sinh hoạt');
    ws.getCell('A1').value = 'THEO DÕI SINH HOẠT CHI BỘ NĂM 2020';
    ws.getRow(2).values = ['Năm', 'Chi bộ', ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`)];
    [A, B, 'Chi bộ Thôn Khuân Cầu'].forEach((cell, i) => {
      const row = ws.getRow(3 + i);
      row.values = [
        2020,
        cell,
        ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2020, m, 5 + i))),
      ];
      for (let c = 3; c <= 14; c++) row.getCell(c).numFmt = 'dd/mm/yyyy';
    });
    const snapshot = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const report = checkWorkbook(snapshot, resolveSettings({})).report;
    expect(report.tables.map((t) => t.kind)).toEqual(['meeting-register']);
    expect(report.results.meetings.map((m) => [m.source, m.regular])).toEqual([
      ['register', 12],
      ['register', 12],
      ['register', 12],
    ]);
  });
});

describe('a log whose kinds are typed in lower case', () => {
  it('asks each kind once: COUNTIFS ignores case, so "chuyên đề" beside "Chuyên đề" counted twice', async () => {
    const kinds = { regular: 'thường kỳ', thematic: 'chuyên đề' };
    const r = await check(byDate(fullYear(A, 2022, kinds)));
    const settings = resolveSettings({});
    const plan = buildPlan(r, r.snapshot, settings);
    const sheet = plan.sheets.find((s) => s.key === 'meetings')!;
    const thematic = sheet.cells.filter((c) => c.formula?.includes('"=SHCĐ"'));
    expect(thematic.length).toBeGreaterThan(0);
    for (const c of thematic) {
      const arrays = c.formula!.match(/\{[^}]*\}/g) ?? [];
      for (const a of arrays) {
        const words = a.slice(1, -1).toLowerCase().split(',');
        expect(new Set(words).size).toBe(words.length);
      }
    }
  });
});
