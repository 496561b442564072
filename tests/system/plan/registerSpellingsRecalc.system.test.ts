import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { HELD_SPELLINGS, NOT_HELD_SPELLINGS } from '../../../src/core/plan/markSpellings';
import { HELD_TEXTS, NOT_HELD_TEXTS } from '../../../src/core/parse/monthMark';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { convert, requireLibreOffice } from '../../helpers/libreOffice';

/**
 * Every register word, with and without its diacritics and typed with a capital ("Khong SH",
 * "Da hop", "X+cd"), in May of an otherwise held year: the written meetings sheet, recalculated
 * by LibreOffice, gives the engine's regular meetings, months without records and verdict for
 * every row. Two registers: quarters in columns of their own, and thematic marks in the months
 * (the longer formulas of thematicMarkFormulas.ts).
 */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function addRegister(wb: ExcelJS.Workbook, name: string, words: string[], thematic: boolean) {
  const unit = thematic ? 'Chi bộ thôn' : 'Chi bộ số';
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = `THEO DÕI SINH HOẠT CHI BỘ NĂM ${name.slice(-4)}`;
  const months = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`);
  const quarters = thematic ? [] : ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
  ws.getRow(2).values = ['STT', 'Chi bộ', ...months, ...quarters];
  words.forEach((word, i) => {
    const marks = months.map((_, m) =>
      m === 4 ? capital(word) : thematic && m % 3 === 2 ? 'x+CĐ' : 'x',
    );
    ws.getRow(3 + i).values = [i + 1, `${unit} ${i + 1}`, ...marks, ...quarters.map(() => 'x')];
  });
}

describe('register words in every spelling the engine reads, recalculated by LibreOffice', () => {
  it('match the engine', async () => {
    requireLibreOffice();
    const words = [...HELD_SPELLINGS, ...NOT_HELD_SPELLINGS];
    // The spellings without diacritics are there, and more than the words as listed.
    expect(words).toEqual(expect.arrayContaining(['khong sh', 'da hop', 'x+cd', 'chua hop']));
    expect(words.length).toBeGreaterThan(HELD_TEXTS.length + NOT_HELD_TEXTS.length);
    const wb = new ExcelJS.Workbook();
    addRegister(wb, 'SHCB 2024', words, false);
    addRegister(wb, 'SHCB CĐ 2025', words, true);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const meetings = check.report.results.meetings;
    expect(meetings).toHaveLength(2 * words.length);
    // The engine reads each spelling as its word: 12 meetings for a held one, 11 otherwise.
    const held = new Set(HELD_SPELLINGS.map(capital));
    for (const m of meetings) {
      const typed = snapshot.sheets.find((s) => s.name === m.sheet)!.rows[m.row - 1]!.v[6];
      expect([typed, m.regular]).toEqual([typed, held.has(String(typed)) ? 12 : 11]);
    }

    const plan = buildPlan(check, snapshot, settings);
    const meetingsSheet = plan.sheets.find((s) => s.key === 'meetings')!;
    // Every row's regular count is a live formula (none fell back to the engine's value).
    const fellBack = meetingsSheet.cells.filter(
      (c) => c.col === 4 && !c.formula && typeof c.value === 'number',
    );
    expect(fellBack).toEqual([]);
    expect(meetingsSheet.cells.filter((c) => c.col === 4 && c.formula).length).toBeGreaterThan(
      meetings.length - 1,
    );
    const out = applyPlan(bytes, plan);
    const dir = convert(out, 'register-spellings-checked', 'xlsx');
    const recalculated = readXlsx(
      fs.readFileSync(path.join(dir, 'register-spellings-checked.xlsx')),
    );
    const sheet = recalculated.sheets.find((s) => s.name === meetingsSheet.name)!;
    const written = new Map<string, [unknown, unknown, unknown]>();
    for (const row of sheet.rows) {
      const link = row?.v[3];
      if (typeof link === 'string' && /^\d+$/.test(link))
        written.set(`${String(row!.v.find((v) => String(v).startsWith('Chi bộ')))}|${link}`, [
          row!.v[4],
          row!.v[5],
          row!.v[10],
        ]);
    }
    expect(written.size).toBe(meetings.length);
    for (const m of meetings) {
      const verdict =
        m.compliant === true ? 'Đạt' : m.compliant === false ? 'Không đạt' : 'Chưa đủ dữ liệu';
      const typed = snapshot.sheets.find((s) => s.name === m.sheet)!.rows[m.row - 1]!.v[6];
      expect([m.sheet, typed, written.get(`${m.unit}|${m.row}`)]).toEqual([
        m.sheet,
        typed,
        [m.regular, m.monthsWithoutData.length, verdict],
      ]);
    }
  }, 120_000);
});
