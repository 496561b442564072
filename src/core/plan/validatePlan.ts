import { Failure, type FailureId } from '../failures';
import { a1, parseRange, rangeA1 } from '../model/address';
import { OWNER_NAME, type OutputPlan, type PlanCell, type PlanSheet } from './outputPlan';
import type { CellRange } from '../model/snapshot';
import { DIGITS, LETTERS } from '../text/charClasses';

/**
 * One check of an output plan for both hosts: what Excel would refuse or mangle is found before
 * either host touches a workbook, with the same message whichever host writes. A plan that fails
 * is a bug of Bảng Kiểm's (the core builds plans), so the messages name the sheet and the cell.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
export const MAX_FORMULA = 8_192;
export const MAX_TEXT = 32_767;
export const MAX_SHEET_NAME = 31;

/** Names a host adds itself: the plan may not define them. */
export const RESERVED_NAMES = [
  OWNER_NAME,
  'BangKiem.OwnedNames',
  'BangKiem.CalcPr',
  'BangKiem.DefinedNames',
];

export type PlanErrorCode =
  | 'UnsupportedPlan'
  | 'InvalidPlanSheetName'
  | 'SheetNameTaken'
  | 'InvalidPlanCell'
  | 'InvalidPlanRange'
  | 'InvalidPlanFormula'
  | 'InvalidPlanStyle'
  | 'InvalidPlanChart'
  | 'InvalidPlanName';

const PLAN_FAILURES: Record<PlanErrorCode, FailureId> = {
  UnsupportedPlan: 'plan-unsupported',
  InvalidPlanSheetName: 'plan-sheet-name',
  SheetNameTaken: 'plan-sheet-taken',
  InvalidPlanCell: 'plan-cell',
  InvalidPlanRange: 'plan-range',
  InvalidPlanFormula: 'plan-formula',
  InvalidPlanStyle: 'plan-style',
  InvalidPlanChart: 'plan-chart',
  InvalidPlanName: 'plan-name',
};

/** A plan either host would refuse: the catalogue's `plan` entries, worded where it is found. */
export class PlanError extends Failure {
  constructor(code: PlanErrorCode, vi: string, en: string) {
    super(PLAN_FAILURES[code], { problem: { vi, en } });
    this.name = 'PlanError';
  }
}

export interface ValidateOptions {
  /** The user's sheet names (owned sheets left out): a plan sheet may not take one. */
  userSheets?: string[];
  /** The user's workbook-scoped defined names: a plan name may not take one. */
  userNames?: string[];
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

/** Excel's rule for sheet names: 1–31 characters, none of [ ] : * ? / \, no edge apostrophe. */
export function isValidSheetName(name: string): boolean {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !INVALID_SHEET_CHARS.test(name) &&
    !/^'|'$/.test(name) &&
    !/^history$/i.test(name)
  );
}

const NAME_RE = new RegExp(`^[${LETTERS}_\\\\][${LETTERS}${DIGITS}_.\\\\]*$`);

/** Excel's rule for defined names: a letter, "_" or "\\" first; no spaces; not a cell reference. */
export function isValidDefinedName(name: string): boolean {
  return (
    name.length <= 255 &&
    NAME_RE.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

/**
 * What is wrong with a formula's shape, or null: empty, too long, a string or a quoted sheet name
 * left open, parentheses that do not pair. Functions and references are Excel's to judge.
 */
export function formulaProblem(formula: string): { vi: string; en: string } | null {
  const f = formula.replace(/^=/, '');
  if (!f.trim()) return { vi: 'công thức rỗng', en: 'has an empty formula' };
  if (f.length > MAX_FORMULA)
    return {
      vi: `công thức dài ${f.length} ký tự (Excel cho phép ${MAX_FORMULA})`,
      en: `has a formula of ${f.length} characters (Excel allows ${MAX_FORMULA})`,
    };
  let depth = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      const close = closingQuote(f, i, ch);
      if (close < 0)
        return ch === '"'
          ? { vi: 'chuỗi trong công thức chưa đóng', en: 'has a formula with an unclosed string' }
          : {
              vi: 'tên trang trong công thức chưa đóng',
              en: 'has a formula with an unclosed sheet name',
            };
      i = close;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) break;
  }
  if (depth !== 0)
    return {
      vi: 'công thức có dấu ngoặc không khớp',
      en: 'has a formula with unbalanced parentheses',
    };
  return null;
}

/** Index of the quote closing the one at `open` (a doubled quote stays inside); -1 if none. */
function closingQuote(f: string, open: number, q: string): number {
  for (let i = open + 1; i < f.length; i++) {
    if (f[i] !== q) continue;
    if (f[i + 1] === q) i++;
    else return i;
  }
  return -1;
}

/** "'Sheet'!$A$1:$B$2" → its sheet and range; null when it is not of that form. */
export function parseSheetRange(ref: string): { sheet: string; range: CellRange } | null {
  const bang = ref.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = ref.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = parseRange(ref.slice(bang + 1));
  return sheet && range && inSheet(range) ? { sheet, range } : null;
}

function inSheet(r: CellRange): boolean {
  return (
    [r.r0, r.r1, r.c0, r.c1].every(Number.isInteger) &&
    r.r0 >= 0 &&
    r.c0 >= 0 &&
    r.r1 >= r.r0 &&
    r.c1 >= r.c0 &&
    r.r1 < MAX_ROWS &&
    r.c1 < MAX_COLS
  );
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

const HEX = /^#?[0-9a-fA-F]{6}$/;

function colour(hex: string | undefined, what: string): void {
  if (hex !== undefined && !HEX.test(hex))
    throw new PlanError(
      'InvalidPlanStyle',
      `Màu "${hex}" không hợp lệ (${what}): cần sáu chữ số hệ 16`,
      `Invalid colour "${hex}" (${what}): expected six hex digits`,
    );
}

function cellError(sheet: string, row: number, col: number, vi: string, en: string): PlanError {
  const at = row >= 0 && col >= 0 ? a1(row, col) : `(${row}, ${col})`;
  return new PlanError(
    'InvalidPlanCell',
    `Trang "${sheet}", ô ${at}: ${vi}`,
    `Sheet "${sheet}", cell ${at}: ${en}`,
  );
}

function rangeError(sheet: string, what: string, r: unknown): PlanError {
  return new PlanError(
    'InvalidPlanRange',
    `Trang "${sheet}": vùng ${what} ${JSON.stringify(r)} không hợp lệ`,
    `Sheet "${sheet}": ${what} ${JSON.stringify(r)} is not a valid range`,
  );
}

function checkRange(sheet: string, r: CellRange, what: string): void {
  if (!r || !inSheet(r)) throw rangeError(sheet, what, r);
}

function checkFormula(where: { vi: string; en: string }, formula: string): void {
  const p = formulaProblem(formula);
  if (p) throw new PlanError('InvalidPlanFormula', `${where.vi}: ${p.vi}`, `${where.en}: ${p.en}`);
}

function checkCell(sheet: string, cell: PlanCell, styles: number): void {
  const { row, col } = cell;
  const bad = (vi: string, en: string) => cellError(sheet, row, col, vi, en);
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0)
    throw bad('nằm ngoài trang tính', 'is outside the sheet');
  if (row >= MAX_ROWS || col >= MAX_COLS) throw bad('nằm ngoài trang tính', 'is outside the sheet');
  if (
    cell.style !== undefined &&
    !(Number.isInteger(cell.style) && cell.style >= 0 && cell.style < styles)
  )
    throw bad(
      `dùng kiểu ${cell.style} mà kế hoạch không định nghĩa`,
      `uses style ${cell.style}, which the plan does not define`,
    );
  const hasValue = cell.value !== undefined && cell.value !== null;
  if (cell.formula !== undefined) {
    if (hasValue) throw bad('vừa có giá trị vừa có công thức', 'has both a value and a formula');
    if (typeof cell.formula !== 'string')
      throw bad('công thức không phải văn bản', 'has a formula that is not text');
    const p = formulaProblem(cell.formula);
    if (p) throw new PlanError('InvalidPlanFormula', bad(p.vi, p.en).vi, bad(p.vi, p.en).en);
    const c = cell.cached;
    if (typeof c === 'number' && !Number.isFinite(c))
      throw bad(`có kết quả lưu sẵn ${c}`, `has the cached result ${c}`);
    return;
  }
  const v = cell.value;
  if (v === undefined || v === null || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v))
      throw bad(`có số ${v}, ô không chứa được`, `has the number ${v}, which a cell cannot hold`);
    return;
  }
  if (typeof v !== 'string')
    throw bad(`có giá trị kiểu ${typeof v}`, `has a value of type ${typeof v}`);
  if (v.length > MAX_TEXT)
    throw bad(
      `có ${v.length} ký tự (một ô chứa tối đa ${MAX_TEXT})`,
      `has ${v.length} characters of text (a cell holds ${MAX_TEXT})`,
    );
}

function checkSheet(sheet: PlanSheet, plan: OutputPlan, sheetNames: Set<string> | null): void {
  const name = sheet.name;
  colour(sheet.tabColor, `tab of "${name}"`);
  const seen = new Set<number>();
  for (const cell of sheet.cells) {
    checkCell(name, cell, plan.styles.length);
    const key = cell.row * MAX_COLS + cell.col;
    if (seen.has(key))
      throw cellError(name, cell.row, cell.col, 'được ghi hai lần', 'is written twice');
    seen.add(key);
  }
  const cols = new Set<number>();
  for (const c of sheet.columns ?? []) {
    if (!Number.isInteger(c.col) || c.col < 0 || c.col >= MAX_COLS)
      throw rangeError(name, 'column', c.col);
    if (cols.has(c.col)) throw rangeError(name, 'column (twice)', c.col);
    cols.add(c.col);
    if (!(c.width >= 0 && c.width <= 255)) throw rangeError(name, 'column width', c.width);
  }
  for (const { row, height } of sheet.rowHeights ?? []) {
    if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS || !(height >= 0 && height <= 409))
      throw rangeError(name, 'row height', { row, height });
  }
  const merges = sheet.merges ?? [];
  merges.forEach((m, i) => {
    checkRange(name, m, 'merge');
    const other = merges.slice(0, i).find((o) => overlaps(o, m));
    if (other)
      throw new PlanError(
        'InvalidPlanRange',
        `Trang "${name}": vùng gộp ${rangeA1(other)} và ${rangeA1(m)} chồng lên nhau`,
        `Sheet "${name}": merges ${rangeA1(other)} and ${rangeA1(m)} overlap`,
      );
  });
  if (sheet.autoFilter) checkRange(name, sheet.autoFilter, 'autoFilter');
  const f = sheet.freeze;
  if (
    f &&
    !(
      Number.isInteger(f.rows) &&
      Number.isInteger(f.cols) &&
      f.rows >= 0 &&
      f.cols >= 0 &&
      f.rows < MAX_ROWS &&
      f.cols < MAX_COLS
    )
  )
    throw rangeError(name, 'freeze', f);
  for (const cf of sheet.conditionalFormats ?? []) {
    checkRange(name, cf.range, 'conditional format');
    checkFormula(
      {
        vi: `Trang "${name}": định dạng có điều kiện ở ${rangeA1(cf.range)}`,
        en: `Sheet "${name}": conditional format on ${rangeA1(cf.range)}`,
      },
      cf.formula,
    );
    colour(cf.style.fill, 'conditional format fill');
    colour(cf.style.fontColor, 'conditional format font');
  }
  const titles = sheet.page?.printTitleRows;
  if (
    titles &&
    !(
      Number.isInteger(titles[0]) &&
      Number.isInteger(titles[1]) &&
      titles[0] >= 0 &&
      titles[1] >= titles[0] &&
      titles[1] < MAX_ROWS
    )
  )
    throw rangeError(name, 'print titles', titles);
  for (const chart of sheet.charts ?? []) {
    const what = (s: string) => ({
      vi: `Biểu đồ "${chart.id}" trên trang "${name}": ${s}`,
      en: `Chart "${chart.id}" on sheet "${name}": ${s}`,
    });
    const fail = (vi: string, en: string) =>
      new PlanError('InvalidPlanChart', what(vi).vi, what(en).en);
    if (!chart.series.length) throw fail('không có dãy số liệu', 'has no series');
    for (const n of ['yMin', 'yMax'] as const) {
      const v = chart[n];
      if (v !== undefined && !Number.isFinite(v))
        throw fail(`${n} ${v} không phải là số`, `${n} ${v} is not a number`);
    }
    const a = chart.anchor;
    if (!a || !inSheet(a))
      throw fail(
        `vị trí ${JSON.stringify(a)} không hợp lệ`,
        `anchor ${JSON.stringify(a)} is not a valid range`,
      );
    const refs = [
      { ref: chart.categories, label: 'categories' },
      ...chart.series.map((s) => ({ ref: s.values, label: `series "${s.name}"` })),
    ];
    for (const { ref, label } of refs) {
      const q = typeof ref === 'string' ? parseSheetRange(ref) : null;
      if (!q)
        throw fail(
          `vùng dữ liệu không hợp lệ (${label}): ${ref}`,
          `invalid range for ${label}: ${ref} (it must name its sheet)`,
        );
      if (sheetNames && !sheetNames.has(q.sheet.toLowerCase()))
        throw fail(
          `vùng dữ liệu trỏ tới trang không có: ${ref}`,
          `${label} points to a sheet that does not exist: ${ref}`,
        );
    }
    for (const s of chart.series) colour(s.color, `series "${s.name}" of chart "${chart.id}"`);
  }
}

/**
 * Checks a whole plan; throws a PlanError (code, Vietnamese and English message) for the first
 * problem. Both hosts call it before they change anything.
 */
export function validatePlan(plan: OutputPlan, opts: ValidateOptions = {}): void {
  if (plan.version !== 1)
    throw new PlanError(
      'UnsupportedPlan',
      `Phiên bản kế hoạch ghi ${String(plan.version)} không được hỗ trợ`,
      `Output plan version ${String(plan.version)} is not supported`,
    );
  plan.styles.forEach((s, i) => {
    colour(s.fill, `style ${i} fill`);
    colour(s.fontColor, `style ${i} font`);
    if (s.fontSize !== undefined && !(s.fontSize > 0 && s.fontSize <= 409))
      throw new PlanError(
        'InvalidPlanStyle',
        `Kiểu ${i}: cỡ chữ ${s.fontSize} không hợp lệ`,
        `Style ${i}: font size ${s.fontSize} is not valid`,
      );
    if (
      s.numFmt !== undefined &&
      (typeof s.numFmt !== 'string' || !s.numFmt || s.numFmt.length > 255)
    )
      throw new PlanError(
        'InvalidPlanStyle',
        `Kiểu ${i}: định dạng số không hợp lệ`,
        `Style ${i}: number format "${String(s.numFmt)}" is not valid`,
      );
  });

  const user = new Set((opts.userSheets ?? []).map((n) => n.toLowerCase()));
  const planned = new Set<string>();
  for (const { name } of plan.sheets) {
    if (!isValidSheetName(name))
      throw new PlanError(
        'InvalidPlanSheetName',
        `"${name}" không thể là tên trang tính (1 đến 31 ký tự, không có [ ] : * ? / \\)`,
        `"${name}" cannot be a sheet name (1 to 31 characters, none of [ ] : * ? / \\)`,
      );
    const key = name.toLowerCase();
    if (user.has(key))
      throw new PlanError(
        'SheetNameTaken',
        `Sổ tính đã có trang "${name}" không phải của Bảng Kiểm; Bảng Kiểm không ghi đè lên nó`,
        `The workbook already has a sheet named "${name}" that Bảng Kiểm does not own; it will not overwrite it`,
      );
    if (planned.has(key))
      throw new PlanError(
        'InvalidPlanSheetName',
        `Kế hoạch có hai trang cùng tên "${name}"`,
        `The plan has two sheets named "${name}"`,
      );
    planned.add(key);
  }
  const allSheets = opts.userSheets ? new Set([...user, ...planned]) : null;
  for (const sheet of plan.sheets) checkSheet(sheet, plan, allSheets);

  const userNames = new Set((opts.userNames ?? []).map((n) => n.toLowerCase()));
  const seen = new Set(RESERVED_NAMES.map((n) => n.toLowerCase()));
  for (const n of plan.names ?? []) {
    const key = n.name.toLowerCase();
    const bad = (vi: string, en: string) => new PlanError('InvalidPlanName', vi, en);
    if (seen.has(key))
      throw bad(
        `Kế hoạch định nghĩa tên "${n.name}" hai lần hoặc dùng tên dành riêng`,
        `The plan defines the name "${n.name}" twice or uses a reserved name`,
      );
    seen.add(key);
    if (userNames.has(key))
      throw bad(
        `Sổ tính đã có tên "${n.name}"; Bảng Kiểm không ghi đè lên nó`,
        `The workbook already has a name "${n.name}"; Bảng Kiểm will not overwrite it`,
      );
    if (!isValidDefinedName(n.name))
      throw bad(
        `"${n.name}" không thể là một tên trong Excel`,
        `"${n.name}" cannot be a defined name in Excel`,
      );
    checkFormula({ vi: `Tên "${n.name}"`, en: `The name "${n.name}"` }, n.ref);
  }
}
