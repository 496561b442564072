/**
 * Edits the parts of a written workbook the way other programs write them, where the wild
 * writer (exceljs) cannot: inline strings, a dimension that lies, formulas without cached
 * values, thousands of cell formats. One pass over the zip, after the writer, never a second writer.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Rng } from '../random';

export type ZipParts = Record<string, Uint8Array>;
export type ZipEdit = (parts: ZipParts) => void;

export function applyZipEdits(bytes: Uint8Array, edits: readonly ZipEdit[]): Uint8Array {
  if (edits.length === 0) return bytes;
  const parts = unzipSync(bytes);
  for (const e of edits) e(parts);
  return zipSync(parts);
}

function sheetParts(parts: ZipParts): string[] {
  return Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
}

function editText(parts: ZipParts, path: string, f: (xml: string) => string): void {
  const u = parts[path];
  if (u) parts[path] = strToU8(f(strFromU8(u)));
}

/** The inner XML of each shared string (<t> or rich runs <r>), by index. */
function sharedItems(parts: ZipParts): string[] {
  const u = parts['xl/sharedStrings.xml'];
  if (!u) return [];
  const xml = strFromU8(u);
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1] ?? '');
}

/** Every shared-string cell becomes an inline string; the shared-strings part is dropped. */
export function inlineStrings(): ZipEdit {
  return (parts) => {
    const items = sharedItems(parts);
    for (const p of sheetParts(parts))
      editText(parts, p, (xml) =>
        xml.replace(
          /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
          (_, a: string, b: string, i: string) =>
            `<c ${a}t="inlineStr"${b}><is>${items[Number(i)] ?? '<t></t>'}</is></c>`,
        ),
      );
    delete parts['xl/sharedStrings.xml'];
    editText(parts, 'xl/_rels/workbook.xml.rels', (x) =>
      x.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/g, ''),
    );
    editText(parts, '[Content_Types].xml', (x) =>
      x.replace(/<Override [^>]*sharedStrings[^>]*\/>/g, ''),
    );
  };
}

/** Each sheet's <dimension> says `ref`, whatever the sheet holds. */
export function lyingDimension(ref: string): ZipEdit {
  return (parts) => {
    for (const p of sheetParts(parts))
      editText(parts, p, (xml) =>
        xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`),
      );
  };
}

/** Formulas keep their text but lose the cached value, as files written by scripts do. */
export function dropCachedValues(): ZipEdit {
  return (parts) => {
    for (const p of sheetParts(parts))
      editText(parts, p, (xml) =>
        xml.replace(
          /(<c [^>]*>)(<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)<v>[^<]*<\/v>/g,
          (_, c: string, f: string) => `${c.replace(/ t="[^"]*"/, '')}${f}`,
        ),
      );
  };
}

/**
 * The cell formats are copied `copies` times over and each cell points at a random copy of its
 * own format: the look is unchanged, the style table holds thousands of entries.
 */
export function manyCellFormats(rng: Rng, copies: number): ZipEdit {
  return (parts) => {
    let n = 0;
    editText(parts, 'xl/styles.xml', (xml) =>
      xml.replace(
        /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/,
        (_, _c: string, inner: string) => {
          const xfs = [...inner.matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
          n = xfs.length;
          const all: string[] = [];
          for (let k = 0; k <= copies; k++) all.push(...xfs);
          return `<cellXfs count="${all.length}">${all.join('')}</cellXfs>`;
        },
      ),
    );
    if (n === 0) return;
    for (const p of sheetParts(parts))
      editText(parts, p, (xml) =>
        xml.replace(
          /(<c [^>]*?)s="(\d+)"/g,
          (_, a: string, s: string) => `${a}s="${Number(s) + n * rng.int(0, copies)}"`,
        ),
      );
  };
}
