import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { parseA1 } from '../../../src/core/model/address';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { recognizeGrade } from '../../../src/core/text/grades';
import { nameKey } from '../../../src/core/text/normalize';
import {
  CORPUS_SEED,
  corpusWorkbook,
  generatedWorkbookArb,
  type CorpusWorkbook,
} from '../../../tools/layouts';
import { diffAgainstExcelJs } from '../xlsx-read/helpers';

/**
 * The generator's keys must be right before they can judge the engine: what the key says about
 * a cell is checked here on the workbook as the reader gives it back.
 */
function keyProblems(w: CorpusWorkbook, wb: WorkbookSnapshot): string[] {
  const problems: string[] = [];
  const sheet = (name: string) => wb.sheets.find((s) => s.name === name);
  const value = (name: string, ref: string) => {
    const at = parseA1(ref)!;
    return sheet(name)?.rows[at.row]?.v[at.col] ?? null;
  };
  const isError = (name: string, ref: string) => {
    const at = parseA1(ref)!;
    return sheet(name)?.rows[at.row]?.e?.includes(at.col) ?? false;
  };
  const unicode = w.choices.encoding === 'unicode' || w.choices.encoding === 'nfd';
  for (const t of w.key.tables) {
    const s = sheet(t.sheet);
    if (!s) problems.push(`no sheet ${t.sheet}`);
    else if (!s.rows[t.headerRows[0] - 1]?.v.some((v) => v !== null && v !== undefined))
      problems.push(`${t.sheet}: header row ${t.headerRows[0]} is empty`);
    // A list with no header row: its header rows are [first body row, the row above].
    const bare = t.headerRows[1] === t.headerRows[0] - 1 && t.headerRows[0] === t.rows[0];
    if ((t.headerRows[0] > t.headerRows[1] && !bare) || t.headerRows[1] > t.rows[1])
      problems.push(`${t.sheet}: rows out of order`);
  }
  for (const d of w.key.defects) {
    if (!sheet(d.sheet)) problems.push(`defect on missing sheet ${d.sheet}`);
    if (!d.cell) continue;
    const v = value(d.sheet, d.cell);
    const where = `${d.rule} ${d.sheet}!${d.cell}`;
    if (d.rule === 'value.formula-error' && !isError(d.sheet, d.cell))
      problems.push(`${where}: no error`);
    if (d.rule === 'grade.blank' && v !== null) problems.push(`${where}: not blank`);
    if (d.rule === 'grade.unknown' && unicode && (typeof v !== 'string' || recognizeGrade(v)))
      problems.push(`${where}: "${String(v)}" is a grade`);
    if (d.rule === 'grade.scheme-mixed' && unicode && !recognizeGrade(String(v)))
      problems.push(`${where}: "${String(v)}" is no grade`);
    if (d.rule === 'unit.duplicate') {
      const at = parseA1(d.cell)!;
      const rows = sheet(d.sheet)!.rows;
      const earlier = rows.slice(0, at.row).some((r) => r?.v[at.col] === v);
      if (!earlier) problems.push(`${where}: "${String(v)}" is not listed above`);
    }
  }
  for (const m of w.key.meetings) {
    const row = sheet(m.sheet)?.rows[m.row - 1];
    if (!row) problems.push(`register row ${m.sheet}!${m.row} missing`);
    else if (unicode && !row.v.some((v) => typeof v === 'string' && v.normalize('NFC') === m.unit))
      problems.push(`register row ${m.sheet}!${m.row} is not ${m.unit}`);
    if (m.regular > 12 || m.thematicByQuarter.length !== 4) problems.push(`meeting ${m.row} odd`);
  }
  // A log cell's year: each of its rows names the cell (a year without meetings has none).
  for (const m of w.key.logMeetings) {
    for (const r of m.rows) {
      const row = sheet(m.sheet)?.rows[r - 1];
      const named = row?.v.some((v) => typeof v === 'string' && nameKey(v) === nameKey(m.unit));
      if (unicode && !named) problems.push(`log row ${m.sheet}!${r} is not ${m.unit}`);
    }
    if (m.rows.length && m.rows[0] !== m.row) problems.push(`log ${m.unit} ${m.year}: first row`);
  }
  for (const r of w.key.ratings) {
    if (!w.key.tables.some((t) => t.sheet === r.sheet && t.years.includes(r.year)))
      problems.push(`year ${r.year} counted on ${r.sheet}, which has no table of it`);
  }
  const years = w.key.ratings.map((r) => r.year);
  if (new Set(years).size !== years.length) problems.push('a year counted twice');
  return problems;
}

describe('layout generator', () => {
  it('keys hold on the first 150 workbooks of the corpus, read back from .xlsx', () => {
    const problems: string[] = [];
    for (let i = 0; i < 150; i++) {
      const w = corpusWorkbook(CORPUS_SEED, i);
      for (const p of keyProblems(w, readXlsx(w.bytes))) problems.push(`#${i}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('keys hold on arbitrary choices (shrinks to the fewest layout features that break one)', () => {
    fc.assert(
      fc.property(generatedWorkbookArb, (w) => {
        expect(keyProblems(w, readXlsx(w.bytes))).toEqual([]);
      }),
      { seed: CORPUS_SEED, numRuns: 60 },
    );
  });

  it('plants every kind of defect and every layout somewhere in the corpus', () => {
    const rules = new Set<string>();
    const tags = new Set<string>();
    for (let i = 0; i < 150; i++) {
      const { key } = corpusWorkbook(CORPUS_SEED, i);
      for (const d of key.defects) rules.add(d.rule);
      for (const t of key.tables) tags.add(t.tag.split('/').slice(0, 2).join('/'));
    }
    expect([...rules].sort()).toEqual(
      [
        'encoding.legacy',
        'grade.blank',
        'grade.excellent-cap',
        'grade.scheme-mixed',
        'grade.unknown',
        'meeting.attendance-low',
        'meeting.invalid-mark',
        'meeting.log-unread',
        'meeting.no-data',
        'meeting.regular-short',
        'meeting.repeated-month',
        'meeting.thematic-short',
        'percent.mismatch',
        'summary.list-mismatch',
        'total.mismatch',
        'unit.duplicate',
        'value.formula-error',
        'value.not-number',
      ].sort(),
    );
    for (const tag of [
      'list/sheets',
      'list/columns',
      'list/yearColumn',
      'list/stacked',
      'summary/sheet',
      'summary/below',
      'summary/hand',
      'breakdown/below',
      'breakdown/sheet',
      'members',
      'log/date',
    ]) {
      expect(tags).toContain(tag);
    }
  });

  it('writes workbooks ExcelJS reads with the same values as the project’s reader', async () => {
    for (const i of [0, 1, 2, 3, 8]) {
      const w = corpusWorkbook(CORPUS_SEED, i);
      const ej = new ExcelJS.Workbook();
      await ej.xlsx.load(Buffer.from(w.bytes) as unknown as ArrayBuffer);
      // ExcelJS reads a formula with no cached value as its result null: the same blank.
      expect(diffAgainstExcelJs(readXlsx(w.bytes), ej)).toEqual([]);
    }
  });
});

describe('lists with no header that nobody could tell', () => {
  it('a one-unit list with no header is keyed as no table, with no counts and no defect', () => {
    // Workbook 103 of the fixed seed: "1 | ĐB xã Tân Thủy | Tốt" under a title block, alone.
    const w = corpusWorkbook(CORPUS_SEED, 103);
    const sheet = w.workbook.sheets.find((s) => s.name === 'TCCSĐ 2017');
    expect(sheet).toBeDefined();
    expect(w.key.tables.filter((t) => t.sheet === 'TCCSĐ 2017')).toEqual([]);
    expect(w.key.ratings.filter((r) => r.sheet === 'TCCSĐ 2017')).toEqual([]);
    expect(w.key.defects.filter((d) => d.sheet === 'TCCSĐ 2017')).toEqual([]);
  });
});
