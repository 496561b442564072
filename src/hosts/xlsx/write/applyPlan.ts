import { quoteSheetName } from '../../../core/model/address';
import { OWNER_NAME, type OutputPlan, type PlanSheet } from '../../../core/plan/outputPlan';
import type { Scalar } from '../../../core/model/snapshot';
import {
  MAX_COLS,
  parseSheetRange,
  PlanError,
  validatePlan,
} from '../../../core/plan/validatePlan';
import { UnusableInputError } from '../errors';
import { APP_PART, syncSheetTitles } from './appXml';
import type { RangeValues } from './chartXml';
import { CONTENT_TYPE, CONTENT_TYPES_PART, addOverride } from './contentTypes';
import { REL, appendRelationship, freeRelId, parseRelationships } from './relationships';
import { addSheetCharts } from './chartParts';
import { OWNED_NAMES } from './ownedNames';
import { freePartName, relativeTarget } from './partNames';
import { dropCalcChain, removeOwnedSheets } from './removeOwnedSheets';
import { absoluteRange, sheetXml } from './sheetXml';
import { STYLES_PART, StylesEditor } from './stylesXml';
import { workbookLocation } from './workbookLocation';
import {
  appendDefinedNames,
  appendSheets,
  CALC_MARKER,
  calcPrTag,
  emptyDefinedNamesTag,
  NAMES_MARKER,
  checkStructureUnlocked,
  definedNameXml,
  listDefinedNames,
  listSheets,
  setFullCalcOnLoad,
} from './workbookXml';
import { XlsxPackage } from './xlsxPackage';
import { escapeXml } from './xmlText';

/** The workbook without anything Bảng Kiểm added: owned sheets, their parts and names, styles. */
export function removeOwned(original: Uint8Array): Uint8Array {
  return writing(() => {
    const pkg = new XlsxPackage(original);
    removeOwnedSheets(pkg);
    return pkg.toBytes();
  });
}

/**
 * Every failure while writing one file is that file's one-line error (UnusableInputError), so a
 * batch goes on with the next file; the original message stays in `detail` for the log. A plan
 * validatePlan refuses is the code's fault, not the file's, and is passed on as it is.
 */
function writing<T>(job: () => T): T {
  try {
    return job();
  } catch (e) {
    if (e instanceof UnusableInputError || e instanceof PlanError) throw e;
    if (e instanceof RangeError && /invalid .*length|allocation failed/i.test(e.message)) {
      throw new UnusableInputError('too-large', e.message, { cause: e });
    }
    throw new UnusableInputError('unwritable', e instanceof Error ? e.message : String(e), {
      cause: e,
    });
  }
}

/**
 * Applies an output plan to an .xlsx/.xlsm file: removes the owned sheets of an earlier run, then
 * appends the plan's sheets at the end. Existing parts stay byte-identical except the workbook
 * plumbing ([Content_Types].xml, workbook.xml and its rels, styles.xml, docProps/app.xml) and
 * the calculation chain, which is dropped. Every part edited is edited by namespace, whatever
 * prefixes its producer chose. A file that cannot take the sheets (Strict Open XML, a protected
 * structure, a damaged part) raises UnusableInputError before anything is written.
 */
export function applyPlan(
  original: Uint8Array,
  plan: OutputPlan,
  /** Told after each of the plan's sheets is written, with its charts (a page's progress bar). */
  onSheet?: (done: number, total: number) => void,
): Uint8Array {
  return writing(() => applyPlanTo(original, plan, onSheet));
}

function applyPlanTo(
  original: Uint8Array,
  plan: OutputPlan,
  onSheet?: (done: number, total: number) => void,
): Uint8Array {
  const pkg = new XlsxPackage(original);
  const loc0 = workbookLocation(pkg);
  checkStructureUnlocked(pkg.text(loc0.part)!);
  removeOwnedSheets(pkg);
  const loc = workbookLocation(pkg);
  let wb = pkg.text(loc.part)!;
  let wbRels = pkg.text(loc.rels);
  if (wbRels === null)
    throw new UnusableInputError('corrupt', 'the workbook relationships are missing');
  let types = pkg.text(CONTENT_TYPES_PART);
  if (types === null) throw new UnusableInputError('corrupt', '[Content_Types].xml is missing');

  const existing = listSheets(wb);
  checkInputSheetNames(existing.map((s) => s.name));
  validatePlan(plan, {
    userSheets: existing.map((s) => s.name),
    userNames: listDefinedNames(wb)
      .filter((n) => n.localSheetId === null)
      .map((n) => n.name),
  });
  dropCalcChain(pkg, loc);
  wbRels = pkg.text(loc.rels)!;
  types = pkg.text(CONTENT_TYPES_PART)!;

  // Styles: one cellXfs entry per plan style, one dxf per conditional format.
  const stylesRel = parseRelationships(wbRels, loc.part).find((r) => r.type === REL.styles);
  const foundStyles = stylesRel?.part ? pkg.entryName(stylesRel.part) : null;
  const stylesPart = foundStyles ?? stylesRel?.part ?? STYLES_PART;
  const styles = new StylesEditor(foundStyles ? pkg.text(foundStyles) : null);
  const xfIds = plan.styles.map((s) => styles.addCellStyle(s));
  if (!stylesRel) {
    wbRels = appendRelationship(
      wbRels,
      freeRelId(wbRels),
      REL.styles,
      relativeTarget(loc.part, stylesPart),
    );
    types = addOverride(types, stylesPart, CONTENT_TYPE.styles);
  }

  const values = planValues(plan);
  let nextSheetId = Math.max(0, ...existing.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const names: string[] = [];
  const tags: string[] = [];
  for (const [i, sheet] of plan.sheets.entries()) {
    const part = freePartName(pkg, 'xl/worksheets/sheet', '.xml');
    pkg.setText(part, ''); // reserves the name while the chart parts pick theirs
    const dxfIds = (sheet.conditionalFormats ?? []).map((cf) => styles.addDxf(cf.style));
    let drawingRelId: string | undefined;
    if (sheet.charts?.length) {
      const added = addSheetCharts(pkg, part, sheet.charts, types, values);
      types = added.types;
      drawingRelId = added.drawingRelId;
    }
    pkg.setText(part, sheetXml(sheet, { xfIds, dxfIds, drawingRelId }));
    types = addOverride(types, part, CONTENT_TYPE.worksheet);
    const relId = freeRelId(wbRels);
    wbRels = appendRelationship(wbRels, relId, REL.worksheet, relativeTarget(loc.part, part));
    const state = sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : '';
    tags.push(
      `<sheet name="${escapeXml(sheet.name)}" sheetId="${nextSheetId++}"${state} r:id="${relId}"/>`,
    );
    names.push(...sheetNames(sheet, existing.length + i));
    onSheet?.(i + 1, plan.sheets.length);
  }
  wb = appendSheets(wb, tags);
  names.push(...planNames(plan));
  const calc = calcPrTag(wb);
  // A defined name's text constant holds 255 characters; a longer calcPr is not restorable.
  if (calc.length <= 250)
    names.push(definedNameXml(CALC_MARKER, `"${calc.replace(/"/g, '""')}"`, undefined, true));
  const emptyNames = emptyDefinedNamesTag(wb);
  if (emptyNames && emptyNames.length <= 250)
    names.push(
      definedNameXml(NAMES_MARKER, `"${emptyNames.replace(/"/g, '""')}"`, undefined, true),
    );
  wb = setFullCalcOnLoad(appendDefinedNames(wb, names));

  pkg.setText(loc.part, wb);
  pkg.setText(loc.rels, wbRels);
  pkg.setText(stylesPart, styles.result());
  pkg.setText(CONTENT_TYPES_PART, types);
  const app = pkg.text(APP_PART);
  if (app !== null)
    pkg.setText(
      APP_PART,
      syncSheetTitles(
        app,
        listSheets(wb).map((s) => s.name),
      ),
    );
  return pkg.toBytes();
}

/**
 * What each cell of the plan's sheets holds (a value, or a formula's cached result), for the
 * chart caches: a range on a user's sheet is not the plan's to know.
 */
function planValues(plan: OutputPlan): RangeValues {
  const bySheet = new Map<string, Map<number, Scalar | undefined>>();
  for (const sheet of plan.sheets) {
    const cells = new Map<number, Scalar | undefined>();
    for (const c of sheet.cells)
      cells.set(c.row * MAX_COLS + c.col, c.formula !== undefined ? c.cached : c.value);
    bySheet.set(sheet.name.toLowerCase(), cells);
  }
  return (ref) => {
    const q = parseSheetRange(ref);
    const cells = q && bySheet.get(q.sheet.toLowerCase());
    if (!q || !cells) return null;
    const { r0, c0, r1, c1 } = q.range;
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > 10_000) return null;
    const out: (Scalar | undefined)[] = [];
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) out.push(cells.get(r * MAX_COLS + c));
    return out;
  };
}

/**
 * The plan's workbook-scoped names (checked by validatePlan), plus the list of them (OWNED_NAMES)
 * that lets the next run take them back.
 */
function planNames(plan: OutputPlan): string[] {
  const out = (plan.names ?? []).map((n) =>
    definedNameXml(n.name, n.ref.replace(/^=/, ''), undefined, n.hidden),
  );
  if (out.length) {
    const list = (plan.names ?? []).map((n) => n.name).join('|');
    out.push(definedNameXml(OWNED_NAMES, `"${list}"`, undefined, true));
  }
  return out;
}

/** The marker, the filter database and the print titles of one owned sheet. */
function sheetNames(sheet: PlanSheet, position: number): string[] {
  const q = quoteSheetName(sheet.name);
  const out = [definedNameXml(OWNER_NAME, `"${sheet.key}"`, position, true)];
  if (sheet.autoFilter)
    out.push(
      definedNameXml(
        '_xlnm._FilterDatabase',
        `${q}!${absoluteRange(sheet.autoFilter)}`,
        position,
        true,
      ),
    );
  const titles = sheet.page?.printTitleRows;
  if (titles)
    out.push(
      definedNameXml('_xlnm.Print_Titles', `${q}!$${titles[0] + 1}:$${titles[1] + 1}`, position),
    );
  return out;
}

/**
 * A sheet name Excel would not allow ("[Năm 2021]" from some other program) cannot be written
 * in a formula, a link or a chart: "'[Năm 2021]'!B5" reads as another workbook, and LibreOffice
 * refuses the file. Say so rather than write such references.
 */
function checkInputSheetNames(names: string[]): void {
  for (const name of names) {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
      throw new UnusableInputError('sheet-name', `sheet name ${JSON.stringify(name)}`, {
        location: `“${name}”`,
      });
    }
  }
}
