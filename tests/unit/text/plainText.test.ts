import { decodeLegacy } from '../../../src/core/text/legacy';
import { collapseSpaces, toNfc } from '../../../src/core/text/normalize';
import { isPlainText } from '../../../src/core/text/plainText';

/** What SheetView.text() shows of a cell in a font that is no legacy one, the long way. */
function shown(s: string): string {
  const decoded = decodeLegacy(s, null);
  return collapseSpaces(decoded ? decoded.text : toNfc(s));
}

describe('isPlainText: text that reads as it is', () => {
  it('takes names as boards type them', () => {
    for (const s of [
      'Nguyễn Văn An 1',
      'Trần Thị Lan',
      'Đảng bộ xã Hòa Sơn',
      'Hoàn thành tốt nhiệm vụ',
      'HTTNV',
      'Le Van An',
      'Chi bộ thôn 3 (cũ)',
      'Lê Minh Ư',
    ]) {
      expect(isPlainText(s)).toBe(true);
      expect(shown(s)).toBe(s);
    }
  });

  it('leaves untidy, decomposed and legacy-looking text to the full road', () => {
    for (const s of [
      '',
      ' Lan',
      'Lan ',
      'Trần  Lan',
      'Trần\u00A0Lan',
      'Trần\tLan',
      'Tra\u0300n', // decomposed (NFD)
      'Tr\u200Bần',
      'Lª V¨n An', // TCVN3
      'Lê Minh An', // Latin-1 letters alone: could be TCVN3 or VNI
      'Nguye√n', // VNI sign
      'Ａ', // full width
    ]) {
      expect(isPlainText(s)).toBe(false);
    }
  });

  it('never says plain where the full road would change the text or find it legacy', () => {
    // Every UTF-16 code unit, alone and between letters (Vietnamese, Latin-1, ASCII).
    const frames = (c: string) => [c, `a${c}b`, `ư${c}`, `${c}ạ`, `Lê ${c} Văn`, `ê${c}`];
    for (let code = 0; code <= 0xffff; code++) {
      for (const s of frames(String.fromCharCode(code))) {
        if (!isPlainText(s)) continue;
        expect([s, shown(s), decodeLegacy(s, null)]).toEqual([s, s, null]);
      }
    }
  });
});
