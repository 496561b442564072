/**
 * Unicode → TCVN3 (ABC) encoder for the sample's legacy sheet. Each TCVN3 byte is written as the
 * Latin-1 character with the same code, which is how such text reaches a Unicode reader.
 * Kept separate from src/core/text/legacy.ts on purpose: the sample must not be built with the
 * decoder it is meant to test.
 */

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const; // none, grave, hook, tilde, acute, dot

/** Per base vowel: the byte for no tone, grave, hook, tilde, acute, dot. */
const VOWEL_BYTES: Record<string, number[]> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/** Capitals that have a code of their own; capitals with a tone mark have none in TCVN3. */
const CAPITALS: Record<string, number> = {
  Ă: 0xa1,
  Â: 0xa2,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
  Đ: 0xa7,
  đ: 0xae,
};

const ENCODE = new Map<string, string>();
for (const [vowel, bytes] of Object.entries(VOWEL_BYTES)) {
  bytes.forEach((byte, tone) => {
    const letter = (vowel.normalize('NFD') + TONES[tone]).normalize('NFC');
    ENCODE.set(letter, String.fromCharCode(byte));
  });
}
for (const [letter, byte] of Object.entries(CAPITALS))
  ENCODE.set(letter, String.fromCharCode(byte));

/** Encodes Vietnamese text as TCVN3; throws on a letter TCVN3 cannot hold (a toned capital). */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const code = ENCODE.get(ch);
    if (code === undefined) throw new Error(`TCVN3 has no code for "${ch}" in "${text}"`);
    out += code;
  }
  return out;
}

/** The examples of domain.md: if one fails, the table above is wrong. */
export const TCVN3_EXAMPLES: [string, string][] = [
  ['Hòa Sơn', 'Hßa S¬n'],
  ['Đồng Tiến', '§ång TiÕn'],
  ['Hữu Lũng', 'H÷u Lòng'],
  ['Đảng Cộng sản Việt Nam', '§¶ng Céng s¶n ViÖt Nam'],
  ['Hoàn thành tốt nhiệm vụ', 'Hoµn thµnh tèt nhiÖm vô'],
];

export function verifyTcvn3Encoder(): void {
  for (const [unicode, legacy] of TCVN3_EXAMPLES) {
    const got = encodeTcvn3(unicode);
    if (got !== legacy)
      throw new Error(`TCVN3 encoder: "${unicode}" gave "${got}", want "${legacy}"`);
  }
}
