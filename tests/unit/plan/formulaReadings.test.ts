/**
 * What the written formulas must read as the engine does (their values are checked in
 * LibreOffice by tests/system/plan/round6ReadingsRecalc and legacyMarksRecalc): the pieces that
 * need no spreadsheet to check.
 */
import { checkWorkbook } from '../../../src/core/engine';
import { readMeetingKind, topicIsThematic } from '../../../src/core/parse/logCells';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { yearCriterion } from '../../../src/core/plan/formulas';
import { resolveSettings } from '../../../src/core/settings';
import { decodeTcvn3, decodeVni } from '../../../src/core/text/legacy';
import { encodeLegacy, withLegacySpellings } from '../../../src/core/text/legacyEncode';
import { checkFormula } from '../../helpers/excelDouble/formulaSyntax';
import { snapshotOf } from '../../helpers/snapshot';

describe('a log whose content names the thematic meeting', () => {
  it.each(['SHCĐ quý I: Học tập và làm theo tư tưởng', 'SH CĐ quý II', 'Chuyên đề quý III'])(
    'is thematic: %s',
    (text) => {
      expect(topicIsThematic(text)).toBe(true);
      expect(readMeetingKind(text)).toBe('thematic');
    },
  );

  it.each(['Sinh hoạt thường kỳ tháng 3', 'SH thường kỳ tháng 3/2024', 'Kết nạp đảng viên'])(
    'is not: %s',
    (text) => {
      expect(topicIsThematic(text)).toBe(false);
      expect(readMeetingKind(text)).not.toBe('thematic');
    },
  );
});

describe('a year in a COUNTIFS', () => {
  it('is asked as text, which matches the number and the text alike', () => {
    expect(yearCriterion(2020)).toBe('"2020"');
  });

  it('is also asked in each other spelling the year cells hold ("Năm 2018")', () => {
    const snapshot = snapshotOf({
      name: 'Tổng hợp',
      rows: [
        ['STT', 'Tên tổ chức cơ sở đảng', 'Năm', 'Xếp loại'],
        [1, 'Đảng bộ xã Hòa Thắng', 'Năm 2018', 'Hoàn thành tốt nhiệm vụ'],
        [2, 'Đảng bộ xã Minh Sơn', 2018, 'Hoàn thành tốt nhiệm vụ'],
        [3, 'Đảng bộ xã Thanh Sơn', '2018', 'Hoàn thành xuất sắc nhiệm vụ'],
        [4, 'Đảng bộ xã Hồ Sơn', 2018, 'Hoàn thành nhiệm vụ'],
      ],
    });
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const plan = buildPlan(check, snapshot, settings);
    const summary = plan.sheets.find((s) => s.key === 'summary')!;
    const good = summary.cells.find(
      (c) => c.formula?.includes('COUNTIFS') && c.formula.includes('tốt') && c.cached === 2,
    );
    expect(good?.formula).toContain('"2018"');
    expect(good?.formula).toContain('"=Năm 2018"');
  });
});

describe('grades pasted from Word with a line break', () => {
  it('are one criterion, as Excel and LibreOffice read the cells (CR LF as LF)', () => {
    const snapshot = snapshotOf({
      name: 'XL 2023',
      rows: [
        ['XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
        [1, 'Đảng bộ xã Hòa Thắng', 'HTTNV\r\n'],
        [2, 'Đảng bộ xã Minh Sơn', 'HTTNV\n'],
        [3, 'Đảng bộ xã Thanh Sơn', 'HTTNV'],
        [4, 'Đảng bộ xã Hồ Sơn', 'HTXSNV'],
      ],
    });
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const plan = buildPlan(check, snapshot, settings);
    const summary = plan.sheets.find((s) => s.key === 'summary')!;
    const good = summary.cells.find((c) => c.formula?.includes('"=HTTNV"'));
    expect(good?.formula).not.toContain('\r');
    expect(good?.formula?.split('"=HTTNV\n"').length).toBe(2);
  });
});

describe('legacy spellings of a register word', () => {
  it.each(['có', 'không', 'đã họp', 'chưa sinh hoạt', 'Hoàn thành tốt nhiệm vụ', 'ướt ỵ'])(
    'decode back to the word: %s',
    (word) => {
      // TCVN3 has no toned capitals: they come back in lower case.
      expect(decodeTcvn3(encodeLegacy(word, 'tcvn3')).toLowerCase()).toBe(word.toLowerCase());
      expect(decodeVni(encodeLegacy(word, 'vni'))).toBe(word);
    },
  );

  it('are added only for a sheet in a legacy encoding, in lower case', () => {
    expect(withLegacySpellings(['có'], null)).toEqual(['có']);
    expect(withLegacySpellings(['Có'], 'tcvn3')).toEqual(['Có', 'cã']);
  });
});

describe('the meetings sheet of a register without communes or pilots', () => {
  const months = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`);
  const snapshot = snapshotOf({
    name: 'SH 2024',
    rows: [
      ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2024'],
      ['STT', 'Chi bộ', ...months, 'Quý I', 'Quý II', 'Quý III', 'Quý IV'],
      [1, 'Chi bộ thôn Đông', ...months.map(() => '40'), 46000, '15.2.2024', 'x', 'x'],
      [
        2,
        'Chi bộ thôn Tây',
        ...months.map((_, m) => (m === 3 ? '0/31' : '9.1')),
        'x',
        'x',
        'x',
        'x',
      ],
    ],
  });
  const settings = resolveSettings({});
  const check = checkWorkbook(snapshot, settings);
  const plan = buildPlan(check, snapshot, settings);
  const meetings = plan.sheets.find((s) => s.key === 'meetings')!;

  it('counts no row as a pilot commune’s: a blank commune is not {""}', () => {
    const formulas = meetings.cells.flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.includes('{""}'))).toBe(false);
  });

  it('reads counts as text, days with dots, dates in quarters and "0/31" as the engine', () => {
    expect(check.report.results.meetings.map((m) => [m.regular, m.thematicByQuarter])).toEqual([
      [12, [1, 1, 1, 1]],
      [11, [1, 1, 1, 1]],
    ]);
    for (const c of meetings.cells)
      if (c.formula) expect(() => checkFormula(c.formula!)).not.toThrow();
  });
});
