import { decodeTcvn3, decodeVni, type LegacyEncoding } from './legacy';

/**
 * Unicode text back into a legacy encoding, as a sheet typed in TCVN3 or VNI stores it: the
 * written formulas compare a cell's stored text, not the text the engine decoded from it. The
 * tables are the decoders' own, inverted, so a text encoded here decodes to itself.
 */

/** Latin-1 characters, the bytes both encodings are stored as. */
const LATIN1 = Array.from({ length: 0xff - 0xa0 }, (_, i) => String.fromCharCode(0xa1 + i));

let tcvn3: Map<string, string> | null = null;
let vni: Map<string, string> | null = null;

function tcvn3Table(): Map<string, string> {
  if (tcvn3) return tcvn3;
  tcvn3 = new Map();
  for (const code of LATIN1) {
    const letter = decodeTcvn3(code);
    if (letter !== code && !tcvn3.has(letter)) tcvn3.set(letter, code);
  }
  return tcvn3;
}

function vniTable(): Map<string, string> {
  if (vni) return vni;
  vni = new Map();
  const put = (letter: string, code: string) => {
    if (letter !== code && [...letter].length === 1 && !vni!.has(letter)) vni!.set(letter, code);
  };
  // Letters of one byte first (ơ, ư, đ, the toned i's), then a base and one mark byte, lower-case
  // marks before capital ones (both decode alike).
  for (const code of LATIN1) put(decodeVni(code), code);
  const marks = [...LATIN1.filter((c) => c === c.toLowerCase()), ...LATIN1];
  const bases = [...'aeiouyAEIOUY', ...[...vni.values()].filter((c) => /^[ôöÔÖ]$/.test(c))];
  for (const base of bases) for (const mark of marks) put(decodeVni(base + mark), base + mark);
  return vni;
}

/**
 * The text as a sheet in the encoding stores it. TCVN3 has no capitals with a tone: they are
 * written in lower case, as a sheet typed in it holds them.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = encoding === 'tcvn3' ? tcvn3Table() : vniTable();
  let out = '';
  for (const ch of text.normalize('NFC')) {
    out += table.get(ch) ?? (encoding === 'tcvn3' ? table.get(ch.toLowerCase()) : undefined) ?? ch;
  }
  return out;
}

/**
 * Texts with their spellings in the encoding added, in lower case (for MATCH(LOWER(cell), …),
 * LOWER folding the Latin-1 capitals the encodings use as letters just as toLowerCase does).
 * Without an encoding, the texts as they are.
 */
export function withLegacySpellings(
  texts: readonly string[],
  encoding: LegacyEncoding | null,
): string[] {
  if (!encoding) return [...texts];
  return [...new Set([...texts, ...texts.map((t) => encodeLegacy(t, encoding).toLowerCase())])];
}
