import { a1 } from '../model/address';
import type { PlanSheet } from './outputPlan';
import type { WorkbookModel } from '../workbookModel';
import type { RatingList } from '../parse/ratingList';
import type { Level } from '../report/types';
import type { Settings } from '../settings';
import { LEVELS } from '../text/grades';
import { str } from './formulas';
import { countedRuns, countFormula, levelCriteria } from './gradeCounting';
import { rowRuns } from './formulas';
import { PLAN_LABELS } from './labels';
import { FLAG_FILL, LEVEL_COLORS, LOOK } from './look';
import { SheetBuilder, StyleBook } from './sheetBuilder';
import type { SettingRefs } from './settingsSheet';

/** Where the yearly organization rows sit, for the charts to point at. */
export interface SummaryLayout {
  sheet: string;
  /** 0-based rows of organization lists, one per year, sorted by year. */
  orgRows: { row: number; year: number }[];
  yearCol: number;
  countCol: Record<Level, number>;
  shareCol: Record<Level, number>;
}

const YEAR = 0;
const SOURCE = 1;
const SUBJECT = 2;
const SCHEME = 3;
const FIRST_LEVEL = 4;
const RATED = FIRST_LEVEL + 8;
const LISTED = RATED + 1;
const CAP = LISTED + 1;
const HEADER = 3;

export function summarySheet(
  name: string,
  model: WorkbookModel,
  settings: Settings,
  refs: SettingRefs,
  book: StyleBook,
): { sheet: PlanSheet; layout: SummaryLayout } {
  const L = PLAN_LABELS[settings.lang];
  const b = new SheetBuilder('summary', name, book);
  b.titled(L.summaryTitle, LOOK.title, L.summaryNote, { ...LOOK.note, wrap: true }, CAP);

  const fixed = [L.colYear, L.colSource, L.colSubject, L.colScheme];
  fixed.forEach((h, c) =>
    b
      .value(HEADER, c, h, LOOK.header)
      .style(HEADER + 1, c, LOOK.header)
      .merge(span(c)),
  );
  const countCol = {} as Record<Level, number>;
  const shareCol = {} as Record<Level, number>;
  LEVELS.forEach((level, i) => {
    const c = FIRST_LEVEL + i * 2;
    countCol[level] = c;
    shareCol[level] = c + 1;
    const head = {
      ...LOOK.header,
      fill: LEVEL_COLORS[level],
      fontColor: level === 'excellent' || level === 'fail' ? 'FFFFFF' : '000000',
    };
    b.value(HEADER, c, L.levels[level], head).style(HEADER, c + 1, head);
    b.merge({ r0: HEADER, c0: c, r1: HEADER, c1: c + 1 });
    b.value(HEADER + 1, c, L.count, LOOK.header).value(HEADER + 1, c + 1, L.share, LOOK.header);
  });
  [L.rated, L.listed, L.capFlag].forEach((h, i) =>
    b
      .value(HEADER, RATED + i, h, LOOK.header)
      .style(HEADER + 1, RATED + i, LOOK.header)
      .merge(span(RATED + i)),
  );

  // Organization lists first, by year, so the charts can take one block of rows.
  const lists = [...model.lists].sort(
    (x, y) =>
      Number(x.table.subject === 'member') - Number(y.table.subject === 'member') ||
      (x.year ?? 0) - (y.year ?? 0),
  );
  const orgRows: SummaryLayout['orgRows'] = [];
  let r = HEADER + 2;
  for (const list of lists) {
    const result = model.listRatings.get(list)!;
    writeListRow(b, r, list, result.counts, result.total, settings, refs);
    if (list.table.subject === 'organization' && list.year !== null)
      orgRows.push({ row: r, year: list.year });
    r++;
  }
  const lastRow = r - 1;
  memberCaps(b, r + 2, lists, settings, refs);

  [8, 16, 16, 16, 8, 9, 8, 9, 8, 9, 8, 9, 11, 11, 21].forEach((w, c) => b.width(c, w));
  const sheet = b.build();
  sheet.freeze = { rows: HEADER + 2, cols: 1 };
  if (lastRow >= HEADER + 2) {
    sheet.conditionalFormats = [
      {
        range: { r0: HEADER + 2, c0: CAP, r1: lastRow, c1: CAP },
        formula: `${a1(HEADER + 2, CAP)}=${str(L.capOver)}`,
        style: FLAG_FILL.bad,
      },
    ];
  }
  sheet.page = {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    printTitleRows: [HEADER, HEADER + 1],
  };
  sheet.tabColor = '1F4E79';
  return {
    sheet,
    layout: { sheet: name, orgRows, yearCol: YEAR, countCol, shareCol },
  };
}

function span(c: number) {
  return { r0: HEADER, c0: c, r1: HEADER + 1, c1: c };
}

function writeListRow(
  b: SheetBuilder,
  r: number,
  list: RatingList,
  counts: Record<Level, number>,
  listed: number,
  settings: Settings,
  refs: SettingRefs,
): void {
  const L = PLAN_LABELS[settings.lang];
  b.value(r, YEAR, list.year, LOOK.integer);
  b.value(r, SOURCE, list.table.view.name, LOOK.text);
  b.value(r, SUBJECT, list.table.subject === 'member' ? L.subjectMember : L.subjectOrg, LOOK.text);
  b.value(r, SCHEME, list.scheme === 'pre-2018' ? L.schemeOld : L.schemeNew, LOOK.text);
  const runs = countedRuns(list);
  const rated = LEVELS.reduce((s, l) => s + counts[l], 0);
  const base = settings.percentBase === 'total' ? listed : rated;
  const baseCell = a1(r, settings.percentBase === 'total' ? LISTED : RATED).replace(
    /^([A-Z]+)/,
    '$$$1',
  );
  for (const level of LEVELS) {
    const c = FIRST_LEVEL + LEVELS.indexOf(level) * 2;
    b.formula(
      r,
      c,
      countFormula(list, runs, levelCriteria(list, level)),
      counts[level],
      LOOK.integer,
    );
    b.formula(
      r,
      c + 1,
      `IFERROR(${a1(r, c)}/${baseCell},0)`,
      base > 0 ? counts[level] / base : 0,
      LOOK.percent,
    );
  }
  const countCells = LEVELS.map((_, i) => a1(r, FIRST_LEVEL + i * 2));
  b.formula(r, RATED, `SUM(${countCells.join(',')})`, rated, LOOK.integer);
  b.value(r, LISTED, listed, LOOK.integer);

  if (list.table.subject === 'member') {
    // The cap holds per organization: the table below this one says where it is broken.
    b.value(r, CAP, L.capPerOrg, LOOK.flag);
    return;
  }
  const excellent = a1(r, FIRST_LEVEL);
  const good = a1(r, FIRST_LEVEL + 2);
  const applies = refs.capOrganizations;
  const capBase = `IF(${refs.capBase}="goodAndAbove",${good}+${excellent},${good})`;
  const over = `${excellent}>${refs.capRatio}*${capBase}`;
  const capBaseValue =
    settings.excellentCap.base === 'goodAndAbove' ? counts.good + counts.excellent : counts.good;
  const isOver = counts.excellent > settings.excellentCap.ratio * capBaseValue;
  const on = settings.excellentCap.organizations;
  b.formula(
    r,
    CAP,
    `IF(${applies},IF(${over},${str(L.capOver)},${str(L.capOk)}),${str(L.capNotApplied)})`,
    on ? (isOver ? L.capOver : L.capOk) : L.capNotApplied,
    LOOK.flag,
  );
}

/** The organization's names as typed in its rows (one organization may be spelled two ways). */
function orgSpellings(list: RatingList, entries: RatingList['entries'], col: number): string[] {
  const out = new Map<string, string>();
  for (const e of entries) {
    const raw = list.table.view.cell(e.row, col).value;
    if (typeof raw === 'string' && !out.has(raw.toLocaleLowerCase('vi')))
      out.set(raw.toLocaleLowerCase('vi'), raw);
  }
  return [...out.values()];
}

/**
 * Member lists: the cap per organization, counted over each organization's own rows. Columns are
 * merged in pairs so names and flags have room on the page.
 */
function memberCaps(
  b: SheetBuilder,
  start: number,
  lists: RatingList[],
  settings: Settings,
  refs: SettingRefs,
): number {
  const L = PLAN_LABELS[settings.lang];
  const members = lists.filter((l) => l.table.subject === 'member');
  if (members.length === 0) return start;
  b.value(start, 0, L.orgCapTitle, LOOK.label);
  const head = start + 1;
  // Year A, list B, organization C:D, excellent E, good F, flag G:H.
  const cells: [number, number, string][] = [
    [0, 0, L.colYear],
    [1, 1, L.colSource],
    [2, 3, L.colOrg],
    [4, 4, L.levelShort.excellent],
    [5, 5, L.levelShort.good],
    [6, 7, L.capFlag],
  ];
  for (const [c0, c1, h] of cells) {
    b.value(head, c0, h, LOOK.header);
    if (c1 > c0) b.style(head, c1, LOOK.header).merge({ r0: head, c0, r1: head, c1 });
  }
  let r = head + 1;
  for (const list of members) {
    const spanRuns = countedRuns(list);
    const groups = new Map<string, { org: string; entries: RatingList['entries'] }>();
    for (const e of list.entries) {
      if (e.duplicateOf !== undefined) continue;
      let g = groups.get(e.orgKey ?? '');
      if (!g) groups.set(e.orgKey ?? '', (g = { org: e.org ?? '', entries: [] }));
      g.entries.push(e);
    }
    for (const g of groups.values()) {
      const sub: RatingList = { ...list, entries: g.entries };
      // With an organization column, count the list's span where that column names the
      // organization (its rows may be spread out); without one, its rows are the ones under its
      // group heading, and are counted where they are.
      const orgCol = list.table.orgCol;
      const where =
        orgCol !== undefined
          ? { col: orgCol, texts: orgSpellings(list, g.entries, orgCol) }
          : undefined;
      const runs = where ? spanRuns : rowRuns(g.entries.map((e) => e.row));
      const ex = g.entries.filter((e) => e.status === 'ok' && e.level === 'excellent').length;
      const gd = g.entries.filter((e) => e.status === 'ok' && e.level === 'good').length;
      b.value(r, 0, list.year, LOOK.integer);
      b.value(r, 1, list.table.view.name, LOOK.text);
      b.value(r, 2, g.org, LOOK.text).style(r, 3, LOOK.text).merge({ r0: r, c0: 2, r1: r, c1: 3 });
      b.formula(
        r,
        4,
        countFormula(sub, runs, levelCriteria(sub, 'excellent'), where),
        ex,
        LOOK.integer,
      );
      b.formula(r, 5, countFormula(sub, runs, levelCriteria(sub, 'good'), where), gd, LOOK.integer);
      const e = a1(r, 4);
      const g2 = a1(r, 5);
      const base = `IF(${refs.capBase}="goodAndAbove",${g2}+${e},${g2})`;
      const baseValue = settings.excellentCap.base === 'goodAndAbove' ? gd + ex : gd;
      b.formula(
        r,
        6,
        `IF(${refs.capMembers},IF(${e}>${refs.capRatio}*${base},${str(L.capOver)},${str(L.capOk)}),${str(L.capNotApplied)})`,
        settings.excellentCap.members
          ? ex > settings.excellentCap.ratio * baseValue
            ? L.capOver
            : L.capOk
          : L.capNotApplied,
        LOOK.flag,
      );
      b.style(r, 7, LOOK.flag).merge({ r0: r, c0: 6, r1: r, c1: 7 });
      r++;
    }
  }
  return r;
}
