import type { PlanSheet } from './outputPlan';
import type { WorkbookModel } from '../workbookModel';
import type { RatingList } from '../parse/ratingList';
import type { Level } from '../report/types';
import type { Settings } from '../settings';
import { LEVELS } from '../text/grades';
import { columnsOf, type ColumnSpec } from './columnTable';
import { rowRuns, str } from './formulas';
import { countedRuns, countFormula, levelCriteria, type ColumnCondition } from './gradeCounting';
import { a1 } from './grid';
import { PLAN_LABELS, type PlanLabels } from './labels';
import { FLAG_FILL, LEVEL_COLORS, LOOK } from './look';
import { landscapePage, SheetBuilder, StyleBook } from './sheetBuilder';
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

/** One list's row: its counts by the engine, and the rows its formulas count. */
interface ListRow {
  list: RatingList;
  counts: Record<Level, number>;
  listed: number;
  runs: [number, number][];
}

type ListKey =
  | 'year'
  | 'source'
  | 'subject'
  | 'scheme'
  | `count.${Level}`
  | `share.${Level}`
  | 'rated'
  | 'listed'
  | 'cap';

const HEADER = 3;

/** The yearly table: one row per list, a count and a share per level, and the cap's flag. */
function listColumns(L: PlanLabels, settings: Settings, refs: SettingRefs) {
  const rated = (o: ListRow) => LEVELS.reduce((s, l) => s + o.counts[l], 0);
  const levelColumns = (level: Level): ColumnSpec<ListRow, ListKey>[] => {
    const group = {
      title: L.levels[level],
      style: {
        ...LOOK.header,
        fill: LEVEL_COLORS[level],
        fontColor: level === 'excellent' || level === 'fail' ? 'FFFFFF' : '000000',
      },
    };
    return [
      {
        key: `count.${level}`,
        header: L.count,
        group,
        width: 8,
        style: LOOK.integer,
        cell: (o) => ({
          formula: countFormula(o.list, o.runs, levelCriteria(o.list, level)),
          cached: o.counts[level],
        }),
      },
      {
        key: `share.${level}`,
        header: L.share,
        group,
        width: 9,
        style: LOOK.percent,
        cell: (o, at) => {
          const base = settings.percentBase === 'total' ? o.listed : rated(o);
          const baseCell = at.colAbs(settings.percentBase === 'total' ? 'listed' : 'rated');
          return {
            formula: `IFERROR(${at.ref(`count.${level}`)}/${baseCell},0)`,
            cached: base > 0 ? o.counts[level] / base : 0,
          };
        },
      },
    ];
  };
  return columnsOf<ListRow>()([
    { key: 'year', header: L.colYear, width: 8, style: LOOK.integer, cell: (o) => o.list.year },
    {
      key: 'source',
      header: L.colSource,
      width: 16,
      style: LOOK.text,
      cell: (o) => o.list.table.view.name,
    },
    {
      key: 'subject',
      header: L.colSubject,
      width: 16,
      style: LOOK.text,
      cell: (o) => (o.list.table.subject === 'member' ? L.subjectMember : L.subjectOrg),
    },
    {
      key: 'scheme',
      header: L.colScheme,
      width: 16,
      style: LOOK.text,
      cell: (o) => (o.list.scheme === 'pre-2018' ? L.schemeOld : L.schemeNew),
    },
    ...LEVELS.flatMap(levelColumns),
    {
      key: 'rated',
      header: L.rated,
      width: 11,
      style: LOOK.integer,
      cell: (o, at) => ({
        formula: `SUM(${LEVELS.map((l) => at.ref(`count.${l}`)).join(',')})`,
        cached: rated(o),
      }),
    },
    { key: 'listed', header: L.listed, width: 11, style: LOOK.integer, cell: (o) => o.listed },
    {
      key: 'cap',
      header: L.capFlag,
      width: 21,
      style: LOOK.flag,
      cell: (o, at) => {
        // A member list's cap holds per organization: the table below this one says where it is broken.
        if (o.list.table.subject === 'member') return L.capPerOrg;
        const excellent = at.ref('count.excellent');
        const good = at.ref('count.good');
        const capBase = `IF(${refs.capBase}="goodAndAbove",${good}+${excellent},${good})`;
        const over = `${excellent}>${refs.capRatio}*${capBase}`;
        const { counts } = o;
        const capBaseValue =
          settings.excellentCap.base === 'goodAndAbove'
            ? counts.good + counts.excellent
            : counts.good;
        const isOver = counts.excellent > settings.excellentCap.ratio * capBaseValue;
        return {
          formula: `IF(${refs.capOrganizations},IF(${over},${str(L.capOver)},${str(L.capOk)}),${str(L.capNotApplied)})`,
          cached: settings.excellentCap.organizations
            ? isOver
              ? L.capOver
              : L.capOk
            : L.capNotApplied,
        };
      },
    },
  ]);
}

export function summarySheet(
  name: string,
  model: WorkbookModel,
  settings: Settings,
  refs: SettingRefs,
  book: StyleBook,
): { sheet: PlanSheet; layout: SummaryLayout } {
  const L = PLAN_LABELS[settings.lang];
  const b = new SheetBuilder('summary', name, book);
  const table = listColumns(L, settings, refs);
  b.titled(L.summaryTitle, LOOK.title, L.summaryNote, { ...LOOK.note, wrap: true }, table.lastCol);
  const first = table.writeHeader(b, HEADER, LOOK.header);

  // Organization lists first, by year, so the charts can take one block of rows.
  const lists = [...model.lists].sort(
    (x, y) =>
      Number(x.table.subject === 'member') - Number(y.table.subject === 'member') ||
      (x.year ?? 0) - (y.year ?? 0),
  );
  const rows = lists.map((list): ListRow => {
    const result = model.listRatings.get(list)!;
    return { list, counts: result.counts, listed: result.total, runs: countedRuns(list) };
  });
  const end = table.writeRows(b, first, rows);
  const orgRows: SummaryLayout['orgRows'] = [];
  rows.forEach(({ list }, i) => {
    if (list.table.subject === 'organization' && list.year !== null)
      orgRows.push({ row: first + i, year: list.year });
  });
  memberCaps(b, end + 2, lists, settings, refs);

  table.setWidths(b);
  const sheet = b.build();
  sheet.freeze = { rows: first, cols: 1 };
  if (end > first) {
    const cap = table.col('cap');
    sheet.conditionalFormats = [
      {
        range: table.column('cap', first, end - 1),
        formula: `${a1(first, cap)}=${str(L.capOver)}`,
        style: FLAG_FILL.bad,
      },
    ];
  }
  sheet.page = landscapePage([HEADER, first - 1]);
  sheet.tabColor = '1F4E79';
  const countCol = {} as Record<Level, number>;
  const shareCol = {} as Record<Level, number>;
  for (const level of LEVELS) {
    countCol[level] = table.col(`count.${level}`);
    shareCol[level] = table.col(`share.${level}`);
  }
  return {
    sheet,
    layout: { sheet: name, orgRows, yearCol: table.col('year'), countCol, shareCol },
  };
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

/** One organization of a member list: its rows and what the engine counted in them. */
interface OrgRow {
  list: RatingList;
  org: string;
  sub: RatingList;
  runs: [number, number][];
  where: ColumnCondition | undefined;
  excellent: number;
  good: number;
}

/** The cap per organization. Names and flags cover two columns each, to have room on the page. */
function orgCapColumns(L: PlanLabels, settings: Settings, refs: SettingRefs) {
  const count = (o: OrgRow, level: Level) => ({
    formula: countFormula(o.sub, o.runs, levelCriteria(o.sub, level), o.where),
    cached: level === 'excellent' ? o.excellent : o.good,
  });
  return columnsOf<OrgRow>()([
    { key: 'year', header: L.colYear, style: LOOK.integer, cell: (o) => o.list.year },
    { key: 'source', header: L.colSource, style: LOOK.text, cell: (o) => o.list.table.view.name },
    { key: 'org', header: L.colOrg, span: 2, style: LOOK.text, cell: (o) => o.org },
    {
      key: 'excellent',
      header: L.levelShort.excellent,
      style: LOOK.integer,
      cell: (o) => count(o, 'excellent'),
    },
    { key: 'good', header: L.levelShort.good, style: LOOK.integer, cell: (o) => count(o, 'good') },
    {
      key: 'cap',
      header: L.capFlag,
      span: 2,
      style: LOOK.flag,
      cell: (o, at) => {
        const e = at.ref('excellent');
        const g = at.ref('good');
        const base = `IF(${refs.capBase}="goodAndAbove",${g}+${e},${g})`;
        const baseValue =
          settings.excellentCap.base === 'goodAndAbove' ? o.good + o.excellent : o.good;
        return {
          formula: `IF(${refs.capMembers},IF(${e}>${refs.capRatio}*${base},${str(L.capOver)},${str(L.capOk)}),${str(L.capNotApplied)})`,
          cached: settings.excellentCap.members
            ? o.excellent > settings.excellentCap.ratio * baseValue
              ? L.capOver
              : L.capOk
            : L.capNotApplied,
        };
      },
    },
  ]);
}

/** Member lists: the cap per organization, counted over each organization's own rows. */
function memberCaps(
  b: SheetBuilder,
  start: number,
  lists: RatingList[],
  settings: Settings,
  refs: SettingRefs,
): void {
  const L = PLAN_LABELS[settings.lang];
  const members = lists.filter((l) => l.table.subject === 'member');
  if (members.length === 0) return;
  b.value(start, 0, L.orgCapTitle, LOOK.label);
  const table = orgCapColumns(L, settings, refs);
  const first = table.writeHeader(b, start + 1, LOOK.header);
  table.writeRows(b, first, members.flatMap(orgRows));
}

/** A member list's organizations, each with the rows its counts read. */
function orgRows(list: RatingList): OrgRow[] {
  const spanRuns = countedRuns(list);
  const groups = new Map<string, { org: string; entries: RatingList['entries'] }>();
  for (const e of list.entries) {
    if (e.duplicateOf !== undefined) continue;
    let g = groups.get(e.orgKey ?? '');
    if (!g) groups.set(e.orgKey ?? '', (g = { org: e.org ?? '', entries: [] }));
    g.entries.push(e);
  }
  return [...groups.values()].map((g) => {
    // With an organization column, count the list's span where that column names the
    // organization (its rows may be spread out); without one, its rows are the ones under its
    // group heading, and are counted where they are.
    const orgCol = list.table.orgCol;
    const where =
      orgCol !== undefined
        ? { col: orgCol, texts: orgSpellings(list, g.entries, orgCol) }
        : undefined;
    const counted = (level: Level) =>
      g.entries.filter((e) => e.status === 'ok' && e.level === level).length;
    return {
      list,
      org: g.org,
      sub: { ...list, entries: g.entries },
      runs: where ? spanRuns : rowRuns(g.entries.map((e) => e.row)),
      where,
      excellent: counted('excellent'),
      good: counted('good'),
    };
  });
}
