/**
 * Test-side reference tables for the legacy encodings, typed independently of the module from
 * the public tables of xvnkb (tcvn.h, vni.h) and VBKey (mdlCodeTable.bas), and an encoder built
 * on them for round-trip tests. Rows: Unicode letters with tones none, acute, grave, hook, tilde,
 * dot below; their TCVN3 codes; their VNI spellings (lower case: VNI capitals are the same bytes
 * upper-cased).
 */
const ROWS: [string, string, string][] = [
  ['a á à ả ã ạ', 'a ¸ µ ¶ · ¹', 'a aù aø aû aõ aï'],
  ['ă ắ ằ ẳ ẵ ặ', '¨ ¾ » ¼ ½ Æ', 'aê aé aè aú aü aë'],
  ['â ấ ầ ẩ ẫ ậ', '© Ê Ç È É Ë', 'aâ aá aà aå aã aä'],
  ['e é è ẻ ẽ ẹ', 'e Ð Ì Î Ï Ñ', 'e eù eø eû eõ eï'],
  ['ê ế ề ể ễ ệ', 'ª Õ Ò Ó Ô Ö', 'eâ eá eà eå eã eä'],
  ['i í ì ỉ ĩ ị', 'i Ý × Ø Ü Þ', 'i í ì æ ó ò'],
  ['o ó ò ỏ õ ọ', 'o ã ß á â ä', 'o où oø oû oõ oï'],
  ['ô ố ồ ổ ỗ ộ', '« è å æ ç é', 'oâ oá oà oå oã oä'],
  ['ơ ớ ờ ở ỡ ợ', '¬ í ê ë ì î', 'ô ôù ôø ôû ôõ ôï'],
  ['u ú ù ủ ũ ụ', 'u ó ï ñ ò ô', 'u uù uø uû uõ uï'],
  ['ư ứ ừ ử ữ ự', '\u00AD ø õ ö ÷ ù', 'ö öù öø öû öõ öï'],
  ['y ý ỳ ỷ ỹ ỵ', 'y ý ú û ü þ', 'y yù yø yû yõ î'],
  ['đ', '®', 'ñ'],
];

/** Capitals TCVN3 has codes for (others with tone marks need a capitals font). */
const TCVN3_CAPITALS: Record<string, string> = {
  Ă: '¡',
  Â: '¢',
  Ê: '£',
  Ô: '¤',
  Ơ: '¥',
  Ư: '¦',
  Đ: '§',
};

export interface LetterRow {
  unicode: string;
  tcvn3: string;
  vni: string;
}

export const LETTERS: LetterRow[] = ROWS.flatMap(([u, t, v]) => {
  const us = u.split(' ');
  const ts = t.split(' ');
  const vs = v.split(' ');
  return us.map((unicode, i) => ({ unicode, tcvn3: ts[i]!, vni: vs[i]! }));
});

const TO_TCVN3 = new Map<string, string>();
const TO_VNI = new Map<string, string>();
for (const l of LETTERS) {
  TO_TCVN3.set(l.unicode, l.tcvn3);
  TO_VNI.set(l.unicode, l.vni);
  TO_VNI.set(l.unicode.toUpperCase(), l.vni.toUpperCase());
}
for (const [u, code] of Object.entries(TCVN3_CAPITALS)) TO_TCVN3.set(u, code);

/** True when TCVN3 (without a capitals font) can write the text. */
export function tcvn3Writable(text: string): boolean {
  return [...text.normalize('NFC')].every((c) => TO_TCVN3.has(c) || c.charCodeAt(0) < 0x80);
}

export function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      const code = TO_TCVN3.get(c);
      if (code !== undefined) return code;
      if (c.charCodeAt(0) < 0x80) return c;
      throw new Error(`TCVN3 has no code for ${c}`);
    })
    .join('');
}

export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map((c) => TO_VNI.get(c) ?? c).join('');
}
