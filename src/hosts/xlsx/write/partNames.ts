import type { XlsxPackage } from './xlsxPackage';

/** The first prefixN.suffix not in the package. */
export function freePartName(pkg: XlsxPackage, prefix: string, suffix: string): string {
  let n = 1;
  // Part names are case-insensitive in a package: "Sheet8.xml" would clash with "sheet8.xml".
  const taken = new Set(pkg.names().map((p) => p.toLowerCase()));
  while (taken.has(`${prefix}${n}${suffix}`.toLowerCase())) n++;
  return `${prefix}${n}${suffix}`;
}

/** Target of a relationship from one part to another, relative to the source's folder. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
