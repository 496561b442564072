/**
 * Whether a cell's text already reads as SheetView.text() would show it, in a cell whose font is
 * no legacy one: in NFC, with nothing collapseSpaces() changes (no leading, trailing or double
 * space, no other whitespace, no zero-width character), and not TCVN3 or VNI (decodeLegacy() finds
 * no legacy text in it). Told in one pass over the characters, without the regular expressions
 * and the ICU call: most cells (a million member names) are such text, and each was normalized
 * for nothing.
 *
 * Only characters known safe pass: ASCII, the Latin-1 letters, Latin Extended-A and the start of
 * Extended-B (to "ư", U+01B0) and the Vietnamese letters U+1EA0–U+1EF9. All of these are NFC on
 * their own and combine with nothing before them; whitespace and marks are outside them. Anything
 * else returns false, and the cell takes the full road.
 */
export function isPlainText(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  // Latin-1 letters alone may be TCVN3 or VNI; one letter only Unicode has rules that out.
  let latin1 = false;
  let unicodeOnly = false;
  // True at the start, so a leading space is seen as untidy.
  let afterSpace = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    if (c > 32 && c < 127) continue;
    if (c >= 0xc0 && c <= 0xff) latin1 = true;
    else if ((c >= 0x100 && c <= 0x1b0) || (c >= 0x1ea0 && c <= 0x1ef9)) unicodeOnly = true;
    else return false;
  }
  return !afterSpace && (unicodeOnly || !latin1);
}
