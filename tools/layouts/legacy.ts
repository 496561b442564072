/**
 * Legacy encodings for generated sheets, reusing the test-side encoders (built independently of
 * src/core/text/legacy.ts, which they are meant to test).
 */
import { encodeTcvn3 } from '../../tests/helpers/legacyEncode';
import { encodeVni } from '../../tests/unit/text/legacyTables';

export type TextEncoding = 'unicode' | 'nfd' | 'tcvn3' | 'vni';

const TONED_CAPITAL = /[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/;

/**
 * A text as a sheet typed in `encoding` stores it, and the font the cell needs. TCVN3 has no
 * codes for capitals with a tone mark: a line in capitals is typed in lower case with a capitals
 * font (.VnTimeH), and a toned capital inside mixed-case text is typed in lower case.
 */
export function encodeText(text: string, encoding: TextEncoding): { text: string; font?: string } {
  switch (encoding) {
    case 'unicode':
      return { text };
    case 'nfd':
      return { text: text.normalize('NFD') };
    case 'vni':
      return { text: encodeVni(text), font: 'VNI-Times' };
    case 'tcvn3': {
      const nfc = text.normalize('NFC');
      const letters = nfc.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
      const allCaps = letters.length > 1 && letters === letters.toLocaleUpperCase('vi');
      if (allCaps && TONED_CAPITAL.test(nfc)) {
        return { text: encodeTcvn3(nfc.toLocaleLowerCase('vi')), font: '.VnTimeH' };
      }
      const safe = [...nfc]
        .map((ch) => (TONED_CAPITAL.test(ch) ? ch.toLocaleLowerCase('vi') : ch))
        .join('');
      return { text: encodeTcvn3(safe), font: '.VnTime' };
    }
  }
}
