import { parseA1, parseRange } from '../../src/core/model/address';
import type {
  CellStyle,
  RowData,
  Scalar,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../../src/core/model/snapshot';

export interface SheetSpec {
  name: string;
  rows: Scalar[][];
  /** Top-left row (1-based) of rows[0]; default 1. */
  startRow?: number;
  merges?: string[];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
  /** Fonts by A1 address. */
  fonts?: Record<string, string>;
  /** Cells holding errors, value = error text. */
  errors?: Record<string, string>;
  /** Cells whose font is struck through, by A1 address. */
  struck?: string[];
  state?: SheetSnapshot['state'];
  owned?: boolean;
}

/**
 * A workbook snapshot straight from rows, for rule tests that need no file: the same structure
 * the xlsx and Excel hosts produce.
 */
export function snapshotOf(...specs: SheetSpec[]): WorkbookSnapshot {
  const styles: CellStyle[] = [{ numFmt: 'General', font: null }];
  const styleId = (numFmt: string, font: string | null, strike = false) => {
    let i = styles.findIndex(
      (s) => s.numFmt === numFmt && s.font === font && !!s.strike === strike,
    );
    if (i < 0) i = styles.push(strike ? { numFmt, font, strike } : { numFmt, font }) - 1;
    return i;
  };
  const sheets: SheetSnapshot[] = specs.map((spec) => {
    const offset = (spec.startRow ?? 1) - 1;
    const rows: (RowData | undefined)[] = [];
    spec.rows.forEach((values, i) => {
      if (values.length) rows[offset + i] = { v: [...values] };
    });
    const touch = (ref: string) => {
      const at = parseA1(ref)!;
      const row = (rows[at.row] ??= { v: [] });
      return { row, col: at.col };
    };
    const struck = new Set(spec.struck ?? []);
    const styled = new Set([
      ...Object.keys(spec.formats ?? {}),
      ...Object.keys(spec.fonts ?? {}),
      ...struck,
    ]);
    for (const ref of styled) {
      const { row, col } = touch(ref);
      row.s ??= [];
      row.s[col] = styleId(
        spec.formats?.[ref] ?? 'General',
        spec.fonts?.[ref] ?? null,
        struck.has(ref),
      );
    }
    for (const [ref, err] of Object.entries(spec.errors ?? {})) {
      const { row, col } = touch(ref);
      row.v[col] = err;
      (row.e ??= []).push(col);
    }
    return {
      name: spec.name,
      state: spec.state ?? 'visible',
      rows,
      merges: (spec.merges ?? []).map((m) => parseRange(m)!),
      ...(spec.owned ? { owned: true } : {}),
    };
  });
  return { sheets, styles };
}

/** A rating list laid out as boards do: title block, header on row 4, a group row, a signature. */
export function orgListSheet(
  name: string,
  title: string,
  units: [string, Scalar][],
  extra: Partial<SheetSpec> = {},
): SheetSpec {
  return {
    name,
    rows: [
      ['BAN TỔ CHỨC HUYỆN ỦY'],
      [title],
      [],
      ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
      ['I', 'ĐẢNG BỘ XÃ, THỊ TRẤN'],
      ...units.map(([unit, grade], i) => [i + 1, unit, grade]),
      [],
      [null, null, 'Người lập biểu'],
    ],
    merges: ['A2:D2'],
    ...extra,
  };
}

const LEVEL_NAMES = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
];

/** The two-row header of a rating summary: a grade name over "SL" and "%". */
export function summaryHeader(labelCol = 'Năm', totalCol = 'Tổng số TCCSĐ'): Scalar[][] {
  return [
    [labelCol, totalCol, ...LEVEL_NAMES.flatMap((l) => [l, null])],
    [null, null, ...LEVEL_NAMES.flatMap(() => ['SL', '%'])],
  ];
}

/** The two-row header of a meeting register: year, commune, cell, members, T1..T12, Quý I..IV, note. */
export function registerHeader(): Scalar[][] {
  return [
    [
      'Năm',
      'Đảng bộ xã',
      'Chi bộ',
      'Số đảng viên',
      'Sinh hoạt thường kỳ',
      ...Array<null>(11).fill(null),
      'Sinh hoạt chuyên đề',
      null,
      null,
      null,
      'Ghi chú',
    ],
    [
      null,
      null,
      null,
      null,
      ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
      'Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      null,
    ],
  ];
}
