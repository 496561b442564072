import fc from 'fast-check';
import {
  canonicalTones,
  collapseSpaces,
  labelKey,
  nameKey,
  stripDiacritics,
  toNfc,
} from '../../../src/core/text/normalize';

const nfd = (s: string): string => s.normalize('NFD');

describe('toNfc', () => {
  it('composes decomposed text typed with the Windows Vietnamese keyboard', () => {
    const decomposed = nfd('Hòa Sơn');
    expect(decomposed).not.toBe('Hòa Sơn');
    expect(toNfc(decomposed)).toBe('Hòa Sơn');
  });
});

describe('canonicalTones', () => {
  // [input, expected]: the mark of open oa / oe / uy goes on the first vowel.
  const moved: [string, string][] = [
    ['Hoà', 'Hòa'],
    ['Hoá', 'Hóa'],
    ['hoả', 'hỏa'],
    ['hoã', 'hõa'],
    ['hoạ', 'họa'],
    ['khoẻ', 'khỏe'],
    ['Thuỷ', 'Thủy'],
    ['thuý', 'thúy'],
    ['Uỷ ban', 'Ủy ban'],
    ['Huyện uỷ Hữu Lũng', 'Huyện ủy Hữu Lũng'],
    ['HOÀ', 'HÒA'],
    ['THUỶ', 'THỦY'],
    ['KHOẺ', 'KHỎE'],
    ['oà khóc', 'òa khóc'],
    ['xã Hoà Sơn, Hoà Bình', 'xã Hòa Sơn, Hòa Bình'],
    ['(Hoà)', '(Hòa)'],
    ['Đoà', 'Đòa'],
  ];
  it.each(moved)('%s → %s', (input, expected) => {
    expect(canonicalTones(input)).toBe(expected);
    expect(canonicalTones(nfd(input))).toBe(expected);
    // The chosen placement is a fixed point.
    expect(canonicalTones(expected)).toBe(expected);
  });

  // Left alone: a final consonant, qu + y, three vowels, other nuclei, no mark at all.
  const untouched = [
    'Hoàng',
    'HOÀNG',
    'Thuyết',
    'Quỳnh',
    'Quý',
    'Quỳ',
    'quỷ',
    'QUÝ',
    'Huỳnh',
    'khuỷu',
    'ngoài',
    'xoáy',
    'Huế',
    'thuở',
    'quà',
    'Hoa',
    'Thuy',
    'Hòa Sơn',
    'Hữu Lũng',
    'Nguyễn',
    'toán',
    'khoèo',
  ];
  it.each(untouched)('%s is left as it is', (input) => {
    expect(canonicalTones(input)).toBe(input);
    expect(canonicalTones(nfd(input))).toBe(input);
  });

  it('returns NFC', () => {
    expect(canonicalTones(nfd('Đồng Tiến'))).toBe('Đồng Tiến');
  });
});

describe('stripDiacritics', () => {
  it.each([
    ['Đảng Cộng sản Việt Nam', 'Dang Cong san Viet Nam'],
    ['đồng chí', 'dong chi'],
    ['Hữu Lũng', 'Huu Lung'],
    ['TỔNG CỘNG', 'TONG CONG'],
    ['Quý I', 'Quy I'],
    ['abc 123', 'abc 123'],
  ])('%s → %s', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected);
    expect(stripDiacritics(nfd(input))).toBe(expected);
  });
});

describe('collapseSpaces', () => {
  it.each([
    ['  Hòa   Sơn  ', 'Hòa Sơn'],
    ['Hòa\u00A0Sơn', 'Hòa Sơn'],
    ['Hòa\tSơn\n', 'Hòa Sơn'],
    ['\u200BHòa Sơn\uFEFF', 'Hòa Sơn'],
    ['Hòa \u200B Sơn', 'Hòa Sơn'],
    ['Hòa\u2003\u202FSơn', 'Hòa Sơn'],
    ['', ''],
    ['   ', ''],
    // The soft hyphen is TCVN3's "ư": it must survive.
    ['H\u00ADu', 'H\u00ADu'],
  ])('%j → %j', (input, expected) => {
    expect(collapseSpaces(input)).toBe(expected);
  });
});

describe('nameKey', () => {
  // Each group must give one key, and different groups different keys.
  const groups: string[][] = [
    [
      'Hòa Sơn',
      'Hoà Sơn',
      'Đảng bộ xã Hòa Sơn',
      'ĐẢNG BỘ XÃ HOÀ SƠN',
      'xã Hoà Sơn',
      'Xã Hòa Sơn',
      'Hòa  Sơn',
      nfd('Hòa Sơn'),
      nfd('Đảng bộ xã Hoà Sơn'),
      ' Hòa\u00A0Sơn. ',
      '"Hòa Sơn"',
      '“Hòa Sơn”',
      'Hòa Sơn (đơn vị điểm)',
      'Hòa Sơn (điểm (mới))',
      '- Hòa Sơn',
      'Đảng ủy xã Hòa Sơn',
      'Chi bộ Hòa Sơn',
      '1. Hòa Sơn',
      '12) Đảng bộ xã Hòa Sơn',
    ],
    ['Hóa Sơn', 'xã Hóa Sơn', 'Hoá Sơn'],
    ['Hoa Sơn', 'Đảng bộ xã Hoa Sơn'],
    ['Hòa Bình', 'Đảng bộ xã Hoà Bình'],
    ['Thôn Đồng Bé', 'Chi bộ Thôn Đồng Bé', 'chi bộ thôn Đồng Bé', nfd('Chi bộ Thôn Đồng Bé')],
    ['Hữu Lũng', 'thị trấn Hữu Lũng', 'Đảng bộ thị trấn Hữu Lũng', 'Thị Trấn Hữu Lũng'],
    ['Chi Lăng', 'phường Chi Lăng', 'Đảng bộ phường Chi Lăng'],
    ['Thủy Sơn', 'Thuỷ Sơn', 'xã Thuỷ Sơn'],
    ['Quý Sơn', 'xã Quý Sơn'],
    ['Đồng Tiến', 'Đảng bộ xã Đồng Tiến'],
    ['Đồng Tân'],
    ['Công an huyện', 'Đảng bộ Công an huyện', 'Chi bộ cơ sở Công an huyện'],
    ['Xã'],
    ['Thôn 1', 'Chi bộ thôn 1', 'Chi bộ Thôn 1.'],
    ['Thôn 2'],
    ['1.5'],
    ['2.5'],
  ];
  const keys = groups.map((g) => g.map(nameKey));

  it.each(groups.map((g, i) => [g[0]!, i] as const))('variants of %s share one key', (_, i) => {
    const own = keys[i]!;
    expect(new Set(own).size).toBe(1);
    expect(own[0]).not.toBe('');
  });

  it('keeps different names apart (Hòa, Hóa, Hoa are three communes)', () => {
    const firsts = keys.map((k) => k[0]);
    expect(new Set(firsts).size).toBe(groups.length);
  });

  it('gives a readable key', () => {
    expect(nameKey('Đảng bộ xã Hoà Sơn')).toBe('hòa sơn');
    expect(nameKey('Chi bộ Thôn Đồng Bé')).toBe('thôn đồng bé');
    expect(nameKey('Xã')).toBe('xã');
    // Found by the property test below: removing the invisible character makes a pair.
    expect(nameKey('Ho\u200Bà')).toBe('hòa');
    expect(nameKey("Ho'à")).toBe('hòa');
  });

  it('does not strip a prefix word that is the start of a longer word', () => {
    expect(nameKey('Xãa Sơn')).toBe('xãa sơn');
    expect(nameKey('Phường Sơn')).toBe('sơn');
    expect(nameKey('Chi Lăng')).toBe('chi lăng');
  });
});

describe('labelKey', () => {
  it.each([
    ['Tổng cộng', 'tong cong'],
    ['TỔNG CỘNG:', 'tong cong'],
    ['STT', 'stt'],
    ['S.L', 's l'],
    ['SL', 'sl'],
    ['Quý I', 'quy i'],
    ['QUÝ  IV', 'quy iv'],
    ['Tỷ lệ (%)', 'ty le'],
    ['%', ''],
    ['Xếp loại năm 2020', 'xep loai nam 2020'],
    ['T/M Ban Thường vụ', 't m ban thuong vu'],
    [nfd('Người lập biểu'), 'nguoi lap bieu'],
    ['Hoàn thành xuất sắc\nnhiệm vụ', 'hoan thanh xuat sac nhiem vu'],
    ['Đảng bộ\u00A0xã', 'dang bo xa'],
    ['Hòa\u200BSơn', 'hoason'],
    ['“Tổng cộng” – 2020…', 'tong cong 2020'],
    ['Ghi chú:\tĐạt', 'ghi chu dat'],
    ['Straße', 'straße'],
  ])('%j → %j', (input, expected) => {
    expect(labelKey(input)).toBe(expected);
  });
});

describe('fast paths agree with the plain definitions', () => {
  // An alphabet that exercises them: Vietnamese letters in both forms, spaces of all kinds,
  // zero-width characters, punctuation, other Latin letters.
  const alphabet = [
    ...'aAăâđĐeêioôơuưyHòaSơnĐồngTiếnHữuLũngQuýThủyhoàkhoẻÆßøñ',
    ...'Hòa'.normalize('NFD'),
    ' ',
    '  ',
    '\u00A0',
    '\t',
    '\n',
    '\u200B',
    '\uFEFF',
    '\u2003',
    '.',
    ',',
    '%',
    '(',
    ')',
    '“',
    '–',
    '\u0301',
    '\u0323',
  ];
  const text = fc
    .array(fc.constantFrom(...alphabet), { maxLength: 24 })
    .map((parts) => parts.join(''));

  const plainStrip = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .normalize('NFC');
  const plainCollapse = (s: string): string =>
    s
      .replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, '')
      .replace(/\s+/g, ' ')
      .trim();

  it('stripDiacritics', () => {
    fc.assert(
      fc.property(text, (s) => stripDiacritics(s) === plainStrip(s)),
      { numRuns: 3000 },
    );
  });

  it('collapseSpaces', () => {
    fc.assert(
      fc.property(text, (s) => collapseSpaces(s) === plainCollapse(s)),
      {
        numRuns: 3000,
      },
    );
  });

  it('canonicalTones changes nothing but the placement', () => {
    fc.assert(
      fc.property(text, (s) => {
        const c = canonicalTones(s);
        return c === c.normalize('NFC') && plainStrip(c) === plainStrip(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('keys are idempotent', () => {
    fc.assert(
      fc.property(
        text,
        (s) => labelKey(labelKey(s)) === labelKey(s) && nameKey(nameKey(s)) === nameKey(s),
      ),
      { numRuns: 3000 },
    );
    // Nested notes once made the key of a key shorter than the key.
    for (const s of ['(())', '[[x]]', 'Hòa Sơn (a (b) c)'])
      expect(nameKey(nameKey(s))).toBe(nameKey(s));
  });
});
