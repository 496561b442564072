import { DIGITS, LETTERS } from '../../../core/text/charClasses';
import { quoteSheetName } from '../../../core/model/address';
import { OWNER_NAME, type OutputPlan, type PlanSheet } from '../../../core/model/plan';
import { UnusableInputError } from '../errors';
import { PlanError } from './planError';
import { APP_PART, syncSheetTitles } from './appXml';
import { CONTENT_TYPE, CONTENT_TYPES_PART, addOverride } from './contentTypes';
import { REL, appendRelationship, freeRelId, parseRelationships } from './relationships';
import { addSheetCharts } from './chartParts';
import { OWNED_NAMES } from './ownedNames';
import { freePartName, relativeTarget } from './partNames';
import { removeOwnedSheets } from './removeOwnedSheets';
import { absoluteRange, sheetXml } from './sheetXml';
import { STYLES_PART, StylesEditor } from './stylesXml';
import { workbookLocation } from './workbookLocation';
import {
  appendDefinedNames,
  appendSheet,
  CALC_MARKER,
  calcPrTag,
  definedNameXml,
  type DefinedNameEntry,
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
 * batch goes on with the next file; the original message stays in `detail` for the log.
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
 * plumbing ([Content_Types].xml, workbook.xml and its rels, styles.xml, docProps/app.xml).
 */
export function applyPlan(original: Uint8Array, plan: OutputPlan): Uint8Array {
  return writing(() => applyPlanTo(original, plan));
}

function applyPlanTo(original: Uint8Array, plan: OutputPlan): Uint8Array {
  if (plan.version !== 1)
    throw new PlanError(`Output plan version ${String(plan.version)} is not supported`);
  const pkg = new XlsxPackage(original);
  removeOwnedSheets(pkg);
  const loc = workbookLocation(pkg);
  let wb = pkg.text(loc.part)!;
  let wbRels = pkg.text(loc.rels);
  if (wbRels === null) throw new UnusableInputError('corrupt', `${loc.rels} is missing`);
  let types = pkg.text(CONTENT_TYPES_PART);
  if (types === null) throw new UnusableInputError('corrupt', `${CONTENT_TYPES_PART} is missing`);

  const existingNames = listSheets(wb).map((s) => s.name);
  checkInputSheetNames(existingNames);
  checkSheetNames(plan.sheets, existingNames);

  // Styles: one cellXfs entry per plan style, one dxf per conditional format.
  const stylesRel = parseRelationships(wbRels, loc.part).find((r) => r.type === REL.styles);
  const stylesPart = stylesRel?.part ?? STYLES_PART;
  const styles = new StylesEditor(stylesRel?.part ? pkg.text(stylesRel.part) : null);
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

  const existing = listSheets(wb);
  let nextSheetId = Math.max(0, ...existing.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const names: string[] = [];
  for (const [i, sheet] of plan.sheets.entries()) {
    const part = freePartName(pkg, 'xl/worksheets/sheet', '.xml');
    pkg.setText(part, ''); // reserves the name while the chart parts pick theirs
    const dxfIds = (sheet.conditionalFormats ?? []).map((cf) => styles.addDxf(cf.style));
    let drawingRelId: string | undefined;
    if (sheet.charts?.length) {
      const added = addSheetCharts(pkg, part, sheet.charts, types);
      types = added.types;
      drawingRelId = added.drawingRelId;
    }
    pkg.setText(part, sheetXml(sheet, { xfIds, dxfIds, drawingRelId }));
    types = addOverride(types, part, CONTENT_TYPE.worksheet);
    const relId = freeRelId(wbRels);
    wbRels = appendRelationship(wbRels, relId, REL.worksheet, relativeTarget(loc.part, part));
    const state = sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : '';
    const tag = `<sheet name="${escapeXml(sheet.name)}" sheetId="${nextSheetId++}"${state} r:id="${relId}"/>`;
    wb = appendSheet(wb, tag);
    names.push(...sheetNames(sheet, existing.length + i));
  }
  names.push(...planNames(plan, listDefinedNames(wb)));
  const calc = calcPrTag(wb);
  // A defined name's text constant holds 255 characters; a longer calcPr is not restorable.
  if (calc.length <= 250)
    names.push(definedNameXml(CALC_MARKER, `"${calc.replace(/"/g, '""')}"`, undefined, true));
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
 * The plan's workbook-scoped names, refusing a clash with a user's name, plus the list of them
 * (OWNED_NAMES) that lets the next run take them back.
 */
function planNames(plan: OutputPlan, existing: DefinedNameEntry[]): string[] {
  const taken = new Set(
    existing.filter((n) => n.localSheetId === null).map((n) => n.name.toLowerCase()),
  );
  const seen = new Set<string>([OWNER_NAME, OWNED_NAMES, CALC_MARKER].map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const n of plan.names ?? []) {
    const key = n.name.toLowerCase();
    if (seen.has(key))
      throw new PlanError(`The plan defines the name "${n.name}" twice or uses a reserved name`);
    seen.add(key);
    if (taken.has(key))
      throw new PlanError(
        `The workbook already has a name "${n.name}"; Bảng Kiểm will not overwrite it`,
      );
    if (!isValidName(n.name)) throw new PlanError(`"${n.name}" cannot be a defined name in Excel`);
    const ref = n.ref.replace(/^=/, '');
    if (!ref.trim()) throw new PlanError(`The name "${n.name}" has no formula`);
    out.push(definedNameXml(n.name, ref, undefined, n.hidden));
  }
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

const NAME_RE = new RegExp(`^[${LETTERS}_\\\\][${LETTERS}${DIGITS}_.\\\\]*$`);

/** Excel's rule for names: a letter, "_" or "\\" first; no spaces; not a cell reference. */
function isValidName(name: string): boolean {
  return (
    name.length <= 255 &&
    NAME_RE.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

/**
 * A sheet name Excel would not allow ("[Năm 2021]" from some other program) cannot be written
 * in a formula, a link or a chart: "'[Năm 2021]'!B5" reads as another workbook, and LibreOffice
 * refuses the file. Say so rather than write such references.
 */
function checkInputSheetNames(names: string[]): void {
  for (const name of names) {
    if (!name || name.length > 31 || INVALID_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
      throw new UnusableInputError('sheet-name', `sheet name ${JSON.stringify(name)}`, {
        location: `“${name}”`,
      });
    }
  }
}

function checkSheetNames(planSheets: PlanSheet[], existing: string[]): void {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (const { name } of planSheets) {
    if (
      !name ||
      name.length > 31 ||
      INVALID_SHEET_CHARS.test(name) ||
      /^'|'$/.test(name) ||
      /^history$/i.test(name)
    ) {
      throw new PlanError(
        `"${name}" cannot be a sheet name (1 to 31 characters, none of [ ] : * ? / \\)`,
      );
    }
    if (taken.has(name.toLowerCase())) {
      throw new PlanError(
        `The workbook already has a sheet named "${name}" that Bảng Kiểm does not own; it will not overwrite it`,
      );
    }
    taken.add(name.toLowerCase());
  }
}
