import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  detectEncoding,
  fontEncoding,
} from '../../../src/core/text/legacy';
import { encodeTcvn3, encodeVni, LETTERS, tcvn3Writable } from './legacyTables';

/** Copies of /work/shared/seed-article-vi.txt and domain.md, so the unit tier stands alone. */
const SHARED = join(__dirname, 'corpus');
const article = readFileSync(join(SHARED, 'seed-article-vi.txt'), 'utf8');
const domain = readFileSync(join(SHARED, 'domain.md'), 'utf8');

/** Sentences of a text: split at end punctuation and line breaks. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…:])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Vietnamese words (letters only) of a text. */
function words(text: string): string[] {
  return [...text.normalize('NFC').matchAll(/\p{L}+/gu)].map((m) => m[0]);
}

describe('the examples of domain.md', () => {
  it.each([
    ['Hßa S¬n', 'Hòa Sơn'],
    ['§ång TiÕn', 'Đồng Tiến'],
    ['H÷u Lòng', 'Hữu Lũng'],
    ['§¶ng Céng s¶n ViÖt Nam', 'Đảng Cộng sản Việt Nam'],
  ])('TCVN3 %j is %j', (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
    expect(detectEncoding(legacy)).toBe('tcvn3');
    expect(decodeLegacy(legacy)).toEqual({ text: unicode, encoding: 'tcvn3' });
  });

  it.each([
    ['Hoøa Sôn', 'Hòa Sơn'],
    ['Ñoàng Tieán', 'Đồng Tiến'],
    ['Höõu Luõng', 'Hữu Lũng'],
    ['Vieät Nam', 'Việt Nam'],
  ])('VNI %j is %j', (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
    expect(detectEncoding(legacy)).toBe('vni');
    expect(decodeLegacy(legacy)).toEqual({ text: unicode, encoding: 'vni' });
  });
});

describe('every letter with every tone', () => {
  it.each(LETTERS.map((l) => [l.unicode, l.tcvn3, l.vni] as const))(
    '%s: TCVN3 %j, VNI %j',
    (unicode, tcvn3, vni) => {
      expect(decodeTcvn3(tcvn3)).toBe(unicode);
      expect(decodeTcvn3(tcvn3, true)).toBe(unicode.toUpperCase());
      expect(decodeVni(vni)).toBe(unicode);
      expect(decodeVni(vni.toUpperCase())).toBe(unicode.toUpperCase());
      // Inside a word, between consonants.
      expect(decodeVni(`t${vni}n`)).toBe(`t${unicode}n`);
      expect(decodeTcvn3(`t${tcvn3}n`)).toBe(`t${unicode}n`);
    },
  );

  it('covers 73 lower-case letters (12 vowels × 6 tones, and đ)', () => {
    expect(LETTERS).toHaveLength(73);
    expect(new Set(LETTERS.map((l) => l.tcvn3)).size).toBe(73);
    expect(new Set(LETTERS.map((l) => l.vni)).size).toBe(73);
  });

  it.each([
    ['¡', 'Ă'],
    ['¢', 'Â'],
    ['£', 'Ê'],
    ['¤', 'Ô'],
    ['¥', 'Ơ'],
    ['¦', 'Ư'],
    ['§', 'Đ'],
  ])('TCVN3 capital %j is %s', (code, letter) => {
    expect(decodeTcvn3(code)).toBe(letter);
  });
});

describe('VNI ư and ơ with tone marks (where other converters fail)', () => {
  it.each([
    ['ñöôïc', 'được'],
    ['ngöôøi', 'người'],
    ['Tröôøng', 'Trường'],
    ['TRÖÔØNG', 'TRƯỜNG'],
    ['thöôûng', 'thưởng'],
    ['möôïn', 'mượn'],
    ['chöõ', 'chữ'],
    ['öùng', 'ứng'],
    ['Öùng', 'Ứng'],
    ['ôû', 'ở'],
    ['Ôû', 'Ở'],
    ['bôø', 'bờ'],
    ['môùi', 'mới'],
    ['sôõ', 'sỡ'],
    ['vöôït', 'vượt'],
    ['ñoàng', 'đồng'],
    ['oâ', 'ô'],
    ['OÂ', 'Ô'],
    ['ô', 'ơ'],
    ['naêm', 'năm'],
    ['NAÊM', 'NĂM'],
    ['ñaëc', 'đặc'],
    ['khuyeán', 'khuyến'],
    ['Quyønh', 'Quỳnh'],
    ['Thuûy', 'Thủy'],
    ['thuyû', 'thuỷ'],
    ['kyõ', 'kỹ'],
    ['mî', 'mỵ'],
    ['HOØA SÔN', 'HÒA SƠN'],
  ])('%j → %j', (vni, unicode) => {
    expect(decodeVni(vni)).toBe(unicode);
  });
});

describe('TCVN3 details', () => {
  it('reads the soft hyphen as ư', () => {
    expect(decodeTcvn3('Tr\u00ADêng')).toBe('Trường');
    expect(decodeTcvn3('ng\u00ADêi')).toBe('người');
  });

  it('upper-cases everything for a capitals font', () => {
    expect(decodeTcvn3('b¸o c¸o tæng hîp', true)).toBe('BÁO CÁO TỔNG HỢP');
    expect(decodeTcvn3('§¶ng bé x· hßa s¬n', true)).toBe('ĐẢNG BỘ XÃ HÒA SƠN');
  });

  it('leaves characters outside the table alone', () => {
    expect(decodeTcvn3('Hßa S¬n 2017 (x)')).toBe('Hòa Sơn 2017 (x)');
    expect(decodeTcvn3('\u00C0\u00E0\u00B0')).toBe('\u00C0\u00E0\u00B0');
  });
});

describe('round trip of every syllable of the article', () => {
  const syllables = [...new Set(words(article))];

  it('has a few hundred distinct syllables to try', () => {
    expect(syllables.length).toBeGreaterThan(300);
  });

  it('VNI: encode, then decode, gives the syllable back (as typed and in capitals)', () => {
    const failures = syllables.filter(
      (s) =>
        decodeVni(encodeVni(s)) !== s || decodeVni(encodeVni(s.toUpperCase())) !== s.toUpperCase(),
    );
    expect(failures).toEqual([]);
  });

  it('TCVN3: encode, then decode, gives the syllable back (capitals through a capitals font)', () => {
    const failures: string[] = [];
    for (const s of syllables) {
      const lower = s.toLowerCase();
      if (decodeTcvn3(encodeTcvn3(lower)) !== lower) failures.push(s);
      if (decodeTcvn3(encodeTcvn3(lower), true) !== s.toUpperCase()) failures.push(s);
      if (tcvn3Writable(s) && decodeTcvn3(encodeTcvn3(s)) !== s) failures.push(s);
    }
    expect(failures).toEqual([]);
  });
});

describe('detectEncoding', () => {
  const unicodeSentences = [...sentences(article), ...sentences(domain)].filter(
    // The lines of domain.md that quote legacy text on purpose are not Unicode sentences.
    (s) => !/Hßa|Hoøa|§ång|Ñoàng|H÷u|Höõu|ViÖt|Vieät|¸ µ|ø û/.test(s),
  );

  it('has a corpus of real sentences', () => {
    expect(unicodeSentences.length).toBeGreaterThan(100);
  });

  it('never fires on a sentence of the article or of domain.md', () => {
    const fired = unicodeSentences.filter((s) => detectEncoding(s) !== null);
    expect(fired).toEqual([]);
    expect(unicodeSentences.filter((s) => decodeLegacy(s) !== null)).toEqual([]);
  });

  it('never fires on single words of the article, nor on them in NFD', () => {
    const all = [...new Set(words(article))];
    expect(all.filter((w) => detectEncoding(w) !== null)).toEqual([]);
    expect(all.filter((w) => detectEncoding(w.normalize('NFD')) !== null)).toEqual([]);
  });

  it.each([
    ['English', 'Completed tasks excellently'],
    ['numbers', '18.9%'],
    ['a date', '28/09/2022'],
    ['a section sign', '§ 5'],
    ['a section sign before digits', '§12'],
    ['a copyright line', '© 2020 Huyện ủy'],
    ['a plain copyright line', '© 2020 District Committee'],
    ['degrees', '25°C'],
    ['a multiplication', '3 × 4'],
    ['a fraction', '½'],
    ['German', 'Müller Straße über'],
    ['German city', 'München'],
    ['Spanish', 'señor España'],
    ['French', 'naïve façade garçon Noël'],
    ['Danish', 'København Ærø'],
    ['Swedish', 'Malmö Åre'],
    ['guillemets', '«Tot»'],
    ['a Vietnamese word with Latin-1 letters only', 'Toát'],
    ['Vietnamese with Latin-1 letters only', 'Tôi là cán bộ'],
    ['a grade', 'Hoàn thành tốt nhiệm vụ'],
    ['a name', 'Hòa Sơn'],
    ['a middle dot', 'Hòa·Sơn'],
    ['empty', ''],
    ['an x mark', 'x'],
  ])('%s: %j is not legacy', (_, text) => {
    expect(detectEncoding(text)).toBeNull();
    expect(decodeLegacy(text)).toBeNull();
  });

  it('finds every sentence of the article in TCVN3 and in VNI when it carries a telltale letter', () => {
    let tcvnTried = 0;
    let vniTried = 0;
    for (const s of sentences(article)) {
      // TCVN3 without a capitals font has no toned capitals: write them as the font would show.
      const lowered = [...s].map((c) => (tcvn3Writable(c) ? c : c.toLowerCase())).join('');
      const tcvn = encodeTcvn3(lowered.replace(/[^\p{L}\p{N} .,;:()%/'-]/gu, ' '));
      if (/[¸µ¶¹¾÷§¬«ª©¨®\u00AD]/.test(tcvn) && words(s).length >= 4) {
        tcvnTried++;
        expect({ s, e: detectEncoding(tcvn) }).toEqual({ s, e: 'tcvn3' });
      }
      const vni = encodeVni(s);
      if (/[øûïöñ]/i.test(vni) && words(s).length >= 4) {
        vniTried++;
        expect({ s, e: detectEncoding(vni) }).toEqual({ s, e: 'vni' });
        expect(decodeVni(vni)).toBe(s.normalize('NFC'));
      }
    }
    expect(tcvnTried).toBeGreaterThan(15);
    expect(vniTried).toBeGreaterThan(15);
  });

  it.each([
    ['Hoµn thµnh tèt nhiÖm vô', 'tcvn3'],
    ['Hoµn thµnh xuÊt s¾c nhiÖm vô', 'tcvn3'],
    ['Tæng céng', 'tcvn3'],
    ['Ng\u00ADêi lËp biÓu', 'tcvn3'],
    ['Chi bé Th«n §ång BÐ', 'tcvn3'],
    ['Hoaøn thaønh toát nhieäm vuï', 'vni'],
    ['Toång coäng', 'vni'],
    ['Chi boä Thoân Ñoàng Beù', 'vni'],
    ['Ngöôøi laäp bieåu', 'vni'],
  ])('%j is %s', (text, encoding) => {
    expect(detectEncoding(text)).toBe(encoding);
  });
});

describe('fontEncoding', () => {
  it.each([
    ['.VnTime', { encoding: 'tcvn3', upper: false }],
    ['.VnArial', { encoding: 'tcvn3', upper: false }],
    ['.VnTimeH', { encoding: 'tcvn3', upper: true }],
    ['.VnArialH', { encoding: 'tcvn3', upper: true }],
    ['.VnArial NarrowH', { encoding: 'tcvn3', upper: true }],
    [' .vntime ', { encoding: 'tcvn3', upper: false }],
    ['VNI-Times', { encoding: 'vni', upper: false }],
    ['VNI-Helve', { encoding: 'vni', upper: false }],
    ['vni-aptima', { encoding: 'vni', upper: false }],
    ['Times New Roman', null],
    ['Arial', null],
    ['Calibri', null],
    ['VnTime', null],
    ['', null],
    [null, null],
    [undefined, null],
  ] as const)('%j → %j', (font, expected) => {
    expect(fontEncoding(font)).toEqual(expected);
  });
});

describe('decodeLegacy', () => {
  it.each([
    ['Hßa S¬n', '.VnTime', 'Hòa Sơn', 'tcvn3'],
    ['hßa s¬n', '.VnTimeH', 'HÒA SƠN', 'tcvn3'],
    ['danh s¸ch', '.VnTimeH', 'DANH SÁCH', 'tcvn3'],
    ['abc', '.VnTimeH', 'ABC', 'tcvn3'],
    // The font decides even when the letters are shared with Unicode Vietnamese.
    ['Tèt', '.VnTime', 'Tốt', 'tcvn3'],
    ['Toát', 'VNI-Times', 'Tốt', 'vni'],
    ['Hoøa Sôn', 'VNI-Times', 'Hòa Sơn', 'vni'],
    // A Unicode font does not stop detection.
    ['Hßa S¬n', 'Times New Roman', 'Hòa Sơn', 'tcvn3'],
    ['Hoøa Sôn', 'Arial', 'Hòa Sơn', 'vni'],
    ['Hßa S¬n', null, 'Hòa Sơn', 'tcvn3'],
  ] as const)('%j in %j → %j', (text, font, decoded, encoding) => {
    expect(decodeLegacy(text, font)).toEqual({ text: decoded, encoding });
  });

  it.each([
    ['2017', '.VnTime'],
    ['x', '.VnTime'],
    ['HTTNV', '.VnTime'],
    ['Hòa Sơn', '.VnTime'],
    ['Hòa Sơn', 'VNI-Times'],
    ['Toát', undefined],
    ['Toát', 'Arial'],
    ['', '.VnTime'],
  ] as const)('%j in %j → null', (text, font) => {
    expect(decodeLegacy(text, font)).toBeNull();
  });

  it('returns NFC', () => {
    const r = decodeLegacy('§¶ng Céng s¶n ViÖt Nam');
    expect(r?.text).toBe(r?.text.normalize('NFC'));
    expect(r?.text).not.toBe(r?.text.normalize('NFD'));
  });
});
