import { UnusableInputError } from '../errors';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** Whether an ASCII name occurs in the bytes as UTF-16LE, as CFB directory entries store names. */
function containsUtf16Name(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const end = b.length - name.length * 2;
  outer: for (let i = 0; i <= end; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Tells apart, from the first bytes, the files people send instead of an .xlsx: an OLE compound
 * file is either a password-protected .xlsx (Office wraps it as an EncryptedPackage stream) or a
 * legacy binary document; anything that does not start like a zip is not a workbook at all.
 */
export function sniffContainer(b: Uint8Array): void {
  if (startsWith(b, CFB_MAGIC)) {
    if (containsUtf16Name(b, 'EncryptedPackage')) {
      throw new UnusableInputError('encrypted', 'OLE file with an EncryptedPackage stream');
    }
    if (containsUtf16Name(b, 'WordDocument') || containsUtf16Name(b, 'PowerPoint Document')) {
      throw new UnusableInputError('not-workbook', 'OLE file of a Word or PowerPoint document');
    }
    throw new UnusableInputError('legacy-xls', 'OLE compound file');
  }
  const zip = b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b;
  const kind = zip ? (b[2]! << 8) | b[3]! : 0;
  // Local file header, or the end record of an empty archive.
  if (kind !== 0x0304 && kind !== 0x0506) {
    throw new UnusableInputError('not-zip', b.length === 0 ? 'empty file' : 'no zip signature');
  }
}
