/**
 * Issue #10: registers without month columns: the year's regular meetings as one typed count
 * ("12/12", "11 buổi"), each quarter naming its thematic meeting's topic (wild family
 * register-count-topics).
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { yearCountFromText } from '../../../src/core/parse/yearCount';
import { classifyHeader } from '../../../src/core/recognize/vocabulary';
import { labelKey } from '../../../src/core/text/normalize';
import { checkBytes } from '../../../tools/wild/check';
import { ROUND3_FAMILIES } from '../../../tools/wild/families/round3';
import { Rng } from '../../../tools/random';
import { scoreReport } from '../../../tools/wild/score';
import { checkSpecs as check } from '../../helpers/checkSpecs';

const TOPIC = 'Công tác phát triển đảng viên';
const T4: Scalar[] = [TOPIC, 'Xây dựng nông thôn mới', TOPIC, 'Công tác dân vận'];

function register(countHeader: string, rows: [string, Scalar, Scalar[]][]): Scalar[][] {
  return [
    ['TỔNG HỢP KẾT QUẢ SINH HOẠT CHI BỘ NĂM 2022'],
    ['STT', 'Chi bộ', countHeader, 'Sinh hoạt chuyên đề', null, null, null, 'Đánh giá'],
    [null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', null],
    ...rows.map(([cell, count, quarters], i): Scalar[] => [i + 1, cell, count, ...quarters, 'Đạt']),
  ];
}
const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:G2', 'H2:H3'];

function meetingIssues(report: ReturnType<typeof check>): string[] {
  return report.issues
    .filter((i) => i.rule.startsWith('meeting.'))
    .map((i) => `${i.rule} ${i.severity} ${i.cell ?? ''}`);
}

describe('a register with a yearly count and topics by quarter', () => {
  it.each([
    'Số buổi sinh hoạt thường kỳ',
    'SH thường kỳ (buổi)',
    'Số lần SH',
    'Sinh hoạt thường kỳ (số buổi)',
    'Số buổi SH thường kỳ',
  ])('is read as a register under "%s"', (header) => {
    const report = check({
      name: 'SHCB',
      rows: register(header, [
        ['Chi bộ thôn Đông', '12/12', T4],
        ['Chi bộ thôn Tây', '11 buổi', T4],
        ['Chi bộ thôn Nam', 12, [TOPIC, null, TOPIC, TOPIC]],
        ['Chi bộ thôn Bắc', '11/12 buổi', ['x', '0', '-', 'không']],
      ]),
      merges,
    });
    expect(report.tables.map((t) => t.kind)).toEqual(['meeting-register']);
    expect(
      report.results.meetings.map((m) => [m.unit, m.regular, m.thematicByQuarter, m.compliant]),
    ).toEqual([
      ['Chi bộ thôn Đông', 12, [1, 1, 1, 1], true],
      ['Chi bộ thôn Tây', 11, [1, 1, 1, 1], false],
      ['Chi bộ thôn Nam', 12, [1, 0, 1, 1], false],
      ['Chi bộ thôn Bắc', 11, [1, 0, 0, 0], false],
    ]);
    expect(meetingIssues(report)).toEqual([
      'meeting.regular-short warning C5',
      'meeting.thematic-short warning E6',
      'meeting.regular-short warning C7',
      'meeting.thematic-short warning E7',
      'meeting.thematic-short warning F7',
      'meeting.thematic-short warning G7',
    ]);
  });

  it('an unreadable count leaves the verdict unknown, with one info at the count', () => {
    const report = check({
      name: 'SHCB',
      rows: register('Số buổi SH thường kỳ', [
        ['Chi bộ thôn Đông', '12/12', T4],
        ['Chi bộ thôn Tây', 'đủ', T4],
        ['Chi bộ thôn Nam', '12', ['?', TOPIC, TOPIC, TOPIC]],
        ['Chi bộ thôn Bắc', '12/12', T4],
      ]),
      merges,
    });
    expect(report.results.meetings.map((m) => [m.regular, m.compliant])).toEqual([
      [12, true],
      [0, null],
      [12, null],
      [12, true],
    ]);
    expect(meetingIssues(report)).toEqual(['meeting.no-data info C5', 'meeting.no-data info D6']);
    expect(report.issues.find((i) => i.rule === 'meeting.no-data')?.messages.en).toContain('"đủ"');
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('is no register without quarter columns, nor with counts that are not counts', () => {
    const noQuarters = check({
      name: 'SHCB',
      rows: [
        ['DANH SÁCH CHI BỘ NĂM 2022'],
        ['STT', 'Chi bộ', 'Số buổi SH thường kỳ', 'Ghi chú'],
        [1, 'Chi bộ thôn Đông', '12/12', ''],
        [2, 'Chi bộ thôn Tây', '11 buổi', ''],
      ],
    });
    expect(noQuarters.results.meetings).toEqual([]);
    const words = check({
      name: 'SHCB',
      rows: register('Số buổi SH thường kỳ', [
        ['Chi bộ thôn Đông', 'Đầy đủ', T4],
        ['Chi bộ thôn Tây', 'Đầy đủ', T4],
        ['Chi bộ thôn Nam', 'Thiếu', T4],
      ]),
      merges,
    });
    expect(words.results.meetings).toEqual([]);
    expect(words.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reads the count typed as the part before a slash or without its word', () => {
    expect(
      ['12/12', ' 11 / 12 ', '11 buổi', '10 Buổi', '12 lần', '9', '11/12 buổi'].map(
        yearCountFromText,
      ),
    ).toEqual([12, 11, 11, 10, 12, 9, 11]);
    expect(['đủ', '?', '/12', 'mười hai', '12 cuộc'].map(yearCountFromText)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('knows the count headers, not the group over month columns', () => {
    const role = (...raw: string[]) => classifyHeader(raw, raw.map(labelKey))?.role;
    expect(role('Số lần SH')).toBe('regularCount');
    expect(role('SH thường kỳ (buổi)')).toBe('regularCount');
    expect(role('Sinh hoạt thường kỳ', 'Số buổi')).toBe('regularCount');
    expect(role('Sinh hoạt thường kỳ', 'T1')).toBe('month');
  });
});

describe('the wild family register-count-topics', () => {
  const family = ROUND3_FAMILIES.find((f) => f.name === 'register-count-topics')!;

  it('every planted defect found and every row read, no false error', async () => {
    let defects = 0;
    let found = 0;
    let rows = 0;
    let right = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const made = family.make(new Rng(seed * 7919));
      const bytes = new Uint8Array((await made.workbook.xlsx.writeBuffer()) as ArrayBuffer);
      const score = scoreReport(made.key, checkBytes(bytes, `rct-${seed}.xlsx`));
      defects += score.defectsKeyed;
      found += score.defectsFound;
      rows += score.meetingsKeyed;
      right += score.meetingsRight;
      expect(score.falseErrors).toEqual([]);
    }
    expect(defects).toBeGreaterThan(5);
    expect([found, right]).toEqual([defects, rows]);
  });
});
