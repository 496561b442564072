import { strToU8 } from 'fflate';
import { UnusableInputError } from '../../../src/hosts/xlsx/errors';
import {
  declareUtf8,
  decodeXmlBytes,
  sniffXmlEncoding,
  XmlPartDecoder,
} from '../../../src/hosts/xlsx/read/xmlDecoder';

const XML = '<?xml version="1.0" encoding="UTF-16"?><sst><si><t>Hòa Sơn 𝔸 “x”</t></si></sst>';

function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return new Uint8Array(out);
}

/** The part decoded from pieces cut at `cut` bytes, as the inflater hands them over. */
function inPieces(bytes: Uint8Array, cut: number): string {
  const d = new XmlPartDecoder('xl/sharedStrings.xml');
  let out = '';
  for (let p = 0; p < bytes.length; p += cut) out += d.push(bytes.subarray(p, p + cut));
  return out + d.end();
}

describe('the xlsx host’s XML text decoder', () => {
  it.each([
    ['UTF-16LE with BOM', utf16(XML, false, true)],
    ['UTF-16BE with BOM', utf16(XML, true, true)],
    ['UTF-16LE without BOM', utf16(XML, false, false)],
    ['UTF-16BE without BOM', utf16(XML, true, false)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(XML)])],
    ['UTF-8', strToU8(XML)],
  ])('%s, whole or cut anywhere', (_name, bytes) => {
    expect(decodeXmlBytes(bytes, 'p')).toBe(XML);
    for (const cut of [1, 2, 3, 7, 255, 256, 257]) expect(inPieces(bytes, cut)).toBe(XML);
  });

  it('reads the encoding a declaration names, for single-byte text', () => {
    const latin = new Uint8Array([
      ...strToU8('<?xml version="1.0" encoding="ISO-8859-1"?><t>'),
      0xe9,
      ...strToU8('</t>'),
    ]);
    expect(sniffXmlEncoding(latin).encoding).toBe('latin1');
    expect(decodeXmlBytes(latin, 'p')).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><t>é</t>');
    const cp = new Uint8Array([
      ...strToU8("<?xml version='1.0' encoding='windows-1252'?><t>"),
      0xf4,
      ...strToU8('</t>'),
    ]);
    expect(decodeXmlBytes(cp, 'p')).toContain('<t>ô</t>');
    // A UTF-16 declaration on ASCII bytes is a writer's slip: the bytes decide.
    expect(sniffXmlEncoding(strToU8(XML)).encoding).toBe('utf-8');
  });

  it('refuses UTF-32 and unknown encodings as a damaged file, in one line', () => {
    for (const bytes of [
      new Uint8Array([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0]),
      new Uint8Array([0, 0, 0, 0x3c]),
      strToU8('<?xml version="1.0" encoding="x-no-such-thing"?><a/>'),
    ]) {
      let error: unknown;
      try {
        decodeXmlBytes(bytes, 'p');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UnusableInputError);
      expect((error as UnusableInputError).code).toBe('corrupt');
    }
  });

  it('says UTF-8 in the declaration of a part it writes back', () => {
    expect(declareUtf8(XML)).toBe(XML.replace('UTF-16', 'UTF-8'));
    expect(declareUtf8("<?xml version='1.0' encoding='utf-16'?><a/>")).toBe(
      "<?xml version='1.0' encoding='UTF-8'?><a/>",
    );
    for (const same of [
      '<?xml version="1.0" encoding="utf-8"?><a/>',
      '<?xml version="1.0"?><a/>',
      '<a/>',
    ])
      expect(declareUtf8(same)).toBe(same);
  });
});
