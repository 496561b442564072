import {
  gradeSpellings,
  LEVELS,
  levelLabel,
  recognizeGrade,
  suggestGrade,
  type Level,
  type Scheme,
} from '../../../src/core/text/grades';

const nfd = (s: string): string => s.normalize('NFD');

const HTXS = 'Hoàn thành xuất sắc nhiệm vụ';
const HTT = 'Hoàn thành tốt nhiệm vụ';
const HTNV = 'Hoàn thành nhiệm vụ';
const KHT = 'Không hoàn thành nhiệm vụ';

type Expected = [level: Level, scheme: Scheme | 'any', canonical: string];

// valid: text → what it must be recognized as.
const valid: [string, Expected][] = [
  [HTXS, ['excellent', '2018', HTXS]],
  ['HTXSNV', ['excellent', '2018', HTXS]],
  ['Xuất sắc', ['excellent', '2018', HTXS]],
  ['HTXS', ['excellent', '2018', HTXS]],
  ['XS', ['excellent', '2018', HTXS]],
  ['xs', ['excellent', '2018', HTXS]],
  [HTT, ['good', 'any', HTT]],
  ['HTTNV', ['good', 'any', HTT]],
  ['Tốt', ['good', 'any', HTT]],
  ['HTT', ['good', 'any', HTT]],
  [HTNV, ['pass', 'any', HTNV]],
  ['HTNV', ['pass', 'any', HTNV]],
  ['HT', ['pass', 'any', HTNV]],
  [KHT, ['fail', '2018', KHT]],
  ['KHTNV', ['fail', '2018', KHT]],
  ['Không HT', ['fail', '2018', KHT]],
  ['KHT', ['fail', '2018', KHT]],
  ['Trong sạch, vững mạnh', ['excellent', 'pre-2018', 'Trong sạch, vững mạnh']],
  ['Trong sạch vững mạnh', ['excellent', 'pre-2018', 'Trong sạch, vững mạnh']],
  ['TSVM', ['excellent', 'pre-2018', 'Trong sạch, vững mạnh']],
  ['Trong sạch, vững mạnh tiêu biểu', ['excellent', 'pre-2018', 'Trong sạch, vững mạnh tiêu biểu']],
  [
    'Trong sạch, vững mạnh (tiêu biểu)',
    ['excellent', 'pre-2018', 'Trong sạch, vững mạnh tiêu biểu'],
  ],
  ['TSVM tiêu biểu', ['excellent', 'pre-2018', 'Trong sạch, vững mạnh tiêu biểu']],
  ['Yếu kém', ['fail', 'pre-2018', 'Yếu kém']],
  [
    'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ',
    ['excellent', 'pre-2018', 'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ'],
  ],
  [
    'Đủ tư cách, hoàn thành tốt nhiệm vụ',
    ['good', 'pre-2018', 'Đủ tư cách, hoàn thành tốt nhiệm vụ'],
  ],
  ['Đủ tư cách, hoàn thành nhiệm vụ', ['pass', 'pre-2018', 'Đủ tư cách, hoàn thành nhiệm vụ']],
  [
    'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ',
    ['fail', 'pre-2018', 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ'],
  ],
  // Tolerances: case, spacing, commas, trailing period, NFD, no diacritics at all.
  ['hoàn thành tốt nhiệm vụ', ['good', 'any', HTT]],
  ['HOÀN THÀNH TỐT NHIỆM VỤ', ['good', 'any', HTT]],
  ['  Hoàn  thành\u00A0tốt nhiệm vụ  ', ['good', 'any', HTT]],
  ['Hoàn thành tốt nhiệm vụ.', ['good', 'any', HTT]],
  ['Hoàn thành, tốt nhiệm vụ', ['good', 'any', HTT]],
  [nfd(HTT), ['good', 'any', HTT]],
  [nfd(HTXS), ['excellent', '2018', HTXS]],
  ['Hoan thanh tot nhiem vu', ['good', 'any', HTT]],
  ['HOAN THANH XUAT SAC NHIEM VU', ['excellent', '2018', HTXS]],
  ['Khong hoan thanh nhiem vu', ['fail', '2018', KHT]],
  ['Yeu kem', ['fail', 'pre-2018', 'Yếu kém']],
  ['Trong sach, vung manh', ['excellent', 'pre-2018', 'Trong sạch, vững mạnh']],
  ['Tot', ['good', 'any', HTT]],
  ['httnv.', ['good', 'any', HTT]],
  ['Không  HT', ['fail', '2018', KHT]],
  ['Hoàn thành tốt NV', ['good', 'any', HTT]],
  ['HTXS NV', ['excellent', '2018', HTXS]],
  ['KHT NV', ['fail', '2018', KHT]],
  ['ĐTC, HTTNV', ['good', 'pre-2018', 'Đủ tư cách, hoàn thành tốt nhiệm vụ']],
  ['TSVM TB', ['excellent', 'pre-2018', 'Trong sạch, vững mạnh tiêu biểu']],
  [
    'Vi phạm tư cách, hoặc không hoàn thành nhiệm vụ',
    ['fail', 'pre-2018', 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ'],
  ],
  ['VPTC', ['fail', 'pre-2018', 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ']],
  // Both tone placements ("uỷ"/"ủy" does not occur in grade names, but the form must hold).
  [
    nfd('Đủ tư cách hoàn thành tốt nhiệm vụ'),
    ['good', 'pre-2018', 'Đủ tư cách, hoàn thành tốt nhiệm vụ'],
  ],
];

// invalid: texts that are not grades, including real typos.
const invalid = [
  '',
  '   ',
  'HTTVN',
  'Hoàn thành tôt nhiệm vụ',
  'Hoàn thành tốt nhiệm vu',
  'Hoàn thành tốt nhiêm vụ',
  'Hoan thanh tôt nhiem vu',
  'abc',
  'Người lập biểu',
  'Tổng cộng',
  'Hòa Sơn',
  'x',
  '12',
  'HTTNV 2020',
  'Miễn đánh giá',
  'Tột',
];

describe('recognizeGrade', () => {
  it.each(valid)('%j is recognized', (text, [level, scheme, canonical]) => {
    expect(recognizeGrade(text)).toEqual({ level, scheme, canonical });
  });

  it.each(invalid.map((t) => [t]))('%j is not a grade', (text) => {
    expect(recognizeGrade(text)).toBeNull();
  });

  it('recognizes every COUNTIFS spelling as its own level', () => {
    for (const level of LEVELS) {
      for (const scheme of ['pre-2018', '2018'] as const) {
        for (const s of gradeSpellings(level, scheme)) {
          const g = recognizeGrade(s);
          expect({ s, level: g?.level }).toEqual({ s, level });
          expect(g!.scheme === 'any' || g!.scheme === scheme).toBe(true);
        }
      }
    }
  });
});

describe('suggestGrade', () => {
  it.each([
    ['HTTVN', HTT],
    ['HTXSVN', HTXS],
    ['KTHNV', KHT],
    ['Hoàn thành tôt nhiệm vu', HTT],
    ['Hoàn thành tôt nhiệm vụ', HTT],
    ['Hoàn thanh xuât săc nhiêm vu', HTXS],
    ['Hoàn thàn tốt nhiệm vụ', HTT],
    ['Hòan thành nhiệm vụ', HTNV],
    ['Không hoàn thành nhiêm vụ', KHT],
    ['Trong sạch vưng mạnh', 'Trong sạch, vững mạnh'],
    ['Yếu kem', 'Yếu kém'],
    ['Tôt', HTT],
    // A recognized grade suggests itself.
    ['HTTNV', HTT],
  ])('%j → %j', (text, expected) => {
    expect(suggestGrade(text)).toBe(expected);
  });

  it.each([
    ['abc'],
    ['Người lập biểu'],
    [''],
    ['Tổng cộng'],
    ['Hòa Sơn'],
    ['x'],
    ['Không'],
    ['STT'],
    ['SL'],
    ['TT'],
    ['HTX'],
  ])('%j → null', (text) => {
    expect(suggestGrade(text)).toBeNull();
  });
});

describe('LEVELS and levelLabel', () => {
  it('orders levels from excellent to fail', () => {
    expect(LEVELS).toEqual(['excellent', 'good', 'pass', 'fail']);
  });

  it.each([
    ['excellent', '2018', 'vi', HTXS],
    ['good', '2018', 'vi', HTT],
    ['pass', '2018', 'vi', HTNV],
    ['fail', '2018', 'vi', KHT],
    ['excellent', 'pre-2018', 'vi', 'Trong sạch, vững mạnh'],
    ['good', 'pre-2018', 'vi', HTT],
    ['fail', 'pre-2018', 'vi', 'Yếu kém'],
    ['excellent', '2018', 'en', 'Completed tasks excellently'],
    ['good', '2018', 'en', 'Completed tasks well'],
    ['pass', '2018', 'en', 'Completed tasks'],
    ['fail', '2018', 'en', 'Did not complete tasks'],
  ] as [Level, Scheme, 'vi' | 'en', string][])(
    '%s / %s / %s → %s',
    (level, scheme, lang, label) => {
      expect(levelLabel(level, scheme, lang)).toBe(label);
    },
  );

  it('names pre-2018 member grades when asked', () => {
    expect(levelLabel('fail', 'pre-2018', 'vi', 'member')).toBe(
      'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ',
    );
  });

  it('every vi label is recognized as its level', () => {
    for (const scheme of ['pre-2018', '2018'] as const) {
      for (const level of LEVELS) {
        for (const subject of ['organization', 'member'] as const) {
          expect(recognizeGrade(levelLabel(level, scheme, 'vi', subject))?.level).toBe(level);
        }
      }
    }
  });
});

describe('gradeSpellings', () => {
  it('lists full names, abbreviations and short forms for the 2018 scheme', () => {
    expect(gradeSpellings('excellent', '2018')).toEqual(
      expect.arrayContaining([HTXS, 'HTXSNV', 'Xuất sắc', 'HTXS', 'XS']),
    );
    expect(gradeSpellings('good', '2018')).toEqual(
      expect.arrayContaining([HTT, 'HTTNV', 'Tốt', 'HTT']),
    );
    expect(gradeSpellings('pass', '2018')).toEqual(expect.arrayContaining([HTNV, 'HTNV', 'HT']));
    expect(gradeSpellings('fail', '2018')).toEqual(
      expect.arrayContaining([KHT, 'KHTNV', 'Không HT', 'KHT']),
    );
  });

  it('keeps the schemes apart', () => {
    expect(gradeSpellings('excellent', 'pre-2018')).toEqual(
      expect.arrayContaining(['Trong sạch, vững mạnh', 'TSVM']),
    );
    expect(gradeSpellings('excellent', 'pre-2018')).not.toContain(HTXS);
    expect(gradeSpellings('excellent', '2018')).not.toContain('TSVM');
    expect(gradeSpellings('fail', 'pre-2018')).toContain('Yếu kém');
    expect(gradeSpellings('fail', 'pre-2018')).not.toContain(KHT);
    expect(gradeSpellings('good', 'pre-2018')).toEqual(expect.arrayContaining([HTT, 'HTT', 'Tốt']));
  });

  it('never lists one text twice for COUNTIFS, which ignores case', () => {
    for (const scheme of ['pre-2018', '2018'] as const) {
      const all = LEVELS.flatMap((l) => gradeSpellings(l, scheme)).map((s) => s.toLowerCase());
      expect(new Set(all).size).toBe(all.length);
      expect(all.some((s) => /[*?~]/.test(s))).toBe(false);
    }
  });
});
