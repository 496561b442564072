/**
 * Board layouts written by openpyxl (as Python report tools and other people's scripts write
 * them: inline strings, formulas with no cached value, a hidden sheet, data validation), made by
 * make_board_layouts.py and read as a user's file is: every finding and count is what a reader of
 * the sheet would say, and nothing else is raised.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { python } from '../xlsx-write/cliRunner';

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-board-layouts-'));

beforeAll(() => {
  execFileSync(python(), [path.join(__dirname, 'make_board_layouts.py'), DIR]);
});

afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));

function check(file: string) {
  const snapshot = readXlsx(new Uint8Array(fs.readFileSync(path.join(DIR, file))));
  const { report } = checkWorkbook(snapshot, resolveSettings({}));
  const found = report.issues.map((f) => `${f.rule} ${f.sheet}!${f.cell ?? f.row ?? ''}`);
  const counts = report.results.ratings.map((r) => [r.year, r.counts, r.total]);
  return { report, found, counts };
}

describe('openpyxl-made board workbooks', () => {
  it('tick columns under a merged grade, a Cộng row of formulas, dated lines under the title', () => {
    const { found, counts } = check('ticks.xlsx');
    expect(found).toEqual([]);
    expect(counts).toEqual([
      [2019, { excellent: 2, good: 5, pass: 2, fail: 1 }, 10],
      [2020, { excellent: 3, good: 5, pass: 2, fail: 0 }, 10],
    ]);
  });

  it('a register: two missed months and a missed thematic meeting, nothing else', () => {
    const { found, report } = check('register.xlsx');
    expect(found).toEqual([
      'meeting.regular-short So SH 2021!D7',
      'meeting.thematic-short So SH 2021!Q9',
    ]);
    const meetings = report.results.meetings;
    expect(meetings.filter((m) => m.compliant === true)).toHaveLength(5);
    expect(meetings.find((m) => m.unit === 'Chi bộ ấp Hòa Bình')?.regular).toBe(10);
  });

  it('a hidden "DM" sheet listing the grades for a drop-down is not a list', () => {
    const { found, counts } = check('lookup.xlsx');
    expect(found).toEqual(['sheet.unrecognized DM!']);
    expect(counts).toEqual([[2020, { excellent: 3, good: 5, pass: 2, fail: 0 }, 10]]);
  });

  it('a member exempt in the notes is left out without a warning; the 20% limit is said', () => {
    const { found, counts } = check('members.xlsx');
    expect(found).toEqual(['grade.excellent-cap DV 2023!B5']);
    expect(counts).toEqual([[2023, { excellent: 6, good: 10, pass: 3, fail: 0 }, 19]]);
  });

  it('a 2025 score sheet: the one grade its score contradicts', () => {
    const { found } = check('scores-2025.xlsx');
    expect(found).toEqual(['grade.score-mismatch Nam 2025!E11']);
  });
});
