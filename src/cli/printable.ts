/**
 * Control characters (C0, DEL, C1) and the bidirectional overrides that reorder what a terminal
 * shows. Cell text may carry any of them (OOXML writes ESC as _x001B_), and "\x1b[2J" sent raw
 * would clear the user's screen or worse.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text safe to print on one terminal line: each unsafe character shown as an escape, "\x1B". */
export function printable(s: string): string {
  return s.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
