/**
 * The written meetings formulas find a register's words as the engine reads them: with and
 * without diacritics ("Khong SH", "Da hop"), never a spelling the engine does not read as that
 * word; and they stay within Excel's 8,192 characters even where the month columns are split
 * (their values are checked in LibreOffice by
 * tests/system/plan/registerSpellingsRecalc.system.test.ts).
 */
import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { HELD_SPELLINGS, NOT_HELD_SPELLINGS } from '../../../src/core/plan/markSpellings';
import { heldWordsOrThematic } from '../../../src/core/plan/thematicMarkFormulas';
import { MAX_FORMULA, validatePlan } from '../../../src/core/plan/validatePlan';
import { HELD_TEXTS, markWord, NOT_HELD_TEXTS } from '../../../src/core/parse/monthMark';
import { resolveSettings } from '../../../src/core/settings';
import { checkFormula } from '../../helpers/excelDouble/formulaSyntax';
import { snapshotOf } from '../../helpers/snapshot';

describe("the formulas' spellings of a register's words", () => {
  it('hold every listed word and its spellings without diacritics', () => {
    expect(HELD_SPELLINGS).toEqual(expect.arrayContaining([...HELD_TEXTS, 'da hop', 'co sh']));
    expect(HELD_SPELLINGS).toEqual(expect.arrayContaining(['x+cd', 'x cd', 'thuong ky', 'd']));
    expect(NOT_HELD_SPELLINGS).toEqual(
      expect.arrayContaining([...NOT_HELD_TEXTS, 'khong sh', 'chua hop', 'hoan', 'nghi tet']),
    );
  });

  it('are each read by the engine as their word, and Wingdings letters only as typed', () => {
    for (const s of HELD_SPELLINGS) expect([s, markWord(s)]).toEqual([s, 'held']);
    for (const s of NOT_HELD_SPELLINGS) expect([s, markWord(s)]).toEqual([s, 'not-held']);
    // "ü" is Wingdings' tick; "u" is no register word.
    expect(markWord('u')).toBeNull();
    for (const letter of ['u', 'p']) {
      expect(HELD_SPELLINGS).not.toContain(letter);
      expect(NOT_HELD_SPELLINGS).not.toContain(letter);
    }
    expect(new Set(HELD_SPELLINGS).size).toBe(HELD_SPELLINGS.length);
  });

  it('are what the written formulas look up', () => {
    const f = heldWordsOrThematic("'SHCB 2024'!$C$3:$N$3");
    expect(f).toContain('"đã họp","da hop"');
    expect(f).toContain('"x+cđ","x+cd","x cd"');
    expect(() => checkFormula(f)).not.toThrow();
  });
});

describe('a register whose months are split by its quarter columns', () => {
  // Excel's longest sheet name, thematic marks in the months, and a quarter column after every
  // third month: four runs of months, each with the words listed again.
  const sheet = 'Theo dõi sinh hoạt chi bộ 2023';
  const header: Scalar[] = ['STT', 'Tên chi bộ'];
  const row = (n: number, word: string): Scalar[] => {
    const cells: Scalar[] = [n, `Chi bộ thôn ${n}`];
    for (let m = 1; m <= 12; m++) {
      cells.push(m % 3 === 0 ? 'x+CĐ' : m === 5 ? word : 'x');
      if (m % 3 === 0) cells.push('x');
    }
    return cells;
  };
  for (let m = 1; m <= 12; m++) {
    header.push(`Tháng ${m}`);
    if (m % 3 === 0) header.push(`Quý ${['I', 'II', 'III', 'IV'][m / 3 - 1]}`);
  }
  const snapshot = snapshotOf({
    name: sheet,
    rows: [
      ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2023'],
      header,
      row(1, 'Khong SH'),
      row(2, 'Da hop'),
      row(3, '?'),
    ],
  });
  const settings = resolveSettings({});
  const check = checkWorkbook(snapshot, settings);
  const plan = buildPlan(check, snapshot, settings);

  it('is read by the engine: the words without diacritics too', () => {
    expect(check.report.results.meetings.map((m) => m.regular)).toEqual([11, 12, 11]);
  });

  it('gets formulas within Excel’s length, or the engine’s value where one would not fit', () => {
    expect(() => validatePlan(plan)).not.toThrow();
    const meetings = plan.sheets.find((s) => s.key === 'meetings')!;
    const formulas = meetings.cells.flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.includes('"khong sh"'))).toBe(true);
    for (const f of formulas) expect(f.length).toBeLessThan(MAX_FORMULA);
    // The rows' cells keep the engine's counts, as formulas or as values.
    const regular = meetings.cells.filter((c) => c.cached === 11 || c.value === 11);
    expect(regular.length).toBeGreaterThanOrEqual(2);
  });
});
