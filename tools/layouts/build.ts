/**
 * Turns layout choices into a workbook's cells and its answer key. Everything random past the
 * choices comes from `choices.seed`, so the same choices give the same workbook.
 */
import { a1 } from '../../src/core/model/address';
import type { Level } from '../../src/core/report/types';
import { suggestGrade } from '../../src/core/text/grades';
import type {
  DefectKind,
  HeaderChoices,
  LayoutChoices,
  ListChoices,
  RegisterChoices,
  SummaryChoices,
  TitleLine,
} from './choices';
import type { KeyDefect, KeyMeeting, KeyRating, KeyTable, LayoutKey } from './key';
import { describeLog, renderLog } from './log';
import { Rand, serialDate, Sheet } from './sheet';
import {
  AGENCIES,
  AGENCY_LINES,
  ARMED,
  COMMUNES,
  DISTRACTOR_LINES,
  ENTERPRISES,
  GIVEN,
  gradeText,
  HEADER,
  HELD_MARKS,
  INVALID_MARKS,
  KINDS,
  LEVELS,
  LIST_TITLES,
  LIST_TITLES_NO_YEAR,
  MEMBER_TITLES,
  MIDDLE,
  MONTH_FORMS,
  MONTH_SUB_FORMS,
  MULTI_YEAR_TITLES,
  NOT_GRADES,
  NOT_HELD_WORDS,
  NOTES,
  otherSchemeGrade,
  QUARTER_FORMS,
  QUARTER_SUB_FORMS,
  REGISTER_TITLES,
  REGISTER_TITLES_NO_YEAR,
  SIGNATURE_BLOCKS,
  SUMMARY_TITLES,
  SURNAMES,
  TICK_LABELS,
  TICK_MARKS,
  VILLAGES,
} from './vocabulary';
import type { GridWorkbook } from './xlsx';

export interface GeneratedLayout {
  workbook: GridWorkbook;
  key: LayoutKey;
}

type Counts = Record<Level, number>;
const zero = (): Counts => ({ excellent: 0, good: 0, pass: 0, fail: 0 });
const ABBR: Record<Level, string> = {
  excellent: 'HTXSNV',
  good: 'HTTNV',
  pass: 'HTNV',
  fail: 'KHTNV',
};
const FULL_NEW: Record<Level, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  pass: 'Hoàn thành nhiệm vụ',
  fail: 'Không hoàn thành nhiệm vụ',
};
const FULL_OLD: Record<Level, string> = {
  excellent: 'Trong sạch, vững mạnh',
  good: 'Hoàn thành tốt nhiệm vụ',
  pass: 'Hoàn thành nhiệm vụ',
  fail: 'Yếu kém',
};

// ------------------------------------------------------------------ data

interface Unit {
  name: string;
  kind: number;
  /** First year the unit exists. */
  since: number;
}

type CellState = 'ok' | 'blank' | 'unknown' | 'mixed' | 'error' | 'absent';

interface GradeCell {
  level: Level;
  state: CellState;
  text: string;
  defect?: { rule: string; note: string };
}

interface ListRow {
  unit: number;
  /** Repeats an earlier row of the same year (planted unit.duplicate). */
  dup: boolean;
  /** The row's year, in a table with a year column. */
  year?: number;
  cells: Map<number, GradeCell>;
  note?: string;
}

interface ListTable {
  mode: 'single' | 'columns' | 'yearColumn';
  years: number[];
  rows: ListRow[];
  ticks: boolean;
  /** Planted: the typed total row of a tick list disagrees with its marks. */
  badTotal?: boolean;
}

class Builder {
  readonly rand: Rand;
  readonly pick: <T>(xs: readonly T[]) => T;
  readonly sheets: Sheet[] = [];
  readonly key: LayoutKey;
  readonly years: number[];
  readonly units: Unit[] = [];
  /** Defects still to plant, consumed by the parts that can hold them. */
  readonly pending: DefectKind[];

  constructor(
    readonly c: LayoutChoices,
    id: string,
  ) {
    this.rand = new Rand(c.seed);
    this.pick = this.rand.pick;
    this.years = Array.from({ length: c.yearCount }, (_, i) => c.firstYear + i);
    this.pending = [...c.defects];
    this.key = {
      id,
      layout: describe(c),
      tables: [],
      defects: [],
      ratings: [],
      meetings: [],
      logMeetings: [],
      tolerated: [],
    };
  }

  /** Takes one pending defect of a kind, if any. */
  take(kind: DefectKind): boolean {
    const i = this.pending.indexOf(kind);
    if (i < 0) return false;
    this.pending.splice(i, 1);
    return true;
  }

  sheet(name: string): Sheet {
    let n = name.slice(0, 31);
    let k = 2;
    while (this.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) {
      n = `${name.slice(0, 27)} (${k++})`;
    }
    const s = new Sheet(n, this.c.encoding, this.c.exportStyle);
    this.sheets.push(s);
    return s;
  }

  defect(d: Omit<KeyDefect, 'note'> & { note?: string }): void {
    this.key.defects.push({ note: '', ...d });
  }

  // ---------------------------------------------------------------- units and grades

  makeUnits(): void {
    const n = this.c.units;
    const form = this.c.list.nameForm % 4;
    const communes = this.rand.shuffle(COMMUNES);
    const pools = [communes, this.rand.shuffle(AGENCIES), this.rand.shuffle(ENTERPRISES), ARMED];
    const used = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      const r = this.rand.next();
      let kind = r < 0.5 ? 0 : r < 0.8 ? 1 : r < 0.9 ? 2 : 3;
      while (used[kind]! >= pools[kind]!.length) kind = (kind + 1) % 4;
      const base = pools[kind]![used[kind]!++]!;
      let name = base;
      if (kind === 0) {
        name =
          form === 0
            ? `Đảng bộ xã ${base}`
            : form === 1
              ? `Xã ${base}`
              : form === 2
                ? base
                : `ĐB xã ${base}`;
        if (i === 0 && n > 5) name = form === 2 ? 'Thị trấn Hữu Lũng' : 'Đảng bộ thị trấn Hữu Lũng';
      }
      const since =
        this.c.list.newUnits && this.years.length > 1 && this.rand.chance(0.1)
          ? this.pick(this.years.slice(1))
          : this.years[0]!;
      this.units.push({ name, kind, since });
    }
    if (this.c.list.groups !== 'none') {
      const order = this.units
        .map((u, i) => ({ u, i }))
        .sort((a, b) => a.u.kind - b.u.kind || a.i - b.i);
      this.units.splice(0, this.units.length, ...order.map((x) => x.u));
    }
  }

  level(): Level {
    const r = this.rand.next();
    return r < 0.15 ? 'excellent' : r < 0.77 ? 'good' : r < 0.95 ? 'pass' : 'fail';
  }

  gradeCell(level: Level, year: number): GradeCell {
    return { level, state: 'ok', text: gradeText(level, year, this.c.list.spelling, this.pick) };
  }

  // ---------------------------------------------------------------- lists

  listTables(): ListTable[] {
    const l = this.c.list;
    const ticks = l.ticks && l.yearsLayout !== 'columns';
    const levels = new Map<number, Level[]>(
      this.years.map((y) => [y, this.units.map(() => this.level())]),
    );
    const rowFor = (u: number, ys: number[], year?: number): ListRow => ({
      unit: u,
      dup: false,
      ...(year !== undefined ? { year } : {}),
      cells: new Map(
        ys.map((y) => [
          y,
          this.units[u]!.since > y
            ? { level: 'good' as Level, state: 'absent' as CellState, text: '' }
            : this.gradeCell(levels.get(y)![u]!, y),
        ]),
      ),
      ...(l.notes && this.rand.chance(0.25) ? { note: this.pick(NOTES) } : {}),
    });
    const exists = (u: number, y: number) => this.units[u]!.since <= y;
    const all = this.units.map((_, i) => i);
    if (l.yearsLayout === 'columns') {
      return [
        {
          mode: 'columns',
          years: this.years,
          rows: all.map((u) => rowFor(u, this.years)),
          ticks: false,
        },
      ];
    }
    if (l.yearsLayout === 'yearColumn') {
      const byYear = this.rand.chance(0.6);
      const rows: ListRow[] = [];
      if (byYear) {
        for (const y of this.years)
          for (const u of all) if (exists(u, y)) rows.push(rowFor(u, [y], y));
      } else {
        for (const u of all)
          for (const y of this.years) if (exists(u, y)) rows.push(rowFor(u, [y], y));
      }
      return [{ mode: 'yearColumn', years: this.years, rows, ticks }];
    }
    return this.years.map((y) => ({
      mode: 'single' as const,
      years: [y],
      rows: all.filter((u) => exists(u, y)).map((u) => rowFor(u, [y])),
      ticks,
    }));
  }

  /** Plants the list defects into the data, before anything is laid out. */
  plantListDefects(tables: ListTable[]): void {
    const cellsOf = (t: ListTable) =>
      t.rows.flatMap((row) =>
        row.dup ? [] : [...row.cells.entries()].map(([year, cell]) => ({ row, year, cell })),
      );
    const clean = (t: ListTable) =>
      cellsOf(t).filter((x) => x.cell.state === 'ok' && !x.cell.defect);
    const textTables = tables.filter((t) => !t.ticks);
    const tickTables = tables.filter((t) => t.ticks);
    const tryPlant = (kind: DefectKind, pool: ListTable[], plant: (t: ListTable) => boolean) => {
      while (this.pending.includes(kind)) {
        const candidates = this.rand.shuffle(pool);
        let done = false;
        for (const t of candidates)
          if (plant(t)) {
            done = true;
            break;
          }
        this.take(kind);
        if (!done) break;
      }
    };
    tryPlant('grade.unknown', textTables, (t) => {
      const x = clean(t);
      if (!x.length) return false;
      const c = this.pick(x).cell;
      c.state = 'unknown';
      c.text = this.pick(NOT_GRADES);
      c.defect = { rule: 'grade.unknown', note: `"${c.text}" is no grade` };
      return true;
    });
    tryPlant(
      'grade.blank',
      textTables.filter((t) => t.mode !== 'columns'),
      (t) => {
        const x = clean(t);
        if (!x.length) return false;
        const c = this.pick(x).cell;
        c.state = 'blank';
        c.text = '';
        c.defect = { rule: 'grade.blank', note: 'no grade typed' };
        return true;
      },
    );
    tryPlant('tick.blank', tickTables, (t) => {
      const x = clean(t);
      if (!x.length) return false;
      const c = this.pick(x).cell;
      c.state = 'blank';
      c.defect = { rule: 'grade.blank', note: 'no mark in any grade column' };
      return true;
    });
    tryPlant('grade.scheme-mixed', textTables, (t) => {
      const x = clean(t);
      if (!x.length) return false;
      const pickd = this.pick(x);
      const level = this.rand.chance(0.7) ? 'excellent' : 'fail';
      pickd.cell.level = level;
      pickd.cell.state = 'mixed';
      pickd.cell.text = otherSchemeGrade(level, pickd.year);
      pickd.cell.defect = {
        rule: 'grade.scheme-mixed',
        note: `"${pickd.cell.text}" belongs to the other scheme than ${pickd.year}'s`,
      };
      return true;
    });
    tryPlant('grade.formula-error', textTables, (t) => {
      const x = clean(t);
      if (!x.length) return false;
      const c = this.pick(x).cell;
      c.state = 'error';
      c.text = '#N/A';
      c.defect = { rule: 'value.formula-error', note: 'a lookup formula gives #N/A' };
      return true;
    });
    tryPlant('tick.total-mismatch', tickTables, (t) => {
      if (t.mode !== 'single' || this.c.list.totalRow === 'none' || t.badTotal) return false;
      t.badTotal = true;
      return true;
    });
    tryPlant('unit.duplicate', tables, (t) => {
      const originals = t.rows.filter((r) => !r.dup && !t.badTotal);
      if (originals.length < 2) return false;
      const i = this.rand.int(0, originals.length - 2);
      const orig = originals[i]!;
      const copy: ListRow = {
        unit: orig.unit,
        dup: true,
        ...(orig.year !== undefined ? { year: orig.year } : {}),
        cells: new Map(
          [...orig.cells].map(([y, c]) => [
            y,
            c.state === 'absent'
              ? c
              : this.gradeCell(this.rand.chance(0.5) ? c.level : this.level(), y),
          ]),
        ),
      };
      // Later in the same year, further down.
      const after = t.rows.filter(
        (r, k) => k > t.rows.indexOf(orig) && (orig.year === undefined || r.year === orig.year),
      );
      const at = after.length ? t.rows.indexOf(this.pick(after)) + 1 : t.rows.indexOf(orig) + 1;
      t.rows.splice(at, 0, copy);
      return true;
    });
  }

  /** The header of a list, as columns: label per header row (merged when repeated). */
  renderLists(tables: ListTable[]): void {
    const l = this.c.list;
    if (l.yearsLayout === 'stacked') {
      const sheet = this.sheet(
        this.pick(['KQ XL', 'Xếp loại TCCSĐ', 'Tổng hợp các năm', 'Sheet1', 'DS TCCSĐ']),
      );
      tables.forEach((t, i) => {
        const y = t.years[0]!;
        const r0 = sheet.end + (i === 0 ? 0 : this.rand.int(1, 3));
        const titleLines: TitleLine[] = i === 0 ? withTitle(l.title, this.rand) : ['title'];
        const top = this.renderTitle(sheet, r0, titleLines, 'list', y, true, 4);
        this.renderListTable(sheet, top, t, `list/stacked`, i === tables.length - 1);
      });
      this.signOrDefer(sheet);
      return;
    }
    for (const t of tables) {
      const single = t.mode === 'single' ? t.years[0]! : null;
      // With no header to carry it, a bare list's year is in the sheet name (and the title).
      const bare = this.isBare(t);
      const yearInSheet =
        single !== null && (bare || l.yearSource === 'sheet' || l.yearSource === 'titleAndSheet');
      const name =
        single === null
          ? this.pick(['Tổng hợp các năm', 'XL TCCSĐ', 'Danh sách', 'Sheet1', 'KQ XL', 'Các năm'])
          : yearInSheet
            ? this.pick([
                `Năm ${single}`,
                `${single}`,
                `XL ${single}`,
                `XL${single}`,
                `KQ ${single}`,
                `Xếp loại ${single}`,
                `TCCSĐ ${single}`,
              ])
            : this.pick([
                `Sheet${this.sheets.length + 1}`,
                `Bieu ${this.sheets.length + 1}`,
                `Mẫu ${this.sheets.length + 1}`,
                `DS${this.sheets.length + 1}`,
              ]);
      const sheet = this.sheet(name);
      const titleYear =
        single !== null && (l.yearSource === 'title' || l.yearSource === 'titleAndSheet');
      const lines =
        this.c.bareList === 'top' && bare
          ? []
          : titleYear
            ? withTitle(l.title, this.rand)
            : l.title;
      const top = this.renderTitle(
        sheet,
        0,
        lines,
        single === null ? 'multi' : 'list',
        single ?? this.years[0]!,
        titleYear,
        4,
      );
      const tag = `list/${t.mode === 'single' ? 'sheets' : t.mode}${t.ticks ? '/ticks' : ''}${bare ? `/bare-${this.c.bareList}` : ''}`;
      this.renderListTable(sheet, top, t, tag, t === tables[tables.length - 1]);
      this.signOrDefer(sheet);
    }
  }

  /** A one-year list of grades as text, written with no header row. */
  /** A list with no header row: it has only its cells to show what it is. */
  isBare(t: ListTable): boolean {
    return this.c.bareList !== 'none' && t.mode === 'single' && !t.ticks;
  }

  renderListTable(sheet: Sheet, top: number, t: ListTable, tag: string, last: boolean): void {
    const l = this.c.list;
    const h = l.header;
    const stt = l.stt !== 'none';
    // A self-assessed score only before 2025: from 2025 the grade follows a score (QĐ 366), and
    // a score column would then be a check of its own.
    const scoreOk = t.years.every((y) => y < 2025);
    const extras = this.rand
      .shuffle(HEADER.extra.filter((e) => scoreOk || !/điểm/i.test(e[0])))
      .slice(0, l.extraCols);
    const singleYear = t.mode === 'single' ? t.years[0]! : null;
    const yearInHeader = singleYear !== null && l.yearSource === 'header';
    const scheme = (y: number) => (y < 2018 ? 'pre-2018' : '2018') as 'pre-2018' | '2018';

    // Columns: [stt] name [extra0] [year] grades|ticks [extra1] [note]
    interface Col {
      label: string;
      group?: string;
      role: 'stt' | 'name' | 'extra' | 'year' | 'grade' | 'tick' | 'note';
      year?: number;
      level?: Level;
      extra?: (typeof HEADER.extra)[number];
    }
    const cols: Col[] = [];
    if (stt) cols.push({ role: 'stt', label: word(HEADER.stt, h.words) });
    cols.push({ role: 'name', label: word(HEADER.unit, h.words + 1) });
    if (extras[0]) cols.push({ role: 'extra', label: extras[0][0], extra: extras[0] });
    if (t.mode === 'yearColumn') cols.push({ role: 'year', label: word(HEADER.yearCol, h.words) });
    const gradeWord = word(HEADER.grade, h.words + 2);
    if (t.ticks) {
      const y = t.years[0]!;
      const groupWord = word(HEADER.gradeGroup, h.words) + (yearInHeader ? ` năm ${y}` : '');
      const form = h.words % 3;
      for (const level of LEVELS) {
        cols.push({
          role: 'tick',
          level,
          group: groupWord,
          label: TICK_LABELS[scheme(y)][level][form]!,
        });
      }
    } else if (t.mode === 'columns') {
      const grouped = this.rand.chance(0.6);
      const groupWord = word(HEADER.gradeGroup, h.words);
      for (const y of t.years) {
        cols.push(
          grouped
            ? {
                role: 'grade',
                year: y,
                group: groupWord,
                label: this.pick([`Năm ${y}`, `${y}`, `Năm ${y}`]),
              }
            : {
                role: 'grade',
                year: y,
                label: this.pick([
                  `Xếp loại năm ${y}`,
                  `Năm ${y}`,
                  `${y}`,
                  `XL ${y}`,
                  `Kết quả ${y}`,
                ]),
              },
        );
      }
    } else {
      const label = yearInHeader
        ? gradeWord
          ? `${gradeWord} năm ${singleYear}`
          : `Năm ${singleYear}`
        : gradeWord;
      cols.push({ role: 'grade', year: t.years[0]!, label });
    }
    if (extras[1]) cols.push({ role: 'extra', label: extras[1][0], extra: extras[1] });
    if (l.notes) cols.push({ role: 'note', label: word(HEADER.note, h.words) });

    const bare = this.isBare(t) && tag.startsWith('list/sheets');
    const grouped = cols.some((c) => c.group !== undefined);
    const labelRows = bare ? 0 : grouped || h.tall ? 2 : 1;
    const numbering = !bare && h.numbering !== 'none';
    // A bare list's body starts at `top`: the key's header rows are then [top + 1, top].
    const bottom = top + labelRows - 1 + (numbering ? 1 : 0);
    // Header
    let c = 0;
    while (c < cols.length && !bare) {
      const col = cols[c]!;
      if (col.group !== undefined) {
        let end = c;
        while (end + 1 < cols.length && cols[end + 1]!.group === col.group) end++;
        sheet.text(top, c, col.group, true);
        sheet.merge(top, c, top, end);
        for (let k = c; k <= end; k++) {
          const label = cols[k]!.label;
          if (/^\d{4}$/.test(label) && this.rand.chance(0.5)) sheet.num(top + 1, k, Number(label));
          else sheet.text(top + 1, k, label, true);
        }
        c = end + 1;
        continue;
      }
      sheet.text(top, c, col.label, true);
      if (labelRows === 2) sheet.merge(top, c, top + 1, c);
      c++;
    }
    if (numbering) {
      cols.forEach((_, k) => {
        if (h.numbering === 'parens') sheet.text(bottom, k, `(${k + 1})`);
        else sheet.num(bottom, k, k + 1);
      });
    }
    if (!bare) sheet.touch(bottom);

    // Body
    const nameCol = cols.findIndex((x) => x.role === 'name');
    const sttCol = cols.findIndex((x) => x.role === 'stt');
    const yearCol = cols.findIndex((x) => x.role === 'year');
    const noteCol = cols.findIndex((x) => x.role === 'note');
    const gradeColOf = (y: number) =>
      cols.findIndex((x) => x.role === 'grade' && (t.mode !== 'columns' || x.year === y));
    const tickColOf = (lv: Level) => cols.findIndex((x) => x.role === 'tick' && x.level === lv);
    let r = bottom + 1;
    let n = 0;
    let lastKind = -1;
    let groupIndex = 0;
    const blankAt = l.blankRows ? this.rand.int(1, Math.max(1, t.rows.length - 1)) : -1;
    const tickCounts = zero();
    const defectsBefore = this.key.defects.length;
    const groupsOn = l.groups !== 'none' && t.mode !== 'yearColumn';
    t.rows.forEach((row, i) => {
      const unit = this.units[row.unit]!;
      if (groupsOn && unit.kind !== lastKind && !row.dup) {
        lastKind = unit.kind;
        const roman = ['I', 'II', 'III', 'IV'][groupIndex++]!;
        const label = this.pick(KINDS[unit.kind]!.group);
        if (l.groups === 'roman' && sttCol >= 0) {
          sheet.text(r, sttCol, roman, true);
          sheet.text(r, nameCol, label.toLocaleUpperCase('vi'), true);
        } else {
          sheet.text(r, nameCol, `${roman}. ${label}`, true);
        }
        r++;
      }
      if (i === blankAt) {
        sheet.touch(r);
        r++;
      }
      n++;
      if (sttCol >= 0) {
        if (l.stt === 'text') sheet.text(r, sttCol, this.rand.chance(0.5) ? `${n}.` : String(n));
        else sheet.num(r, sttCol, n);
      }
      sheet.text(r, nameCol, unit.name);
      if (yearCol >= 0 && row.year !== undefined) {
        if (this.rand.chance(0.2)) sheet.text(r, yearCol, `Năm ${row.year}`);
        else sheet.num(r, yearCol, row.year);
      }
      cols.forEach((col, k) => {
        if (col.role === 'extra') this.extraValue(sheet, r, k, col.extra!, unit);
      });
      if (noteCol >= 0 && row.note) sheet.text(r, noteCol, row.note);
      for (const [y, cell] of row.cells) {
        if (t.ticks) {
          if (cell.state === 'ok') {
            sheet.ascii(r, tickColOf(cell.level), this.pick(TICK_MARKS));
            tickCounts[cell.level]++;
          }
          if (cell.defect)
            this.defect({
              rule: cell.defect.rule,
              sheet: sheet.name,
              row: r + 1,
              note: cell.defect.note,
              tag,
            });
          continue;
        }
        const gc = gradeColOf(y);
        if (cell.state === 'ok' || cell.state === 'unknown' || cell.state === 'mixed') {
          sheet.text(r, gc, cell.text);
        } else if (cell.state === 'error') {
          sheet.error(r, gc, '#N/A', `VLOOKUP(${a1(r, nameCol)},'Danh mục'!A:C,3,0)`);
        }
        if (cell.defect) {
          this.defect({
            rule: cell.defect.rule,
            sheet: sheet.name,
            cell: a1(r, gc),
            note: cell.defect.note,
            tag,
          });
        }
      }
      if (row.dup) {
        this.defect({
          rule: 'unit.duplicate',
          sheet: sheet.name,
          cell: a1(r, nameCol),
          note: `${unit.name} listed twice${row.year ? ` in ${row.year}` : ''}`,
          tag,
        });
      }
      r++;
    });
    let lastBody = r - 1;
    if (l.totalRow !== 'none') {
      sheet.text(r, nameCol, l.totalRow, true);
      if (t.ticks) {
        const wrong = t.badTotal ? this.pick(LEVELS) : null;
        for (const lv of LEVELS) {
          const k = tickColOf(lv);
          let v = tickCounts[lv];
          if (lv === wrong) {
            const d = this.pick([1, -1, 2]);
            v = v + d < 0 ? v + 1 : v + d;
          }
          sheet.num(r, k, v);
        }
        if (wrong)
          this.defect({
            rule: 'total.mismatch',
            sheet: sheet.name,
            row: r + 1,
            note: `the typed ${ABBR[wrong]} total is off`,
            tag,
          });
      } else if (this.rand.chance(0.5) && t.mode === 'single') {
        sheet.text(
          r,
          cols.findIndex((x) => x.role === 'grade'),
          `${n} đơn vị`,
        );
      }
      lastBody = r;
      r++;
    }
    sheet.touch(lastBody);
    if (l.handSummary && t.mode === 'single' && last) {
      const y = t.years[0]!;
      const counts = zero();
      for (const row of t.rows) {
        const cell = row.cells.get(y);
        if (!row.dup && cell && (cell.state === 'ok' || cell.state === 'mixed'))
          counts[cell.level]++;
      }
      r = this.handSummary(sheet, r, nameCol, y, counts);
    }
    // A list with no header that too few rows show to be one: nobody could tell, so the key
    // asks for no table, no counts and no finding in it (an uncertain note is allowed).
    if (bare && tooFewToTell(t, sttCol >= 0)) {
      this.key.defects.splice(defectsBefore);
      return;
    }
    // Key: the table and its years' counts.
    const keyTable: KeyTable = {
      sheet: sheet.name,
      kind: 'rating-list',
      subject: 'organization',
      years: [...t.years].filter((y) =>
        t.rows.some((row) => {
          const cell = row.cells.get(y);
          return cell && cell.state !== 'absent';
        }),
      ),
      headerRows: [top + 1, bottom + 1],
      rows: [top + 1, lastBody + 1],
      tag,
    };
    this.key.tables.push(keyTable);
    for (const y of keyTable.years) {
      const counts = zero();
      for (const row of t.rows) {
        if (row.dup) continue;
        const cell = row.cells.get(y);
        if (!cell) continue;
        if (t.mode === 'yearColumn' && row.year !== y) continue;
        if (cell.state === 'ok' || cell.state === 'mixed') counts[cell.level]++;
      }
      const rating: KeyRating = {
        year: y,
        sheet: sheet.name,
        scheme: y < 2018 ? 'pre-2018' : '2018',
        counts,
        tag,
      };
      this.key.ratings.push(rating);
    }
    if (this.c.exportStyle) {
      this.key.tolerated.push({
        rule: 'value.not-number',
        sheet: sheet.name,
        rows: keyTable.rows,
        max: 1,
        why: 'an export stores every number as text',
      });
    }
    if (last && this.c.summary.place === 'below') this.summaryBelow = { sheet, at: r };
    if (last && this.c.breakdown === 'below' && t.mode !== 'columns' && t.mode !== 'yearColumn') {
      this.breakdownBelow = { sheet, at: r, year: t.years[0]! };
    }
  }

  /**
   * The summary boards type under a one-year list: the grades across, a line of counts and a
   * line of shares down. Returns the row after it.
   */
  handSummary(sheet: Sheet, at: number, labelCol: number, year: number, counts: Counts): number {
    const top = at + this.rand.int(1, 2);
    const names = this.c.summary.gradeWords === 'abbr' ? ABBR : year < 2018 ? FULL_OLD : FULL_NEW;
    const tag = 'summary/hand';
    sheet.text(top, labelCol, this.pick(['Tổng hợp', 'Tổng hợp:', 'Kết quả', 'Nội dung']), true);
    LEVELS.forEach((lv, i) => sheet.text(top, labelCol + 1 + i, names[lv], true));
    const withTotal = this.rand.chance(0.6);
    if (withTotal) sheet.text(top, labelCol + 5, this.pick(['Cộng', 'Tổng số']), true);
    const total = LEVELS.reduce((a, lv) => a + counts[lv], 0);
    sheet.text(top + 1, labelCol, this.pick(['Số lượng', 'Tổng số', 'SL']));
    LEVELS.forEach((lv, i) => sheet.num(top + 1, labelCol + 1 + i, counts[lv]));
    if (withTotal) sheet.num(top + 1, labelCol + 5, total);
    sheet.text(top + 2, labelCol, this.pick(['Tỷ lệ (%)', 'Tỷ lệ', '%']));
    const asText = this.c.summary.percent === 'textComma';
    const bad = this.take('percent.mismatch') ? this.pick(LEVELS) : null;
    LEVELS.forEach((lv, i) => {
      const share = total > 0 ? counts[lv] / total : 0;
      const shown =
        Math.round((lv === bad ? share + (share > 0.05 ? -0.03 : 0.03) : share) * 1000) / 10;
      const c = labelCol + 1 + i;
      if (asText) sheet.put(top + 2, c, { value: String(shown).replace('.', ',') });
      else sheet.num(top + 2, c, shown);
      if (lv === bad) {
        this.defect({
          rule: 'percent.mismatch',
          sheet: sheet.name,
          cell: a1(top + 2, c),
          note: `typed ${shown}, true ${(share * 100).toFixed(1)}`,
          tag,
        });
      }
    });
    if (withTotal) sheet.num(top + 2, labelCol + 5, 100);
    this.key.tables.push({
      sheet: sheet.name,
      kind: 'rating-summary',
      years: [year],
      headerRows: [top + 1, top + 1],
      rows: [top + 1, top + 3],
      tag,
    });
    if (this.c.exportStyle || asText) {
      this.key.tolerated.push({
        rule: 'value.not-number',
        sheet: sheet.name,
        rows: [top + 1, top + 3],
        max: 1,
        why: 'numbers typed as text',
      });
    }
    return top + 3;
  }

  summaryBelow: { sheet: Sheet; at: number } | null = null;
  breakdownBelow: { sheet: Sheet; at: number; year: number } | null = null;

  extraValue(
    sheet: Sheet,
    r: number,
    c: number,
    extra: (typeof HEADER.extra)[number],
    unit: Unit,
  ): void {
    switch (extra[1]) {
      case 'n':
        sheet.num(r, c, /điểm/i.test(extra[0]) ? this.rand.int(60, 100) : this.rand.int(5, 180));
        break;
      case 'person':
        sheet.text(r, c, this.person());
        break;
      case 'phone':
        sheet.text(r, c, `0${this.rand.int(900000000, 989999999)}`);
        break;
      case 'kind':
        sheet.text(r, c, KINDS[unit.kind]!.line[0]);
        break;
      case 'date':
        sheet.put(r, c, {
          value: serialDate(this.rand.int(1960, 2015), this.rand.int(1, 12), this.rand.int(1, 28)),
          numFmt: 'dd/mm/yyyy',
        });
        break;
      default:
        sheet.text(r, c, `Thôn ${this.pick(VILLAGES)}`);
    }
  }

  person(): string {
    return `${this.pick(SURNAMES)} ${this.pick(MIDDLE)} ${this.pick(GIVEN)}`;
  }

  /** Writes title lines from row r0; returns the row the header starts on. */
  renderTitle(
    sheet: Sheet,
    r0: number,
    lines: TitleLine[],
    what: 'list' | 'multi' | 'summary' | 'register' | 'member',
    year: number,
    titleHasYear: boolean,
    width: number,
  ): number {
    let r = r0;
    const last = this.years[this.years.length - 1]!;
    for (const line of lines) {
      let text = '';
      switch (line) {
        case 'agency':
          text = this.pick(AGENCY_LINES);
          break;
        case 'agencyPair':
          sheet.text(r, 0, this.pick(AGENCY_LINES.slice(0, 3)), true);
          sheet.text(r, Math.max(2, width - 2), 'ĐẢNG CỘNG SẢN VIỆT NAM', true);
          r++;
          continue;
        case 'title':
          text =
            what === 'multi'
              ? this.pick(MULTI_YEAR_TITLES)(this.years[0]!, last)
              : what === 'summary'
                ? this.pick(SUMMARY_TITLES)(this.years[0]!, last)
                : what === 'register'
                  ? titleHasYear
                    ? this.pick(REGISTER_TITLES)(year)
                    : this.pick(REGISTER_TITLES_NO_YEAR)
                  : what === 'member'
                    ? this.pick(MEMBER_TITLES)(year)
                    : titleHasYear
                      ? this.pick(LIST_TITLES)(year)
                      : this.pick(LIST_TITLES_NO_YEAR);
          break;
        case 'exportDate':
        case 'decision':
        case 'attached':
        case 'placeDate':
          text = DISTRACTOR_LINES[line](what === 'multi' || what === 'summary' ? last : year);
          break;
        case 'unitLine':
        case 'guide':
          text = DISTRACTOR_LINES[line]();
          break;
        case 'blank':
          sheet.touch(r);
          r++;
          continue;
      }
      sheet.text(r, 0, text, line === 'title');
      if (this.rand.chance(0.7)) sheet.merge(r, 0, r, width - 1);
      r++;
    }
    if (lines.length && this.rand.chance(0.5)) r++;
    return r;
  }

  /** A sheet with a summary or breakdown still to come under its list is signed after them. */
  deferredSignature: Sheet | null = null;

  signOrDefer(sheet: Sheet): void {
    if (this.summaryBelow?.sheet === sheet || this.breakdownBelow?.sheet === sheet) {
      this.deferredSignature = sheet;
    } else this.signature(sheet);
  }

  signature(sheet: Sheet): void {
    if (!this.c.list.signature) return;
    const block = this.pick(SIGNATURE_BLOCKS)(this.years[this.years.length - 1]!);
    let r = sheet.end + 1;
    for (const line of block) {
      line.forEach((t, k) => t && sheet.text(r, k === 0 ? 1 : 3, t, true));
      r++;
    }
    sheet.touch(r - 1);
  }

  // ---------------------------------------------------------------- summaries

  renderSummary(where: { sheet: Sheet; at: number } | null, counts: Map<number, Counts>): void {
    const s = this.c.summary;
    if (s.place === 'none') return;
    let sheet: Sheet;
    let top: number;
    if (s.place === 'below' && where) {
      sheet = where.sheet;
      top = where.at + this.rand.int(1, 3);
      if (this.rand.chance(0.5)) {
        sheet.text(top, 1, this.pick(['Tổng hợp:', 'TỔNG HỢP', 'Tổng hợp chung']), true);
        top += 1;
      }
    } else {
      sheet = this.sheet(
        this.pick(['Tổng hợp', 'TH', 'Tong hop XL', 'Tổng hợp XL', 'Bieu tong hop']),
      );
      top = this.renderTitle(
        sheet,
        0,
        withTitle(s.title, this.rand),
        'summary',
        this.years[0]!,
        false,
        10,
      );
    }
    const years = this.years.filter((y) => counts.has(y));
    this.summaryTable(
      sheet,
      top,
      years.map((y) => ({ label: y, counts: counts.get(y)! })),
      `summary/${s.place}`,
      true,
    );
    if (s.place === 'sheet') this.signature(sheet);
  }

  /**
   * A summary table: one line per year (or per kind of organization), a total, and per level a
   * count and a share. Returns the row after it.
   */
  summaryTable(
    sheet: Sheet,
    top: number,
    lines: { label: number | string; counts: Counts; total?: boolean }[],
    tag: string,
    byYear: boolean,
    year?: number,
  ): number {
    const s = this.c.summary;
    const h = s.header;
    const allOld = this.years.every((y) => y < 2018);
    const names = s.gradeWords === 'abbr' ? ABBR : allOld ? FULL_OLD : FULL_NEW;
    const withPercent = byYear || this.rand.chance(0.5);
    const flat = !h.tall && this.rand.chance(0.3);
    const countWord = word(HEADER.count, h.words);
    const pctWord = word(HEADER.percent, h.words);
    // Columns: label, [total], per level count [percent]
    const labelWord = byYear
      ? word(HEADER.summaryLabel, h.words)
      : word(HEADER.breakdownLabel, h.words);
    let c = 0;
    const labelCol = c++;
    const totalCol = s.totalCol || !byYear ? c++ : -1;
    const levelCols = LEVELS.map((lv) => {
      const count = c++;
      const percent = withPercent ? c++ : -1;
      return { lv, count, percent };
    });
    const labelRows = flat ? (h.tall ? 2 : 1) : 2;
    const numbering = h.numbering !== 'none';
    const bottom = top + labelRows - 1 + (numbering ? 1 : 0);
    sheet.text(top, labelCol, labelWord, true);
    if (labelRows === 2) sheet.merge(top, labelCol, top + 1, labelCol);
    if (totalCol >= 0) {
      sheet.text(top, totalCol, word(HEADER.summaryTotal, h.words), true);
      if (labelRows === 2) sheet.merge(top, totalCol, top + 1, totalCol);
    }
    for (const { lv, count, percent } of levelCols) {
      if (flat) {
        sheet.text(top, count, this.pick([`SL ${ABBR[lv]}`, names[lv], `Số ${ABBR[lv]}`]), true);
        if (percent >= 0)
          sheet.text(top, percent, this.pick([`% ${ABBR[lv]}`, `Tỷ lệ ${ABBR[lv]}`]), true);
        if (labelRows === 2) {
          sheet.merge(top, count, top + 1, count);
          if (percent >= 0) sheet.merge(top, percent, top + 1, percent);
        }
      } else {
        sheet.text(top, count, names[lv], true);
        if (percent >= 0) {
          sheet.merge(top, count, top, percent);
          sheet.text(top + 1, count, countWord, true);
          sheet.text(top + 1, percent, pctWord, true);
        } else {
          sheet.merge(top, count, top + 1, count);
        }
      }
    }
    if (numbering) {
      for (let k = 0; k < c; k++) {
        if (h.numbering === 'parens') sheet.text(bottom, k, `(${k + 1})`);
        else sheet.num(bottom, k, k + 1);
      }
    }
    sheet.touch(bottom);
    // Which line gets which defect.
    const plant = new Map<number, DefectKind>();
    const textPercents = s.percent === 'textComma' || s.percent === 'textDot';
    const numericTable = !this.c.exportStyle && !textPercents;
    const kinds: DefectKind[] = byYear
      ? [
          'total.mismatch',
          'percent.mismatch',
          'summary.list-mismatch',
          'summary.formula-error',
          'summary.not-number',
        ]
      : ['breakdown.total-mismatch'];
    for (const k of kinds) {
      if (!this.pending.includes(k)) continue;
      if ((k === 'total.mismatch' || k === 'breakdown.total-mismatch') && totalCol < 0) continue;
      if ((k === 'percent.mismatch' || k === 'summary.formula-error') && !withPercent) continue;
      if (k === 'summary.not-number' && !numericTable) continue;
      const free = lines
        .map((_, i) => i)
        .filter((i) => !plant.has(i) && !(k === 'breakdown.total-mismatch' && lines[i]!.total));
      if (!free.length) continue;
      plant.set(this.pick(free), k);
      this.take(k);
    }
    let r = bottom + 1;
    lines.forEach((line, i) => {
      const counts = { ...line.counts };
      const d = plant.get(i);
      let total = LEVELS.reduce((a, lv) => a + counts[lv], 0);
      if (d === 'summary.list-mismatch') {
        const from = LEVELS.filter((lv) => counts[lv] > 0);
        if (from.length) {
          const a = this.pick(from);
          const b = this.pick(LEVELS.filter((lv) => lv !== a));
          counts[a]--;
          counts[b]++;
          this.defect({
            rule: 'summary.list-mismatch',
            sheet: sheet.name,
            row: r + 1,
            note: `${ABBR[a]} moved to ${ABBR[b]}`,
            tag,
          });
        }
      }
      let statedTotal = total;
      if (d === 'total.mismatch' || d === 'breakdown.total-mismatch') {
        statedTotal = total + this.pick([1, -1, 2]);
        if (statedTotal < 0) statedTotal = total + 1;
        this.defect({
          rule: 'total.mismatch',
          sheet: sheet.name,
          row: r + 1,
          note: `levels add up to ${total}, total says ${statedTotal}`,
          tag,
        });
        total = statedTotal;
      }
      // Label
      if (typeof line.label === 'number') {
        if (s.label === 'number') sheet.num(r, labelCol, line.label);
        else sheet.text(r, labelCol, s.label === '2019' ? String(line.label) : `Năm ${line.label}`);
      } else {
        sheet.text(r, labelCol, line.label, !!line.total);
      }
      if (totalCol >= 0) sheet.num(r, totalCol, statedTotal);
      const pctLevels = LEVELS.filter((lv) => levelCols.find((x) => x.lv === lv)!.percent >= 0);
      const badPct = d === 'percent.mismatch' ? this.pick(pctLevels) : null;
      const errPct = d === 'summary.formula-error' ? this.pick(pctLevels) : null;
      const textCount = d === 'summary.not-number' ? this.pick(LEVELS) : null;
      for (const { lv, count, percent } of levelCols) {
        if (lv === textCount) {
          sheet.put(r, count, { value: `${counts[lv]} ` });
          this.defect({
            rule: 'value.not-number',
            sheet: sheet.name,
            cell: a1(r, count),
            note: 'a count typed as text',
            tag,
          });
        } else sheet.num(r, count, counts[lv]);
        if (percent < 0) continue;
        if (lv === errPct) {
          sheet.error(r, percent, '#REF!', `${a1(r, count)}/#REF!`);
          this.defect({
            rule: 'value.formula-error',
            sheet: sheet.name,
            cell: a1(r, percent),
            note: 'a percentage formula lost its reference',
            tag,
          });
          continue;
        }
        const share = total > 0 ? counts[lv] / total : 0;
        let shown = share;
        if (lv === badPct) {
          const off = this.pick([0.012, -0.013, 0.021, 0.03]);
          shown = Math.max(0, share + (share + off < 0 ? -off : off));
          this.defect({
            rule: 'percent.mismatch',
            sheet: sheet.name,
            cell: a1(r, percent),
            note: `typed ${(shown * 100).toFixed(1)}%, true ${(share * 100).toFixed(1)}%`,
            tag,
          });
        }
        this.percentCell(sheet, r, percent, shown, count, totalCol, lv === badPct);
      }
      r++;
    });
    const lastBody = r - 1;
    this.key.tables.push({
      sheet: sheet.name,
      kind: 'rating-summary',
      years: byYear ? lines.map((l) => l.label as number) : year !== undefined ? [year] : [],
      headerRows: [top + 1, bottom + 1],
      rows: [top + 1, lastBody + 1],
      tag,
    });
    if (this.c.exportStyle || textPercents) {
      this.key.tolerated.push({
        rule: 'value.not-number',
        sheet: sheet.name,
        rows: [top + 1, lastBody + 1],
        max: 1,
        why: 'numbers typed as text by design of the layout (an export, or typed percentages with a decimal comma)',
      });
    }
    return r;
  }

  percentCell(
    sheet: Sheet,
    r: number,
    c: number,
    share: number,
    countCol: number,
    totalCol: number,
    typed: boolean,
  ): void {
    const form = this.c.summary.percent;
    const points1 = Math.round(share * 1000) / 10;
    switch (form === 'formula' && (totalCol < 0 || typed) ? 'fraction' : form) {
      case 'points':
        sheet.num(r, c, points1);
        break;
      case 'points0':
        sheet.num(r, c, Math.round(share * 100));
        break;
      case 'fraction':
        if (this.c.exportStyle)
          sheet.put(r, c, { value: `${String(points1).replace('.', ',')}%`, inline: true });
        else sheet.num(r, c, Math.round(share * 1e6) / 1e6, '0.0%');
        break;
      case 'formula':
        sheet.formula(r, c, `${a1(r, countCol)}/${a1(r, totalCol)}`, share, '0.0%');
        break;
      case 'textComma':
        sheet.put(r, c, {
          value: `${String(points1).replace('.', ',')}${this.rand.chance(0.5) ? '%' : ''}`,
          ...(this.c.exportStyle ? { inline: true } : {}),
        });
        break;
      case 'textDot':
        sheet.put(r, c, { value: `${points1}%`, ...(this.c.exportStyle ? { inline: true } : {}) });
        break;
    }
  }

  renderBreakdown(
    where: { sheet: Sheet; at: number; year: number } | null,
    byKind: Map<number, Map<number, Counts>>,
  ): void {
    const b = this.c.breakdown;
    if (b === 'none') return;
    const year = where?.year ?? this.years[this.years.length - 1]!;
    const kinds = byKind.get(year);
    if (!kinds || kinds.size < 2) return;
    let sheet: Sheet;
    let top: number;
    if (b === 'below' && where) {
      sheet = where.sheet;
      top = where.at + this.rand.int(1, 3);
      sheet.text(top, 1, this.pick(['Phân theo loại hình:', 'Chia ra:', 'Trong đó:']), true);
      top++;
    } else {
      sheet = this.sheet(
        this.pick([`Loại hình ${year}`, `Phân loại ${year}`, `TH loại hình ${year}`]),
      );
      sheet.text(0, 0, `KẾT QUẢ XẾP LOẠI TCCSĐ THEO LOẠI HÌNH NĂM ${year}`, true);
      sheet.merge(0, 0, 0, 6);
      top = 2;
    }
    const lines: { label: string; counts: Counts; total?: boolean }[] = [...kinds.entries()]
      .sort((a, b2) => a[0] - b2[0])
      .map(([k, counts]) => ({ label: this.pick(KINDS[k]!.line), counts }));
    const sum = zero();
    for (const l of lines) for (const lv of LEVELS) sum[lv] += l.counts[lv];
    lines.push({ label: this.pick(['Cộng', 'Tổng cộng', 'Tổng số']), counts: sum, total: true });
    this.summaryTable(sheet, top, lines, `breakdown/${b}`, false, year);
  }

  // ---------------------------------------------------------------- member list

  renderMembers(): void {
    if (!this.c.members) return;
    const y = this.years[this.years.length - 1]!;
    const sheet = this.sheet(this.pick([`Đảng viên ${y}`, `DV ${y}`, `XL đảng viên ${y}`]));
    const top = this.renderTitle(sheet, 0, ['title'], 'member', y, true, 5);
    const orgAsColumn = this.rand.chance(0.6);
    const h = this.c.list.header;
    sheet.text(top, 0, word(HEADER.stt, h.words), true);
    sheet.text(top, 1, word(HEADER.member, h.words), true);
    const gradeCol = orgAsColumn ? 3 : 2;
    if (orgAsColumn) sheet.text(top, 2, word(HEADER.memberOrg, h.words), true);
    sheet.text(top, gradeCol, word(HEADER.grade.filter(Boolean), h.words), true);
    let r = top + 1;
    const orgs = this.rand.shuffle(COMMUNES).slice(0, this.rand.int(2, 4));
    const capIndex = this.take('grade.excellent-cap') ? this.rand.int(0, orgs.length - 1) : -1;
    let n = 0;
    orgs.forEach((o, oi) => {
      const org = `Đảng bộ xã ${o}`;
      const size = this.rand.int(6, 22);
      const good = Math.max(5, Math.round(size * 0.7));
      const max = Math.floor(good * 0.2);
      const excellent = oi === capIndex ? max + this.rand.int(1, 2) : this.rand.int(0, max);
      const rest = Math.max(0, size - good - excellent);
      const levels = this.rand.shuffle([
        ...Array<Level>(excellent).fill('excellent'),
        ...Array<Level>(good).fill('good'),
        ...Array.from({ length: rest }, () => (this.rand.chance(0.8) ? 'pass' : 'fail') as Level),
      ]);
      if (!orgAsColumn) {
        sheet.text(r, 0, ['I', 'II', 'III', 'IV'][oi]!, true);
        sheet.text(r, 1, org.toLocaleUpperCase('vi'), true);
        r++;
      }
      const first = r;
      for (const lv of levels) {
        n++;
        sheet.num(r, 0, n);
        sheet.text(r, 1, this.person());
        if (orgAsColumn) sheet.text(r, 2, org);
        sheet.text(r, gradeCol, gradeText(lv, y, this.c.list.spelling, this.pick, 'member'));
        r++;
      }
      if (oi === capIndex) {
        this.defect({
          rule: 'grade.excellent-cap',
          sheet: sheet.name,
          row: first + 1,
          note: `${org}: ${excellent} excellent against ${good} good`,
          tag: 'members',
        });
      }
    });
    this.key.tables.push({
      sheet: sheet.name,
      kind: 'rating-list',
      subject: 'member',
      years: [y],
      headerRows: [top + 1, top + 1],
      rows: [top + 1, r],
      tag: 'members',
    });
    this.signature(sheet);
  }

  // ---------------------------------------------------------------- registers

  renderRegister(): void {
    const g = this.c.register;
    if (!g) return;
    const years = g.yearColumn ? this.years.slice(-2) : [this.years[this.years.length - 1]!];
    const y = years[years.length - 1]!;
    const yearInTitle = !g.yearColumn;
    const yearInSheet = !g.yearColumn && this.rand.chance(0.5);
    const sheet = this.sheet(
      yearInSheet
        ? this.pick([`SH ${y}`, `Sinh hoạt ${y}`, `SHCB ${y}`, `Theo dõi SH ${y}`])
        : this.pick(['Sổ SH chi bộ', 'Theo dõi SHCB', 'Sinh hoạt chi bộ', 'SHCB']),
    );
    const lines = withTitle(g.title, this.rand);
    let top = this.renderTitle(sheet, 0, lines, 'register', y, yearInTitle, 12);
    const communes = this.rand.shuffle(COMMUNES);
    const parts = g.stacked && !g.yearColumn ? this.rand.int(2, 3) : 1;
    for (let part = 0; part < parts; part++) {
      if (part > 0) {
        // Several communes' registers on one sheet, each under its own title line.
        top = sheet.end + this.rand.int(1, 2);
        const commune = communes[part]!;
        sheet.text(
          top,
          0,
          this.pick([
            `ĐẢNG BỘ XÃ ${commune.toLocaleUpperCase('vi')} - NĂM ${y}`,
            `Đảng bộ xã ${commune} năm ${y}`,
            `${this.pick(REGISTER_TITLES)(y)} - ĐẢNG BỘ XÃ ${commune.toLocaleUpperCase('vi')}`,
          ]),
          true,
        );
        top++;
      }
      this.renderRegisterTable(sheet, top, years, g, communes[part]!, part);
    }
    this.signature(sheet);
  }

  renderRegisterTable(
    sheet: Sheet,
    top: number,
    years: number[],
    g: RegisterChoices,
    communeOfPart: string,
    part: number,
  ): void {
    const tag = `register/${g.marks}/${g.thematic}`;
    const attendance = g.marks === 'count';
    const membersCol = g.members || attendance;
    interface Col {
      role:
        | 'stt'
        | 'cell'
        | 'commune'
        | 'members'
        | 'year'
        | 'month'
        | 'quarter'
        | 'count'
        | 'regular'
        | 'rate'
        | 'note';
      label: string;
      group?: string;
      index?: number;
    }
    const h = g.monthHeader;
    const cols: Col[] = [
      { role: 'stt', label: word(HEADER.stt, h) },
      { role: 'cell', label: word(HEADER.cell, h) },
    ];
    if (g.commune) cols.push({ role: 'commune', label: word(HEADER.commune, h) });
    if (membersCol) cols.push({ role: 'members', label: word(HEADER.members, h) });
    if (g.yearColumn) cols.push({ role: 'year', label: this.pick(['Năm', 'Năm', 'Nam']) });
    const monthGroup = g.monthGroup ? word(HEADER.regularGroup, h) : undefined;
    for (let m = 1; m <= 12; m++) {
      cols.push({
        role: 'month',
        index: m,
        label: monthGroup
          ? MONTH_SUB_FORMS[h % MONTH_SUB_FORMS.length]!(m)
          : MONTH_FORMS[h % MONTH_FORMS.length]!(m),
        ...(monthGroup ? { group: monthGroup } : {}),
      });
    }
    const quarterCols = g.thematic !== 'count';
    if (quarterCols) {
      const group =
        g.thematic === 'quarterGroup' ? word(HEADER.thematicGroup, g.quarterForm) : undefined;
      for (let q = 1; q <= 4; q++) {
        cols.push({
          role: 'quarter',
          index: q,
          label: group
            ? QUARTER_SUB_FORMS[g.quarterForm % QUARTER_SUB_FORMS.length]!(q)
            : QUARTER_FORMS[g.quarterForm % QUARTER_FORMS.length]!(q),
          ...(group ? { group } : {}),
        });
      }
    } else {
      cols.push({ role: 'count', label: word(HEADER.thematicCount, g.quarterForm) });
    }
    if (g.regularCount) cols.push({ role: 'regular', label: word(HEADER.regularCount, h) });
    const rateCol = g.attendanceRate && attendance;
    if (rateCol) cols.push({ role: 'rate', label: word(HEADER.attendanceRate, h) });
    if (g.notes) cols.push({ role: 'note', label: word(HEADER.note, h) });

    const grouped = cols.some((c) => c.group);
    const labelRows = grouped ? 2 : 1;
    const numbering = g.numbering !== 'none';
    const bottom = top + labelRows - 1 + (numbering ? 1 : 0);
    let c = 0;
    while (c < cols.length) {
      const col = cols[c]!;
      if (col.group) {
        let end = c;
        while (end + 1 < cols.length && cols[end + 1]!.group === col.group) end++;
        sheet.text(top, c, col.group, true);
        sheet.merge(top, c, top, end);
        for (let k = c; k <= end; k++) {
          const label = cols[k]!.label;
          if (/^\d+$/.test(label) && this.rand.chance(0.5)) sheet.num(top + 1, k, Number(label));
          else sheet.text(top + 1, k, label, true);
        }
        c = end + 1;
        continue;
      }
      sheet.text(top, c, col.label, true);
      if (labelRows === 2) sheet.merge(top, c, top + 1, c);
      c++;
    }
    if (numbering) {
      cols.forEach((_, k) =>
        g.numbering === 'parens'
          ? sheet.text(bottom, k, `(${k + 1})`)
          : sheet.num(bottom, k, k + 1),
      );
    }
    sheet.touch(bottom);
    const at = (role: Col['role'], index?: number) =>
      cols.findIndex((x) => x.role === role && (index === undefined || x.index === index));

    // Rows and their defects.
    type RowPlan = { kind: DefectKind | null };
    const n = g.rows;
    const plans: RowPlan[] = Array.from({ length: n * years.length }, () => ({ kind: null }));
    const regKinds: DefectKind[] = [
      'meeting.regular-short',
      'meeting.thematic-short',
      'meeting.attendance-low',
      'meeting.invalid-mark',
      'meeting.no-data',
      'meeting.formula-error',
    ];
    for (const k of regKinds) {
      while (this.pending.includes(k)) {
        this.take(k);
        if (k === 'meeting.attendance-low' && !attendance) continue;
        if (k === 'meeting.formula-error' && !rateCol) continue;
        const free = plans.filter((p) => p.kind === null);
        if (!free.length) continue;
        this.pick(free).kind = k;
      }
    }
    const villages = this.rand.shuffle(VILLAGES);
    const communes = this.rand.shuffle(COMMUNES);
    let r = bottom + 1;
    let idx = 0;
    let sttN = 0;
    for (const year of years) {
      for (let i = 0; i < n; i++) {
        const plan = plans[idx++]!;
        const cellName = this.pick([
          `Chi bộ thôn ${villages[i % villages.length]}`,
          `Chi bộ ${villages[i % villages.length]}`,
          `Chi bộ thôn ${villages[i % villages.length]}`,
        ]);
        const commune = part > 0 ? communeOfPart : communes[Math.floor(i / 4) % communes.length]!;
        const members = this.rand.int(8, 45);
        sttN++;
        sheet.num(r, at('stt'), sttN);
        sheet.text(r, at('cell'), cellName);
        if (at('commune') >= 0) sheet.text(r, at('commune'), commune);
        if (at('year') >= 0) sheet.num(r, at('year'), year);
        // Months
        const held = new Array<boolean>(12).fill(true);
        const invalid = new Array<boolean>(12).fill(false);
        const noData = plan.kind === 'meeting.no-data';
        if (plan.kind === 'meeting.regular-short') {
          const k = this.rand.int(1, 3);
          for (const m of this.rand.shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]).slice(0, k))
            held[m - 1] = false;
        }
        let invalidMonth = -1;
        if (plan.kind === 'meeting.invalid-mark') {
          invalidMonth = this.rand.int(1, 11);
          invalid[invalidMonth - 1] = true;
        }
        let lowMonth = -1;
        if (plan.kind === 'meeting.attendance-low') lowMonth = this.rand.int(1, 12);
        const attendingOf = (m: number) =>
          m === lowMonth
            ? Math.max(1, Math.floor(members * 0.75))
            : this.rand.int(Math.floor(members * 0.86) + 1, members);
        let sumAttending = 0;
        let heldCount = 0;
        for (let m = 1; m <= 12; m++) {
          const col = at('month', m);
          if (noData && m >= 10) continue;
          if (invalid[m - 1]) {
            sheet.text(r, col, this.pick(INVALID_MARKS));
            this.defect({
              rule: 'meeting.invalid-mark',
              sheet: sheet.name,
              cell: a1(r, col),
              note: 'no mark a register uses',
              tag,
            });
            continue;
          }
          if (!held[m - 1]) {
            if (this.rand.chance(0.5)) sheet.text(r, col, this.pick(NOT_HELD_WORDS));
            continue;
          }
          heldCount++;
          switch (g.marks) {
            case 'x':
              sheet.ascii(r, col, this.pick(HELD_MARKS));
              break;
            case 'date':
              if (this.c.exportStyle)
                sheet.text(
                  r,
                  col,
                  `${String(this.rand.int(1, 28)).padStart(2, '0')}/${String(m).padStart(2, '0')}/${year}`,
                );
              else
                sheet.put(r, col, {
                  value: serialDate(year, m, this.rand.int(1, 28)),
                  numFmt: 'dd/mm/yyyy',
                });
              break;
            case 'textDate':
              sheet.text(
                r,
                col,
                this.rand.chance(0.5)
                  ? `${String(this.rand.int(1, 28)).padStart(2, '0')}/${String(m).padStart(2, '0')}/${year}`
                  : `${this.rand.int(1, 28)}/${m}`,
              );
              break;
            case 'count': {
              const a = attendingOf(m);
              sumAttending += a;
              sheet.num(r, col, a);
              if (m === lowMonth)
                this.defect({
                  rule: 'meeting.attendance-low',
                  sheet: sheet.name,
                  cell: a1(r, col),
                  note: `${a} of ${members} attended`,
                  tag,
                });
              break;
            }
          }
        }
        const memberCount = plan.kind === 'meeting.formula-error' ? 0 : members;
        if (at('members') >= 0) sheet.num(r, at('members'), memberCount);
        // Thematic
        const perQuarter = [1, 1, 1, 1].map(() => (this.rand.chance(0.15) ? 2 : 1));
        let shortQuarter = -1;
        if (plan.kind === 'meeting.thematic-short') shortQuarter = this.rand.int(1, 4);
        const thematicByQuarter: (number | null)[] = [];
        if (quarterCols) {
          for (let q = 1; q <= 4; q++) {
            const col = at('quarter', q);
            if (noData && q === 4) {
              thematicByQuarter.push(null);
              continue;
            }
            if (q === shortQuarter) {
              thematicByQuarter.push(0);
              if (g.thematic !== 'marks' && g.thematic !== 'dates' && this.rand.chance(0.5))
                sheet.num(r, col, 0);
              this.defect({
                rule: 'meeting.thematic-short',
                sheet: sheet.name,
                cell: a1(r, col),
                note: `no thematic meeting in quarter ${q}`,
                tag,
              });
              continue;
            }
            const one = g.thematic === 'flags' || g.thematic === 'marks' || g.thematic === 'dates';
            const v = one ? 1 : perQuarter[q - 1]!;
            thematicByQuarter.push(v);
            if (g.thematic === 'marks') sheet.ascii(r, col, 'x');
            else if (g.thematic === 'dates') {
              // The day the thematic meeting was held, as a date or as typed text.
              const month = (q - 1) * 3 + this.rand.int(1, 3);
              const day = this.rand.int(1, 28);
              if (this.c.exportStyle || this.rand.chance(0.4))
                sheet.text(
                  r,
                  col,
                  `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
                );
              else sheet.put(r, col, { value: serialDate(year, month, day), numFmt: 'dd/mm/yyyy' });
            } else sheet.num(r, col, v);
          }
        } else {
          const col = at('count');
          thematicByQuarter.push(null, null, null, null);
          if (!noData) {
            const total =
              shortQuarter > 0 ? this.rand.int(1, 3) : perQuarter.reduce((a, b) => a + b, 0);
            sheet.num(r, col, total);
            if (shortQuarter > 0)
              this.defect({
                rule: 'meeting.thematic-short',
                sheet: sheet.name,
                cell: a1(r, col),
                note: `${total} thematic meetings in the year`,
                tag,
              });
          }
        }
        if (at('regular') >= 0 && !noData) sheet.num(r, at('regular'), heldCount);
        if (rateCol) {
          const col = at('rate');
          const first = a1(r, at('month', 1));
          const lastM = a1(r, at('month', 12));
          const mem = a1(r, at('members'));
          const f = `ROUND(AVERAGE(${first}:${lastM})/${mem}*100,1)`;
          if (memberCount === 0) {
            sheet.error(r, col, '#DIV/0!', f);
            this.defect({
              rule: 'value.formula-error',
              sheet: sheet.name,
              cell: a1(r, col),
              note: 'members typed as 0: the attendance share divides by zero',
              tag,
            });
          } else if (heldCount > 0) {
            sheet.formula(
              r,
              col,
              f,
              Math.round((sumAttending / heldCount / memberCount) * 1000) / 10,
            );
          }
        }
        if (at('note') >= 0) {
          if (noData)
            sheet.text(
              r,
              at('note'),
              this.pick(['Chưa tổng hợp quý IV', 'Chưa có số liệu quý IV']),
            );
          else if (this.rand.chance(0.15))
            sheet.text(
              r,
              at('note'),
              this.pick(['Chi bộ mới thành lập', 'Sáp nhập thôn', 'Bí thư mới']),
            );
        }
        if (noData)
          this.defect({
            rule: 'meeting.no-data',
            sheet: sheet.name,
            row: r + 1,
            note: 'October to December not yet recorded',
            tag,
          });
        if (plan.kind === 'meeting.regular-short')
          this.defect({
            rule: 'meeting.regular-short',
            sheet: sheet.name,
            row: r + 1,
            note: `${heldCount} regular meetings`,
            tag,
          });
        // Verdict, as the rules define it.
        const unknownMonths = (noData ? 3 : 0) + (invalidMonth > 0 ? 1 : 0);
        const regular =
          heldCount >= 12 ? 'ok' : heldCount + unknownMonths >= 12 ? 'unknown' : 'short';
        const thematic: string[] = quarterCols
          ? thematicByQuarter.map((v) => (v === null ? 'unknown' : v >= 1 ? 'ok' : 'short'))
          : [noData ? 'unknown' : shortQuarter > 0 ? 'short' : 'ok'];
        const verdicts = [regular, ...thematic];
        const compliant = verdicts.includes('short')
          ? false
          : verdicts.includes('unknown')
            ? null
            : true;
        const meeting: KeyMeeting = {
          sheet: sheet.name,
          row: r + 1,
          year,
          unit: cellName,
          regular: heldCount,
          thematicByQuarter,
          compliant,
          tag,
        };
        this.key.meetings.push(meeting);
        r++;
      }
    }
    this.key.tables.push({
      sheet: sheet.name,
      kind: 'meeting-register',
      years,
      headerRows: [top + 1, bottom + 1],
      rows: [top + 1, r],
      tag,
    });
    if (this.c.exportStyle) {
      this.key.tolerated.push({
        rule: 'value.not-number',
        sheet: sheet.name,
        rows: [top + 1, r],
        max: 1,
        why: 'an export stores every number as text',
      });
    }
  }

  extraSheet(): void {
    if (!this.c.extraSheet) return;
    const sheet = this.sheet(this.pick(['Ghi chú', 'Hướng dẫn', 'Danh mục']));
    if (sheet.name.startsWith('Danh mục')) {
      sheet.text(0, 0, 'DANH MỤC ĐƠN VỊ', true);
      sheet.text(2, 0, 'Mã');
      sheet.text(2, 1, 'Tên đơn vị');
      sheet.text(2, 2, 'Loại hình');
      this.units.forEach((u, i) => {
        sheet.text(3 + i, 0, `DV${String(i + 1).padStart(3, '0')}`);
        sheet.text(3 + i, 1, u.name);
        sheet.text(3 + i, 2, KINDS[u.kind]!.line[0]);
      });
    } else {
      sheet.text(0, 0, 'Ghi chú cách nhập liệu:', true);
      sheet.text(1, 0, '- Ghi đầy đủ tên tổ chức cơ sở đảng.');
      sheet.text(2, 0, '- Xếp loại theo Hướng dẫn số 21-HD/BTCTW.');
    }
  }
}

/** Puts a 'title' line into a title block that lacks one, somewhere among the others. */
function withTitle(lines: TitleLine[], rand: Rand): TitleLine[] {
  if (lines.includes('title')) return lines;
  const out = [...lines];
  out.splice(rand.int(0, out.length), 0, 'title');
  return out;
}

function word(list: readonly string[], i: number): string {
  return list[Math.abs(i) % list.length]!;
}

function describe(c: LayoutChoices): string[] {
  const l = c.list;
  return [
    `years:${l.yearsLayout}`,
    `grades:${l.ticks && l.yearsLayout !== 'columns' ? 'ticks' : l.spelling}`,
    `year-from:${l.yearSource}`,
    `title:${l.title.join('+') || 'none'}`,
    `header:${l.header.tall ? 'tall' : 'flat'}/${l.header.numbering}`,
    `enc:${c.encoding}`,
    ...(c.exportStyle ? ['export'] : []),
    `groups:${l.groups}`,
    `total:${l.totalRow}`,
    `summary:${c.summary.place}/${c.summary.percent}`,
    `breakdown:${c.breakdown}`,
    ...(c.members ? ['members'] : []),
    ...(c.register ? [`register:${c.register.marks}/${c.register.thematic}`] : []),
    ...(c.log ? [describeLog(c.log)] : []),
    `defects:${c.defects.join('+') || 'none'}`,
    ...(c.bareList !== 'none' ? [`bare:${c.bareList}`] : []),
  ];
}

/** Builds the workbook and its key from a set of choices. */
export function buildLayout(choices: LayoutChoices, id = ''): GeneratedLayout {
  const b = new Builder(choices, id);
  b.makeUnits();
  const tables = b.listTables();
  b.plantListDefects(tables);
  b.renderLists(tables);
  // Counts per year, and per kind of organization, from the key's lists.
  const counts = new Map(b.key.ratings.map((r) => [r.year, r.counts]));
  const byKind = new Map<number, Map<number, Counts>>();
  for (const t of tables) {
    for (const y of t.years) {
      const kinds = byKind.get(y) ?? new Map<number, Counts>();
      byKind.set(y, kinds);
      const seen = new Set<number>();
      for (const row of t.rows) {
        const cell = row.cells.get(y);
        if (!cell || row.dup || seen.has(row.unit)) continue;
        if (t.mode === 'yearColumn' && row.year !== y) continue;
        if (cell.state !== 'ok' && cell.state !== 'mixed') continue;
        seen.add(row.unit);
        const kind = b.units[row.unit]!.kind;
        const k = kinds.get(kind) ?? zero();
        k[cell.level]++;
        kinds.set(kind, k);
      }
    }
  }
  b.renderSummary(choices.summary.place === 'below' ? b.summaryBelow : null, counts);
  if (
    choices.summary.place === 'below' &&
    b.breakdownBelow &&
    b.summaryBelow?.sheet === b.breakdownBelow.sheet
  ) {
    // The breakdown goes under the summary.
    b.breakdownBelow.at = b.breakdownBelow.sheet.end;
  }
  b.renderBreakdown(choices.breakdown === 'below' ? b.breakdownBelow : null, byKind);
  if (b.deferredSignature) b.signature(b.deferredSignature);
  b.renderMembers();
  b.renderRegister();
  b.extraSheet();
  if (choices.log) renderLog(b, choices.log);
  if (choices.encoding === 'tcvn3' || choices.encoding === 'vni') {
    for (const s of b.sheets) {
      b.defect({
        rule: 'encoding.legacy',
        sheet: s.name,
        note: `typed in ${choices.encoding}`,
        tag: 'encoding',
      });
    }
  }
  return { workbook: { sheets: b.sheets.map((s) => s.grid()) }, key: b.key };
}

export type { HeaderChoices, ListChoices, RegisterChoices, SummaryChoices };

/**
 * Whether a list with no header shows too little to be told from any other lines: fewer than two
 * units with something that reads as a grade (a grade, a grade one typo off, a lookup gone
 * wrong), or two with no running numbers to make a third unit of a line without one. A reader
 * needs three units, or two and a third numbered like them, to see a list.
 */
function tooFewToTell(t: ListTable, numbered: boolean): boolean {
  const y = t.years[0]!;
  let units = 0;
  let graded = 0;
  for (const row of t.rows) {
    const cell = row.cells.get(y);
    if (!cell || cell.state === 'absent') continue;
    units++;
    const reads =
      cell.state === 'ok' ||
      cell.state === 'mixed' ||
      cell.state === 'error' ||
      (cell.state === 'unknown' && suggestGrade(cell.text) !== null);
    if (reads) graded++;
  }
  return graded < 2 || (graded < 3 && !(numbered && units >= 3));
}
