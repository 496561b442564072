import { basename, extname, resolve } from 'node:path';

/**
 * The checked copy's file name: NAME.checked.xlsx, keeping the input's extension. `n` > 1 makes
 * the name distinct for the n-th input of a batch that shares the same one: "NAME (2).checked.xlsx".
 */
export function checkedName(input: string, n = 1): string {
  const ext = extname(input);
  const base = basename(input, ext);
  return `${n > 1 ? `${base} (${n})` : base}.checked${ext || '.xlsx'}`;
}

/** Names that one file system may take for the same file (case, Unicode composition). */
function sameFileKey(path: string): string {
  return resolve(path).normalize('NFC').toLowerCase();
}

/**
 * The output path of each input of one batch: never two the same, and never an input of the
 * batch, so no output silently replaces another or a file still to be read. Decided in input
 * order, so the same batch always gets the same names.
 */
export function outputPaths(inputs: string[], outDir: string): string[] {
  const taken = new Set(inputs.map(sameFileKey));
  return inputs.map((input) => {
    for (let n = 1; ; n++) {
      const candidate = resolve(outDir, checkedName(input, n));
      const key = sameFileKey(candidate);
      if (!taken.has(key)) {
        taken.add(key);
        return candidate;
      }
    }
  });
}
