import { OWNER_NAME } from '../../../core/plan/outputPlan';
import { OWNED_NAMES } from './ownedNames';
import { APP_PART, syncSheetTitles } from './appXml';
import { CONTENT_TYPE, CONTENT_TYPES_PART, partsOfType, removeOverrides } from './contentTypes';
import {
  parseRelationships,
  readRelationships,
  relsPartOf,
  removeRelationship,
  REL,
} from './relationships';
import { restoreStyles } from './stylesXml';
import { workbookLocation } from './workbookLocation';
import {
  CALC_MARKER,
  listDefinedNames,
  NAMES_MARKER,
  listSheets,
  removeSheets,
  restoreCalcPr,
} from './workbookXml';
import type { XlsxPackage } from './xlsxPackage';

export interface OwnedSheet {
  position: number;
  name: string;
  key: string;
}

/** Sheets that carry the ownership marker: a sheet-scoped OWNER_NAME holding their key. */
export function findOwnedSheets(workbookXml: string): OwnedSheet[] {
  const sheets = listSheets(workbookXml);
  return listDefinedNames(workbookXml)
    .filter((n) => n.name.toLowerCase() === OWNER_NAME.toLowerCase() && n.localSheetId !== null)
    .filter((n) => sheets[n.localSheetId!] !== undefined)
    .map((n) => ({
      position: n.localSheetId!,
      name: sheets[n.localSheetId!]!.name,
      key: n.value.replace(/^=?"|"$/g, ''),
    }));
}

/** The workbook-scoped names an earlier run defined (listed in OWNED_NAMES), and that list. */
function ownedWorkbookNames(workbookXml: string): Set<string> {
  const marker = listDefinedNames(workbookXml).find(
    (n) => n.localSheetId === null && n.name.toLowerCase() === OWNED_NAMES.toLowerCase(),
  );
  if (!marker) return new Set();
  const listed = marker.value
    .replace(/^=?"|"$/g, '')
    .split('|')
    .filter(Boolean);
  return new Set([OWNED_NAMES, ...listed].map((n) => n.toLowerCase()));
}

/** Every part reachable through relationships from `start`, with the rels parts themselves. */
function reachableParts(pkg: XlsxPackage, start: string): Set<string> {
  const found = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const part = queue.pop()!;
    if (found.has(part) || !pkg.has(part)) continue;
    found.add(part);
    const rels = pkg.text(relsPartOf(part));
    if (rels === null) continue;
    found.add(relsPartOf(part));
    for (const r of readRelationships(rels, part)) if (r.part) queue.push(r.part);
  }
  return found;
}

/** Parts that some rels part outside `removed` still points to. */
function stillReferenced(pkg: XlsxPackage, removed: Set<string>): Set<string> {
  const kept = new Set<string>();
  for (const name of pkg.names()) {
    if (!name.endsWith('.rels') || removed.has(name)) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const r of readRelationships(pkg.text(name) ?? '', source)) if (r.part) kept.add(r.part);
  }
  return kept;
}

/**
 * Takes the calculation chain out of the package: it lists formula cells by sheet, and once sheets
 * are added or removed it can point at cells that hold no formula, which Excel answers with a
 * repair prompt. Excel rebuilds it (the workbook asks for a full calculation on load).
 */
export function dropCalcChain(pkg: XlsxPackage, loc: { part: string; rels: string }): void {
  const rels = pkg.text(loc.rels);
  const types = pkg.text(CONTENT_TYPES_PART);
  const chains = rels
    ? parseRelationships(rels, loc.part).filter((r) => r.type === REL.calcChain)
    : [];
  // A chain listed only in [Content_Types].xml (some writers forget the relationship) goes too.
  const listed = types ? partsOfType(types, CONTENT_TYPE.calcChain) : [];
  const parts = new Set<string>();
  for (const name of [...chains.map((c) => c.part), ...listed]) {
    const entry = name ? pkg.entryName(name) : null;
    if (entry) {
      pkg.remove(entry);
      parts.add(entry);
    }
    if (name) parts.add(name);
  }
  if (rels && chains.length) {
    let out = rels;
    for (const c of chains) out = removeRelationship(out, c.id);
    pkg.setText(loc.rels, out);
  }
  if (types !== null && parts.size) pkg.setText(CONTENT_TYPES_PART, removeOverrides(types, parts));
}

/**
 * Takes out every owned sheet with what hangs off it (rels, drawings, charts), its content-type
 * overrides and defined names, and gives styles.xml back as it was before Bảng Kiểm appended to
 * it. Sheets without the marker are never touched.
 */
export function removeOwnedSheets(pkg: XlsxPackage): void {
  const loc = workbookLocation(pkg);
  let wb = pkg.text(loc.part)!;
  let wbRels = pkg.text(loc.rels) ?? '';
  const owned = findOwnedSheets(wb);
  const sheets = listSheets(wb);
  const relations = parseRelationships(wbRels, loc.part);

  const removed = new Set<string>();
  for (const o of owned) {
    const rel = relations.find((r) => r.id === sheets[o.position]!.relId);
    if (!rel) continue;
    wbRels = removeRelationship(wbRels, rel.id);
    if (rel.part) for (const p of reachableParts(pkg, rel.part)) removed.add(p);
  }
  if (owned.length) {
    pkg.setText(loc.rels, wbRels);
    const protectedParts = stillReferenced(pkg, removed);
    for (const p of [...removed]) if (protectedParts.has(p)) removed.delete(p);
    for (const p of removed) pkg.remove(p);
    dropCalcChain(pkg, loc);
  }

  const calc = listDefinedNames(wb).find(
    (n) => n.localSheetId === null && n.name.toLowerCase() === CALC_MARKER.toLowerCase(),
  );
  const ownedNames = ownedWorkbookNames(wb);
  if (calc) {
    wb = restoreCalcPr(wb, calc.value.replace(/^=?"|"$/g, '').replace(/""/g, '"'));
    ownedNames.add(CALC_MARKER.toLowerCase());
  }
  const emptyNames = listDefinedNames(wb).find(
    (n) => n.localSheetId === null && n.name.toLowerCase() === NAMES_MARKER.toLowerCase(),
  );
  if (emptyNames) ownedNames.add(NAMES_MARKER.toLowerCase());
  wb = removeSheets(
    wb,
    new Set(owned.map((o) => o.position)),
    ownedNames,
    emptyNames ? emptyNames.value.replace(/^=?"|"$/g, '').replace(/""/g, '"') : '',
  );
  pkg.setText(loc.part, wb);

  const stylesRel = parseRelationships(pkg.text(loc.rels) ?? '', loc.part).find(
    (r) => r.type === REL.styles,
  );
  const stylesPart = stylesRel?.part ? pkg.entryName(stylesRel.part) : null;
  if (stylesRel && stylesPart) {
    const restored = restoreStyles(pkg.text(stylesPart)!);
    if (restored === null) {
      pkg.remove(stylesPart);
      removed.add(stylesPart);
      pkg.setText(loc.rels, removeRelationship(pkg.text(loc.rels)!, stylesRel.id));
    } else {
      pkg.setText(stylesPart, restored);
    }
  }

  const types = pkg.text(CONTENT_TYPES_PART);
  if (types !== null) pkg.setText(CONTENT_TYPES_PART, removeOverrides(types, removed));
  const app = pkg.text(APP_PART);
  if (app !== null)
    pkg.setText(
      APP_PART,
      syncSheetTitles(
        app,
        listSheets(wb).map((s) => s.name),
      ),
    );
}
