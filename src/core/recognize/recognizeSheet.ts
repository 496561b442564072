import type { SheetView } from '../view/sheetView';
import { findHeaderBands, type HeaderBand, type HeaderColumn } from './headerBand';
import { findLastDataRow } from './tableBody';
import type {
  GradeColumn,
  IncompleteTable,
  MeetingRegisterTable,
  RatingListTable,
  RatingSummaryTable,
  SummaryLevelColumns,
  Table,
} from './tables';
import { yearIn, type ColumnRole } from './vocabulary';

export type SheetRecognition =
  | { table: Table; incomplete?: undefined }
  | { table?: undefined; incomplete: IncompleteTable }
  | { table?: undefined; incomplete?: undefined };

export interface RecognizeOptions {
  /** 0-based header row the user named. */
  headerRow?: number;
  /** The kind the user says the table is. */
  kind?: Table['kind'];
}

/**
 * Finds the table on a sheet and what kind it is, or says what a half-recognized one lacks. A
 * user's correction narrows the candidates: the header on a given row, a table of a given kind.
 */
export function recognizeSheet(view: SheetView, options: RecognizeOptions = {}): SheetRecognition {
  const candidates = findHeaderBands(view, options.headerRow);
  let fallback: SheetRecognition = {};
  for (const band of candidates) {
    const found = recognizeBand(view, band);
    const kind = found.table?.kind ?? found.incomplete?.kind;
    if (!options.kind || kind === options.kind) {
      if (found.table) return found;
      if (found.incomplete && !fallback.incomplete) fallback = found;
    }
    if (!options.kind && !options.headerRow)
      return found.table || found.incomplete ? found : fallback;
  }
  return fallback;
}

function recognizeBand(view: SheetView, band: HeaderBand): SheetRecognition {
  const cols = (role: ColumnRole) => band.columns.filter((c) => c.meaning?.role === role);
  const first = (role: ColumnRole) => cols(role)[0]?.col;

  const base = {
    view,
    band,
    firstDataRow: band.bottom + 1,
    firstCol: band.columns[0]?.col ?? 0,
    lastCol: band.columns[band.columns.length - 1]?.col ?? 0,
    titleYear: titleYear(view, band),
    sheetYear: yearIn(view.name),
  };

  const months = cols('month');
  if (months.length >= 6) {
    const cellCol = first('cell') ?? first('unit');
    if (cellCol === undefined) {
      return { incomplete: { view, band, kind: 'meeting-register', missing: ['cell'] } };
    }
    const monthCols: (number | undefined)[] = new Array(12).fill(undefined);
    for (const m of months) monthCols[(m.meaning!.index ?? 1) - 1] ??= m.col;
    const quarterCols: (number | undefined)[] = new Array(4).fill(undefined);
    for (const q of cols('quarter')) quarterCols[(q.meaning!.index ?? 1) - 1] ??= q.col;
    const table: MeetingRegisterTable = {
      ...base,
      kind: 'meeting-register',
      lastDataRow: findLastDataRow(view, base.firstDataRow, cellCol),
      yearCol: first('year'),
      communeCol: first('commune') ?? (first('cell') !== undefined ? first('unit') : undefined),
      cellCol,
      monthCols,
      quarterCols,
      thematicCountCol: first('thematicCount'),
      membersCol: first('members'),
      noteCol: first('note'),
    };
    return { table };
  }

  const levelCols = band.columns.filter(
    (c) => c.meaning?.role === 'levelCount' || c.meaning?.role === 'levelPercent',
  );
  if (new Set(levelCols.map((c) => c.meaning!.level)).size >= 2) {
    const levels: SummaryLevelColumns[] = [];
    for (const c of levelCols) {
      const level = c.meaning!.level!;
      let entry = levels.find((l) => l.level === level);
      if (!entry) levels.push((entry = { level }));
      if (c.meaning!.role === 'levelCount') entry.countCol ??= c.col;
      else entry.percentCol ??= c.col;
    }
    const yearCol = first('year');
    const labelCol = yearCol ?? firstUnclassified(band) ?? band.columns[0]!.col;
    const table: RatingSummaryTable = {
      ...base,
      kind: 'rating-summary',
      lastDataRow: findLastDataRow(view, base.firstDataRow, labelCol),
      labelCol,
      yearCol,
      totalCol: first('total'),
      levels,
    };
    return { table };
  }

  const grades = cols('grade');
  const member = first('member');
  const unit = first('unit') ?? first('cell') ?? first('commune');
  if (grades.length > 0) {
    const nameCol = member ?? unit;
    if (nameCol === undefined) {
      return { incomplete: { view, band, kind: 'rating-list', missing: ['name'] } };
    }
    const gradeCols: GradeColumn[] = grades.map((g) => ({
      col: g.col,
      year: g.meaning!.year ?? null,
    }));
    const table: RatingListTable = {
      ...base,
      kind: 'rating-list',
      lastDataRow: findLastDataRow(view, base.firstDataRow, nameCol),
      subject: member !== undefined ? 'member' : 'organization',
      nameCol,
      orgCol: member !== undefined ? unit : undefined,
      sttCol: first('stt'),
      yearCol: first('year'),
      gradeCols,
      scoreCol: first('score'),
      selfScoreCol: first('selfScore'),
      superiorScoreCol: first('superiorScore'),
      noteCol: first('note'),
    };
    return { table };
  }

  // A list header with names but no grade column, under a title about ratings.
  if ((member !== undefined || unit !== undefined) && looksLikeRatingSheet(view, band)) {
    return { incomplete: { view, band, kind: 'rating-list', missing: ['grade'] } };
  }
  return {};
}

function firstUnclassified(band: HeaderBand): number | undefined {
  return band.columns.find((c: HeaderColumn) => !c.meaning || c.meaning.role === 'unit')?.col;
}

function titleYear(view: SheetView, band: HeaderBand): number | null {
  for (let r = band.top - 1; r >= 0; r--) {
    const texts = view.rowTexts(r).map((t) => t.text);
    for (const t of texts) {
      const y = yearIn(t);
      if (y && !/\d{4}\s*[-–]\s*\d{4}/.test(t)) return y;
    }
  }
  return null;
}

function looksLikeRatingSheet(view: SheetView, band: HeaderBand): boolean {
  for (let r = 0; r < band.top; r++) {
    for (const t of view.rowTexts(r)) {
      if (/xếp loại|đánh giá|xep loai|danh gia/i.test(t.text)) return true;
    }
  }
  return false;
}
