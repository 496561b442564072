import { quoteSheetName, rangeA1, parseRange } from '../../../src/core/model/address';
import type { CellRange } from '../../../src/core/model/snapshot';
import { storeInput } from './cellInput';
import type { DoubleContext } from './context';
import {
  cellKey,
  DEFAULT_COLUMN_WIDTH_PT,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT_PT,
  newSheet,
  usedRect,
  type DChart,
  type DName,
  type DSeries,
  type DSheet,
} from './model';
import { DoubleOfficeError, propertyNotLoaded } from './officeError';
import { recorder } from './recorder';

const MAX_ROWS = 1_048_576;

function parseLoad(arg: unknown): string[] {
  if (arg === undefined)
    throw new Error('excelDouble: load() without properties loads everything; name them');
  const list = Array.isArray(arg) ? arg : [arg];
  return list.flatMap((p) => {
    if (typeof p !== 'string')
      throw new Error('excelDouble: only string load() arguments are implemented');
    return p
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  });
}

function notFound(what: string): DoubleOfficeError {
  return new DoubleOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
}

function protectedSheet(sheet: DSheet): void {
  if (sheet.protected) {
    throw new DoubleOfficeError(
      'InvalidOperation',
      'The cell or chart you are trying to change is on a protected sheet.',
    );
  }
}

/** A proxy for a server object: resolved at the first sync that touches it, then bound. */
abstract class ClientObject<T> {
  private bound: { t: T | null } | undefined;
  private readonly loadedProps = new Map<string, unknown>();
  private nullKnown = false;
  protected abstract readonly kind: string;
  protected abstract readonly loadable: Record<string, string>;
  protected abstract read(t: T, prop: string): unknown;

  constructor(
    protected readonly ctx: DoubleContext,
    private readonly resolver: () => T | null,
    private readonly orNull = false,
  ) {}

  bind(t: T): void {
    this.bound = { t };
  }

  targetOrNull(): T | null {
    this.bound ??= { t: this.resolver() };
    return this.bound.t;
  }

  target(): T {
    const t = this.targetOrNull();
    if (t === null) throw notFound(this.kind);
    return t;
  }

  load(arg?: string | string[]): this {
    const props = parseLoad(arg);
    this.checkLoadable(props);
    this.ctx.enqueue(() => {
      const t = this.orNull ? this.targetOrNull() : this.target();
      return this.absorb(t, props);
    }, props);
    return this;
  }

  checkLoadable(props: string[]): void {
    for (const p of props) {
      const version = this.loadable[p];
      if (!version) throw new Error(`excelDouble: ${this.kind}.load('${p}') is not implemented`);
      this.ctx.requireApi(version, `${this.kind}.${p}`);
    }
  }

  /** Fills loaded properties at sync time; returns the response bytes. */
  absorb(t: T | null, props: string[]): number {
    this.nullKnown = true;
    if (t === null) return 20;
    const out: Record<string, unknown> = {};
    for (const p of props) {
      out[p] = this.read(t, p);
      this.loadedProps.set(p, this.ctx.adopt(out[p]));
    }
    return JSON.stringify(out).length;
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw propertyNotLoaded(this.kind, 'isNullObject');
    return this.targetOrNull() === null;
  }

  protected loaded<V>(prop: string): V {
    if (!this.loadedProps.has(prop)) throw propertyNotLoaded(this.kind, prop);
    return this.loadedProps.get(prop) as V;
  }

  protected api(version: string, name: string): void {
    this.ctx.requireApi(version, `${this.kind}.${name}`);
  }
}

export class DWorkbookProxy {
  readonly worksheets: DWorksheetCollection;
  readonly names: DNamedItemCollection;
  constructor(ctx: DoubleContext) {
    this.worksheets = new DWorksheetCollection(ctx);
    this.names = new DNamedItemCollection(ctx, () => ctx.model.names, 'Workbook');
  }
}

export class DApplication {
  constructor(private readonly ctx: DoubleContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requireApi('1.6', 'Application.suspendApiCalculationUntilNextSync');
    this.ctx.enqueue(() => {
      this.ctx.model.calcSuspensions++;
      this.ctx.model.calcSuspended = true;
    });
  }
  calculate(type: string): void {
    if (!['Recalculate', 'Full', 'FullRebuild'].includes(type)) {
      throw new Error(`excelDouble: calculate('${type}')`);
    }
    this.ctx.enqueue(() => {
      if (this.ctx.model.calcSuspended) return;
      this.ctx.model.recalculations = (this.ctx.model.recalculations ?? 0) + 1;
      for (const sheet of this.ctx.model.sheets) {
        for (const cell of sheet.cells.values()) delete cell.uncalculated;
      }
    }, type);
  }
}

/** Refused where the workbook structure is protected (Review → Protect Workbook). */
function structure(ctx: DoubleContext, api: string): void {
  if (ctx.model.structureProtected) {
    throw new DoubleOfficeError(
      'InvalidOperation',
      'Ce classeur est protégé et ne peut pas être modifié.',
      api,
    );
  }
}

export class DWorksheetCollection {
  private loadedItems: DWorksheet[] | undefined;
  constructor(private readonly ctx: DoubleContext) {}

  load(arg?: string | string[]): this {
    const props = parseLoad(arg).map((p) => {
      if (!p.startsWith('items/')) throw new Error(`excelDouble: WorksheetCollection.load('${p}')`);
      return p.slice('items/'.length);
    });
    new DWorksheet(this.ctx, () => null).checkLoadable(props);
    this.ctx.enqueue(() => {
      this.loadedItems = this.ctx.adopt(
        this.ctx.model.sheets.map((s) => {
          const ws = new DWorksheet(this.ctx, () => s);
          ws.bind(s);
          return ws;
        }),
      );
      return this.loadedItems.reduce((n, ws) => n + ws.absorb(ws.target(), props), 0);
    }, props);
    return this;
  }

  get items(): DWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded('WorksheetCollection', 'items');
    return this.loadedItems;
  }

  getItem(name: string): DWorksheet {
    this.ctx.enqueue(() => undefined, name);
    return new DWorksheet(this.ctx, () => findSheet(this.ctx, name));
  }

  add(name: string): DWorksheet {
    const ws = new DWorksheet(this.ctx, () => null);
    this.ctx.enqueue(() => {
      structure(this.ctx, 'WorksheetCollection.add');
      checkSheetName(this.ctx, name);
      const sheet = newSheet(name);
      this.ctx.model.sheets.push(sheet);
      ws.bind(sheet);
    }, name);
    return ws;
  }
}

function findSheet(ctx: DoubleContext, name: string): DSheet | null {
  return ctx.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
}

function checkSheetName(ctx: DoubleContext, name: string, self?: DSheet): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new DoubleOfficeError('InvalidArgument', `Invalid sheet name '${name}'.`);
  }
  const other = findSheet(ctx, name);
  if (other && other !== self) {
    throw new DoubleOfficeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
  }
}

function visibleCount(ctx: DoubleContext): number {
  return ctx.model.sheets.filter((s) => s.visibility === 'Visible').length;
}

interface RangeTarget {
  sheet: DSheet;
  rect: CellRange;
}

export class DWorksheet extends ClientObject<DSheet> {
  protected readonly kind = 'Worksheet';
  protected readonly loadable = {
    name: '1.1',
    visibility: '1.1',
    tabColor: '1.7',
    position: '1.1',
  };

  protected read(t: DSheet, prop: string): unknown {
    if (prop === 'position') return this.ctx.model.sheets.indexOf(t);
    if (prop === 'tabColor') return t.tabColor ?? '';
    return t[prop as 'name' | 'visibility'];
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.ctx.enqueue(() => {
      const t = this.target();
      structure(this.ctx, 'Worksheet.name');
      checkSheetName(this.ctx, value, t);
      t.name = value;
    }, value);
  }

  get visibility(): string {
    return this.loaded('visibility');
  }
  set visibility(value: DSheet['visibility']) {
    this.ctx.enqueue(() => {
      const t = this.target();
      structure(this.ctx, 'Worksheet.visibility');
      if (value !== 'Visible' && t.visibility === 'Visible' && visibleCount(this.ctx) === 1) {
        throw new DoubleOfficeError('InvalidOperation', 'A workbook must keep one visible sheet.');
      }
      t.visibility = value;
    }, value);
  }

  set tabColor(value: string) {
    this.api('1.7', 'tabColor');
    this.ctx.enqueue(() => {
      this.target().tabColor = value;
    }, value);
  }

  get names(): DNamedItemCollection {
    this.api('1.4', 'names');
    return new DNamedItemCollection(this.ctx, () => this.target().names, 'Worksheet');
  }

  get charts(): DChartCollection {
    return new DChartCollection(this.ctx, this);
  }

  get freezePanes(): object {
    this.api('1.7', 'freezePanes');
    const set = (rows: number, cols: number) => {
      this.ctx.enqueue(() => {
        this.target().freeze = { rows, cols };
      }, [rows, cols]);
    };
    return {
      freezeAt: (range: DRange | string) => {
        this.api('1.7', 'freezePanes.freezeAt');
        const r = typeof range === 'string' ? this.getRange(range) : range;
        this.ctx.enqueue(() => {
          const t = r.target();
          if (t.rect.r0 !== 0 || t.rect.c0 !== 0) {
            throw new DoubleOfficeError('InvalidArgument', 'freezeAt needs a range at A1.');
          }
          this.target().freeze = { rows: t.rect.r1 + 1, cols: t.rect.c1 + 1 };
        });
      },
      freezeRows: (n: number) => set(n, 0),
      freezeColumns: (n: number) => set(0, n),
    };
  }

  get autoFilter(): object {
    this.api('1.9', 'autoFilter');
    return {
      apply: (range: DRange) => {
        this.api('1.9', 'autoFilter.apply');
        this.ctx.enqueue(() => {
          this.target().autoFilter = { ...range.target().rect };
        });
      },
    };
  }

  get pageLayout(): object {
    this.api('1.9', 'pageLayout');
    return recorder(this.ctx, {
      kind: 'PageLayout',
      props: { orientation: '1.9', paperSize: '1.9', zoom: '1.9' },
      methods: {
        setPrintTitleRows: {
          version: '1.9',
          call: (args) =>
            this.ctx.enqueue(() => {
              this.target().pageLayout.printTitleRows = args[0];
            }, args),
        },
      },
      sink: (path, value) => {
        this.target().pageLayout[path] = value;
      },
    });
  }

  getRange(address: string): DRange {
    this.ctx.enqueue(() => undefined, address);
    return new DRange(this.ctx, () => {
      const rect = parseRange(address);
      if (!rect) throw new DoubleOfficeError('InvalidArgument', `Bad address '${address}'.`);
      return { sheet: this.target(), rect };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): DRange {
    this.api('1.7', 'getRangeByIndexes');
    this.ctx.enqueue(() => undefined, [row, col, rows, cols]);
    return new DRange(this.ctx, () => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > MAX_ROWS) {
        throw new DoubleOfficeError('InvalidArgument', 'Bad range indexes.');
      }
      return {
        sheet: this.target(),
        rect: { r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): DRange {
    this.api('1.4', 'getUsedRangeOrNullObject');
    this.ctx.enqueue(() => undefined, valuesOnly);
    return new DRange(
      this.ctx,
      () => {
        const sheet = this.target();
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const t = this.target();
      structure(this.ctx, 'Worksheet.delete');
      // Excel refuses to delete a very hidden sheet; it must be made visible first.
      if (t.visibility === 'VeryHidden') {
        throw new DoubleOfficeError(
          'InvalidOperation',
          'A very hidden sheet cannot be deleted.',
          'Worksheet.delete',
        );
      }
      if (t.visibility === 'Visible' && visibleCount(this.ctx) === 1) {
        throw new DoubleOfficeError('InvalidOperation', 'A workbook must keep one visible sheet.');
      }
      protectedSheet(t);
      this.ctx.model.sheets = this.ctx.model.sheets.filter((s) => s !== t);
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      const t = this.target();
      if (t.visibility !== 'Visible') {
        throw new DoubleOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      }
      this.ctx.model.active = t.name;
    });
  }
}

function qualified(t: RangeTarget): string {
  return `${quoteSheetName(t.sheet.name)}!${rangeA1(t.rect)}`;
}

function cellsOf(t: RangeTarget): number {
  return (t.rect.r1 - t.rect.r0 + 1) * (t.rect.c1 - t.rect.c0 + 1);
}

export class DRange extends ClientObject<RangeTarget> {
  protected readonly kind = 'Range';
  protected readonly loadable = {
    address: '1.1',
    rowIndex: '1.1',
    columnIndex: '1.1',
    rowCount: '1.1',
    columnCount: '1.1',
    values: '1.1',
    formulas: '1.1',
    numberFormat: '1.1',
    valueTypes: '1.1',
  };

  protected read(t: RangeTarget, prop: string): unknown {
    const { r0, c0, r1, c1 } = t.rect;
    switch (prop) {
      case 'address':
        return qualified(t);
      case 'rowIndex':
        return r0;
      case 'columnIndex':
        return c0;
      case 'rowCount':
        return r1 - r0 + 1;
      case 'columnCount':
        return c1 - c0 + 1;
    }
    if (cellsOf(t) > 5_000_000) throw new DoubleOfficeError('RangeExceedsLimit', 'Too many cells.');
    const out: unknown[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: unknown[] = [];
      for (let c = c0; c <= c1; c++) {
        const cell = t.sheet.cells.get(cellKey(r, c));
        const value = cell?.value ?? (cell?.formula !== undefined ? '' : null);
        if (prop === 'values') row.push(value ?? '');
        else if (prop === 'formulas')
          row.push(cell?.formula !== undefined ? `=${cell.formula}` : (value ?? ''));
        else if (prop === 'numberFormat') row.push(cell?.numFmt ?? 'General');
        else if (cell?.error) row.push('Error');
        else if (value === null || (value === '' && cell?.formula === undefined)) row.push('Empty');
        else if (typeof value === 'string') row.push('String');
        else if (typeof value === 'boolean') row.push('Boolean');
        else row.push('Double');
      }
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(v: unknown[][]) {
    this.write(v, (sheet, r, c, x) => storeInput(sheet, r, c, x, this.ctx.model.calcSuspended));
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write(v, (sheet, r, c, x) => storeInput(sheet, r, c, x, this.ctx.model.calcSuspended));
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write(v, (sheet, r, c, x) => {
      if (x === null || x === undefined) return;
      const key = cellKey(r, c);
      const cell = sheet.cells.get(key) ?? { value: null, numFmt: 'General', font: DEFAULT_FONT };
      cell.numFmt = String(x);
      sheet.cells.set(key, cell);
    });
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }

  set columnHidden(hidden: boolean) {
    this.api('1.2', 'columnHidden');
    this.ctx.enqueue(() => {
      const t = this.target();
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    }, hidden);
  }

  /** Office requires a 2-D array of exactly the range's size. */
  private write(v: unknown[][], store: (sheet: DSheet, r: number, c: number, x: unknown) => void) {
    if (!Array.isArray(v) || !v.every((row) => Array.isArray(row))) {
      throw new Error('excelDouble: Range writes take 2-D arrays here');
    }
    this.ctx.enqueue(() => {
      const t = this.target();
      protectedSheet(t.sheet);
      const rows = t.rect.r1 - t.rect.r0 + 1;
      const cols = t.rect.c1 - t.rect.c0 + 1;
      if (v.length !== rows || v.some((row) => row.length !== cols)) {
        throw new DoubleOfficeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size of the range (${rows}×${cols}).`,
        );
      }
      v.forEach((row, r) => row.forEach((x, c) => store(t.sheet, t.rect.r0 + r, t.rect.c0 + c, x)));
    }, v);
  }

  get format(): object {
    return recorder(
      this.ctx,
      {
        kind: 'RangeFormat',
        props: {
          'format.font.bold': '1.1',
          'format.font.italic': '1.1',
          'format.font.underline': '1.1',
          'format.font.size': '1.1',
          'format.font.color': '1.1',
          'format.font.name': '1.1',
          'format.fill.color': '1.1',
          'format.horizontalAlignment': '1.1',
          'format.verticalAlignment': '1.1',
          'format.wrapText': '1.1',
          'format.columnWidth': '1.2',
          'format.rowHeight': '1.2',
          'format.borders.*.style': '1.1',
          'format.borders.*.weight': '1.1',
          'format.borders.*.color': '1.1',
        },
        methods: {
          'format.borders.getItem': {
            version: '1.1',
            call: (args) => recorderAt(this, `format.borders.${String(args[0])}`),
          },
        },
        sink: (path, value) => this.sinkFormat(path, value),
      },
      'format',
    );
  }

  sinkFormat(path: string, value: unknown): void {
    const t = this.target();
    protectedSheet(t.sheet);
    if (path === 'format.columnWidth') {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, Number(value));
    } else if (path === 'format.rowHeight') {
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, Number(value));
    } else {
      t.sheet.formats.push({ range: { ...t.rect }, path, value });
    }
  }

  get conditionalFormats(): object {
    this.api('1.6', 'conditionalFormats');
    return {
      add: (type: string) => {
        this.api('1.6', 'conditionalFormats.add');
        const holder: { entry?: DSheet['conditionalFormats'][number] } = {};
        this.ctx.enqueue(() => {
          const t = this.target();
          holder.entry = { range: { ...t.rect }, type, props: {} };
          t.sheet.conditionalFormats.push(holder.entry);
        }, type);
        return recorder(this.ctx, {
          kind: 'ConditionalFormat',
          props: {
            'custom.rule.formula': '1.6',
            'custom.format.font.color': '1.6',
            'custom.format.font.bold': '1.6',
            'custom.format.fill.color': '1.6',
          },
          methods: {},
          sink: (path, value) => {
            holder.entry!.props[path] = value;
          },
        });
      },
    };
  }

  merge(across = false): void {
    this.api('1.2', 'merge');
    this.ctx.enqueue(() => {
      const t = this.target();
      protectedSheet(t.sheet);
      const overlaps = t.sheet.merges.some(
        (m) => m.r0 <= t.rect.r1 && t.rect.r0 <= m.r1 && m.c0 <= t.rect.c1 && t.rect.c0 <= m.c1,
      );
      if (overlaps) throw new DoubleOfficeError('InvalidOperation', 'Merged areas overlap.');
      if (across) {
        for (let r = t.rect.r0; r <= t.rect.r1; r++)
          t.sheet.merges.push({ ...t.rect, r0: r, r1: r });
      } else {
        t.sheet.merges.push({ ...t.rect });
      }
    }, across);
  }

  /** The used range inside this range (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): DRange {
    this.api('1.4', 'getUsedRangeOrNullObject');
    this.ctx.enqueue(() => undefined, valuesOnly);
    return new DRange(
      this.ctx,
      () => {
        const t = this.target();
        const u = usedRect(t.sheet, valuesOnly);
        if (!u) return null;
        const rect = {
          r0: Math.max(u.r0, t.rect.r0),
          c0: Math.max(u.c0, t.rect.c0),
          r1: Math.min(u.r1, t.rect.r1),
          c1: Math.min(u.c1, t.rect.c1),
        };
        if (rect.r0 > rect.r1 || rect.c0 > rect.c1) return null;
        // The used range of the part: the bounding box of the cells inside it.
        const inside = usedRect(
          { ...t.sheet, cells: cellsWithin(t.sheet, rect), merges: [] },
          valuesOnly,
        );
        return inside ? { sheet: t.sheet, rect: inside } : null;
      },
      true,
    );
  }

  getEntireColumn(): DRange {
    return new DRange(this.ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: { r0: 0, r1: MAX_ROWS - 1, c0: t.rect.c0, c1: t.rect.c1 } };
    });
  }

  getMergedAreasOrNullObject(): DRangeAreas {
    this.api('1.13', 'getMergedAreasOrNullObject');
    return new DRangeAreas(
      this.ctx,
      () => {
        const t = this.target();
        const rects = t.sheet.merges.filter(
          (m) => m.r0 <= t.rect.r1 && t.rect.r0 <= m.r1 && m.c0 <= t.rect.c1 && t.rect.c0 <= m.c1,
        );
        return rects.length > 0 ? { sheet: t.sheet, rects } : null;
      },
      true,
    );
  }

  getCellProperties(options: { format?: { font?: { name?: boolean } } }): DClientResult<unknown> {
    this.api('1.9', 'getCellProperties');
    if (!options.format?.font?.name || Object.keys(options).length !== 1) {
      throw new Error('excelDouble: getCellProperties implements format.font.name only');
    }
    const result = new DClientResult<unknown>('getCellProperties');
    this.ctx.enqueue(() => {
      const t = this.target();
      const out: unknown[][] = [];
      for (let r = t.rect.r0; r <= t.rect.r1; r++) {
        const row: unknown[] = [];
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          const font = t.sheet.cells.get(cellKey(r, c))?.font ?? DEFAULT_FONT;
          row.push({ format: { font: { name: font } } });
        }
        out.push(row);
      }
      result.settle(out);
      return JSON.stringify(out).length;
    }, options);
    return result;
  }

  getVisibleView(): DRangeView {
    return new DRangeView(this.ctx, () => this.target());
  }

  select(): void {
    this.ctx.enqueue(() => {
      const t = this.target();
      if (this.ctx.model.active !== t.sheet.name) {
        throw new DoubleOfficeError('InvalidSelection', 'The range is not on the active sheet.');
      }
      this.ctx.model.selection = { sheet: t.sheet.name, range: { ...t.rect } };
    });
  }
}

function cellsWithin(sheet: DSheet, rect: CellRange): DSheet['cells'] {
  const out: DSheet['cells'] = new Map();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) out.set(key, cell);
  }
  return out;
}

function recorderAt(range: DRange, base: string): object {
  const spec = {
    kind: 'RangeBorder',
    props: {
      [`format.borders.*.style`]: '1.1',
      [`format.borders.*.weight`]: '1.1',
      [`format.borders.*.color`]: '1.1',
    },
    methods: {},
    sink: (path: string, value: unknown) => range.sinkFormat(path, value),
  };
  return recorder(range['ctx'], spec, base);
}

export class DRangeAreas extends ClientObject<{ sheet: DSheet; rects: CellRange[] }> {
  protected readonly kind = 'RangeAreas';
  protected readonly loadable = { address: '1.9' };
  protected read(t: { sheet: DSheet; rects: CellRange[] }): unknown {
    return t.rects.map((rect) => qualified({ sheet: t.sheet, rect })).join(', ');
  }
  get address(): string {
    return this.loaded('address');
  }
}

export class DRangeView extends ClientObject<RangeTarget> {
  protected readonly kind = 'RangeView';
  protected readonly loadable = { cellAddresses: '1.3' };
  protected read(t: RangeTarget): unknown {
    const out: string[][] = [];
    for (let r = t.rect.r0; r <= t.rect.r1; r++) {
      if (t.sheet.hiddenRows.has(r)) continue;
      const row: string[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++)
        row.push(qualified({ sheet: t.sheet, rect: { r0: r, c0: c, r1: r, c1: c } }));
      out.push(row);
    }
    return out;
  }
  get cellAddresses(): string[][] {
    return this.loaded('cellAddresses');
  }
}

export class DClientResult<V> {
  private settled: { value: V } | undefined;
  constructor(private readonly what: string) {}
  settle(value: V): void {
    this.settled = { value };
  }
  get value(): V {
    if (!this.settled) throw propertyNotLoaded(`ClientResult of ${this.what}`, 'value');
    return this.settled.value;
  }
}

interface NameTarget {
  map: Map<string, DName>;
  item: DName;
}

export class DNamedItemCollection {
  constructor(
    private readonly ctx: DoubleContext,
    private readonly map: () => Map<string, DName>,
    private readonly scope: 'Workbook' | 'Worksheet',
  ) {}

  add(name: string, reference: string, comment?: string): DNamedItem {
    this.ctx.requireApi('1.4', `${this.scope} NamedItemCollection.add`);
    const item = new DNamedItem(this.ctx, () => null);
    this.ctx.enqueue(() => {
      const map = this.map();
      if (map.has(name.toLowerCase())) {
        throw new DoubleOfficeError('ItemAlreadyExists', `The name '${name}' already exists.`);
      }
      if (typeof reference !== 'string' || !reference.startsWith('=')) {
        throw new DoubleOfficeError('InvalidArgument', `A name's formula starts with "=".`);
      }
      const entry: DName = { name, formula: reference, visible: true };
      map.set(name.toLowerCase(), entry);
      item.bind({ map, item: entry });
    }, [name, reference, comment]);
    return item;
  }

  getItemOrNullObject(name: string): DNamedItem {
    this.ctx.requireApi('1.4', `${this.scope} NamedItemCollection.getItemOrNullObject`);
    this.ctx.enqueue(() => undefined, name);
    return new DNamedItem(
      this.ctx,
      () => {
        const map = this.map();
        const entry = map.get(name.toLowerCase());
        return entry ? { map, item: entry } : null;
      },
      true,
    );
  }
}

export class DNamedItem extends ClientObject<NameTarget> {
  protected readonly kind = 'NamedItem';
  protected readonly loadable = { name: '1.1', visible: '1.1', formula: '1.7', value: '1.1' };
  protected read(t: NameTarget, prop: string): unknown {
    if (prop === 'value') return t.item.formula.replace(/^="?|"$/g, '');
    return t.item[prop as 'name' | 'visible' | 'formula'];
  }
  get name(): string {
    return this.loaded('name');
  }
  get formula(): string {
    return this.loaded('formula');
  }
  get value(): unknown {
    return this.loaded('value');
  }
  set visible(v: boolean) {
    this.ctx.enqueue(() => {
      this.target().item.visible = v;
    }, v);
  }
  delete(): void {
    this.api('1.4', 'delete');
    this.ctx.enqueue(() => {
      const t = this.target();
      t.map.delete(t.item.name.toLowerCase());
    });
  }
}

export class DChartCollection {
  constructor(
    private readonly ctx: DoubleContext,
    private readonly ws: DWorksheet,
  ) {}

  add(type: string, source: DRange, seriesBy = 'Auto'): object {
    const holder: { chart?: DChart; sheet?: DSheet } = {};
    this.ctx.enqueue(() => {
      const sheet = this.ws.target();
      protectedSheet(sheet);
      const src = source.target();
      const byRows = seriesBy === 'Rows';
      const n = byRows ? src.rect.r1 - src.rect.r0 + 1 : src.rect.c1 - src.rect.c0 + 1;
      const series: DSeries[] = [];
      for (let i = 0; i < n; i++) {
        const rect = byRows
          ? { ...src.rect, r0: src.rect.r0 + i, r1: src.rect.r0 + i }
          : { ...src.rect, c0: src.rect.c0 + i, c1: src.rect.c0 + i };
        series.push({
          name: `Series${i + 1}`,
          values: qualified({ sheet: src.sheet, rect }),
          props: {},
        });
      }
      holder.chart = { name: `Chart ${sheet.charts.length + 1}`, type, props: {}, series };
      holder.sheet = sheet;
      sheet.charts.push(holder.chart);
    }, [type, seriesBy]);
    const chart = () => {
      if (!holder.chart) throw notFound('Chart');
      return holder.chart;
    };
    const seriesProxy = (get: () => DSeries) =>
      recorder(this.ctx, {
        kind: 'ChartSeries',
        props: {
          name: '1.1',
          chartType: '1.7',
          'format.line.color': '1.1',
          'format.line.lineStyle': '1.7',
        },
        methods: {
          setValues: {
            version: '1.7',
            call: (args) =>
              this.ctx.enqueue(() => {
                get().values = qualified((args[0] as DRange).target());
              }),
          },
          setXAxisValues: {
            version: '1.7',
            call: (args) =>
              this.ctx.enqueue(() => {
                get().xValues = qualified((args[0] as DRange).target());
              }),
          },
          'format.fill.setSolidColor': {
            version: '1.1',
            call: (args) =>
              this.ctx.enqueue(() => {
                get().props['format.fill.color'] = args[0];
              }, args),
          },
        },
        sink: (path, value) => {
          if (path === 'name') get().name = String(value);
          else get().props[path] = value;
        },
      });
    return recorder(this.ctx, {
      kind: 'Chart',
      props: {
        name: '1.1',
        'title.text': '1.1',
        'axes.categoryAxis.title.text': '1.1',
        'axes.valueAxis.title.text': '1.1',
        'axes.valueAxis.minimum': '1.1',
        'axes.valueAxis.maximum': '1.1',
        'axes.valueAxis.numberFormat': '1.8',
        'legend.visible': '1.1',
        'legend.position': '1.1',
        'dataLabels.showValue': '1.1',
      },
      methods: {
        'series.getItemAt': {
          version: '1.1',
          call: (args) =>
            seriesProxy(() => {
              const s = chart().series[Number(args[0])];
              if (!s) throw notFound(`series ${String(args[0])}`);
              return s;
            }),
        },
        'series.add': {
          version: '1.7',
          call: (args) => {
            const holderS: { s?: DSeries } = {};
            this.ctx.enqueue(() => {
              holderS.s = { name: String(args[0] ?? ''), props: {} };
              chart().series.push(holderS.s);
            }, args);
            return seriesProxy(
              () =>
                holderS.s ??
                (() => {
                  throw notFound('series');
                })(),
            );
          },
        },
        setPosition: {
          version: '1.1',
          call: (args) =>
            this.ctx.enqueue(() => {
              const sheet = holder.sheet!;
              const cell = (x: unknown) =>
                typeof x === 'string' ? parseRange(x)! : (x as DRange).target().rect;
              const start = cell(args[0]);
              const end = args[1] === undefined ? start : cell(args[1]);
              chart().position = position(sheet, start, end);
            }),
        },
      },
      sink: (path, value) => {
        if (path === 'name') chart().name = String(value);
        else chart().props[path] = value;
      },
    });
  }
}

function position(sheet: DSheet, start: CellRange, end: CellRange) {
  const width = (c: number) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_PT;
  const height = (r: number) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_PT;
  const sum = (from: number, to: number, f: (i: number) => number) => {
    let n = 0;
    for (let i = from; i < to; i++) n += f(i);
    return n;
  };
  return {
    left: sum(0, start.c0, width),
    top: sum(0, start.r0, height),
    width: sum(start.c0, end.c1 + 1, width),
    height: sum(start.r0, end.r1 + 1, height),
  };
}
