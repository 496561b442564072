/**
 * Meeting logs (issue #21): one row per meeting, as party-member management software exports
 * them, several cells interleaved. A log is one more layout choice: its own arbitrary, its own
 * sheet, planted defects in the key and the per-cell, per-year verdicts a correct reading gives
 * (docs/rules.md): one regular meeting a month counts, one thematic meeting a quarter, and a
 * month the log does not reach is no data, not "not held".
 */
import fc from 'fast-check';
import { a1 } from '../../src/core/model/address';
import type { KeyDefect, KeyLogMeeting, KeyTable, LayoutKey } from './key';
import { Rand, serialDate, type Sheet } from './sheet';
import { AGENCY_LINES, COMMUNES, GIVEN, MIDDLE, SURNAMES, VILLAGES } from './vocabulary';

export type LogDateForm =
  'serial' | 'dd/mm/yyyy' | 'd/m/yyyy' | 'dd-mm-yyyy' | 'dd.mm.yyyy' | 'dd/mm/yy';
/** How kinds are spelled; 'none' has no kind column: topics name the thematic meetings. */
export type LogKindForm = 'full' | 'short' | 'abbr' | 'bare' | 'upper' | 'mixed' | 'none';
/** Sorted by date (cells interleaved), shuffled, or grouped by cell. */
export type LogOrder = 'date' | 'shuffled' | 'cell';
export type LogCounts = 'none' | 'attending' | 'both' | 'members';

export const LOG_DEFECTS = [
  'empty-year',
  'regular-short',
  'thematic-short',
  'repeated-month',
  'attendance-low',
] as const;
export type LogDefect = (typeof LOG_DEFECTS)[number];

export interface LogChoices {
  /** Seeds the details no choice names: days, topics, which cell gets a defect. */
  seed: number;
  cells: number;
  /** A commune column naming one or two communes, or none. */
  communes: 0 | 1 | 2;
  /** Years the log spans (the workbook's last ones, as many as it has). */
  years: 1 | 2 | 3;
  header: number;
  numbering: boolean;
  titleLines: number;
  dates: LogDateForm;
  kinds: LogKindForm;
  topic: boolean;
  order: LogOrder;
  counts: LogCounts;
  stt: boolean;
  notes: boolean;
  /** Some thematic meetings held on the day of the month's regular one. */
  sameDay: boolean;
  /** The log stops after this month of its last year (a report made before the year ends). */
  stopsAfter: number | null;
  signature: boolean;
  defects: LogDefect[];
  /** A left/right pair of agency lines ("HUYỆN ỦY…", "ĐẢNG CỘNG SẢN VIỆT NAM") closes the title. */
  agencyPair: boolean;
  /** Attending and members under a group label, the other labels merged down two rows. */
  grouped: boolean;
  /** One or two meetings of another kind ("SH đột xuất"): neither regular nor thematic. */
  extraordinary: boolean;
  /** One cell's name typed two ways ("Chi bộ thôn X", "Chi Bộ Thôn  X"). */
  respell: boolean;
  /** A total row under the log ("Tổng cộng", the number of meetings). */
  totalRow: boolean;
  /** In a log sorted by date, a line naming the month above each month's meetings. */
  monthRows: boolean;
  /** Days as date-times (a serial with the hour, "dd/mm/yyyy hh:mm"). */
  withTime: boolean;
  /** The cell (and commune) columns before the day. */
  cellFirst: boolean;
  /** Who chaired the meeting: the secretary, sometimes the deputy. */
  chair: boolean;
  /** The attendance share as a formula (attending over members), with both counts. */
  share: boolean;
}

export const logChoicesArb: fc.Arbitrary<LogChoices> = fc.record({
  seed: fc.nat(),
  cells: fc.integer({ min: 2, max: 8 }),
  communes: fc.constantFrom<0 | 1 | 2>(0, 0, 1, 2),
  years: fc.constantFrom<1 | 2 | 3>(1, 1, 2, 3),
  header: fc.nat(1000),
  numbering: fc.nat(3).map((k) => k === 0),
  titleLines: fc.integer({ min: 0, max: 4 }),
  dates: fc.constantFrom<LogDateForm>(
    'serial',
    'serial',
    'dd/mm/yyyy',
    'd/m/yyyy',
    'dd-mm-yyyy',
    'dd.mm.yyyy',
    'dd/mm/yy',
  ),
  kinds: fc.constantFrom<LogKindForm>('full', 'short', 'abbr', 'bare', 'upper', 'mixed', 'none'),
  topic: fc.boolean(),
  order: fc.constantFrom<LogOrder>('date', 'date', 'shuffled', 'cell'),
  counts: fc.constantFrom<LogCounts>('none', 'attending', 'both', 'both', 'members'),
  stt: fc.boolean(),
  notes: fc.boolean(),
  sameDay: fc.boolean(),
  stopsAfter: fc.oneof(
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: fc.integer({ min: 6, max: 11 }), weight: 1 },
  ),
  signature: fc.boolean(),
  defects: fc.array(fc.constantFrom(...LOG_DEFECTS), { maxLength: 4 }),
  agencyPair: fc.nat(3).map((k) => k === 0),
  grouped: fc.boolean(),
  extraordinary: fc.nat(3).map((k) => k === 0),
  respell: fc.nat(3).map((k) => k === 0),
  totalRow: fc.nat(3).map((k) => k === 0),
  monthRows: fc.nat(3).map((k) => k === 0),
  withTime: fc.nat(3).map((k) => k === 0),
  cellFirst: fc.nat(3).map((k) => k === 0),
  chair: fc.nat(2).map((k) => k === 0),
  share: fc.nat(2).map((k) => k === 0),
});

/** What the log needs of the builder: its sheets, its key and the workbook's years. */
export interface LogHost {
  readonly key: LayoutKey;
  readonly years: number[];
  sheet(name: string): Sheet;
}

const HEAD = {
  stt: ['STT', 'TT', 'Số TT', 'Stt'],
  date: [
    'Ngày SH',
    'Ngày sinh hoạt',
    'Ngày',
    'Thời gian',
    'Ngày họp',
    'Ngay SH',
    'Ngày tổ chức',
    'Ngày, tháng, năm',
  ],
  commune: ['Đảng bộ xã', 'Xã', 'Đảng bộ', 'Thuộc đảng bộ', 'Xa'],
  cell: ['Chi bộ', 'Tên chi bộ', 'Chi bo', 'Chi bộ trực thuộc', 'Đơn vị', 'Tổ chức đảng'],
  kind: ['Loại SH', 'Loại sinh hoạt', 'Hình thức', 'Loai SH', 'Loại', 'Hình thức sinh hoạt'],
  topic: ['Nội dung', 'Nội dung sinh hoạt', 'Chủ đề', 'Noi dung', 'ND chính', 'Nội dung chính'],
  attending: ['Số ĐV dự', 'Có mặt', 'Số dự', 'ĐV dự', 'So DV du', 'Số đảng viên tham gia'],
  members: ['Tổng số ĐV', 'Số ĐV', 'Tổng số', 'Tong so DV', 'Tổng số đảng viên'],
  notes: ['Ghi chú', 'Ghi chu', 'GC'],
  chair: ['Người chủ trì', 'Chủ trì', 'Chu tri', 'Đồng chí chủ trì'],
  share: ['Tỷ lệ dự', 'Tỷ lệ (%)', 'TL dự họp'],
};

/** Kind spellings by form: [regular, thematic] lists. */
const KIND_WORDS: Record<Exclude<LogKindForm, 'none' | 'mixed'>, [string[], string[]]> = {
  full: [
    ['Thường kỳ', 'Sinh hoạt thường kỳ'],
    ['Chuyên đề', 'Sinh hoạt chuyên đề'],
  ],
  short: [
    ['SH thường kỳ', 'SH thường kì'],
    ['SH chuyên đề', 'SHCĐ'],
  ],
  abbr: [
    ['TK', 'SHTK'],
    ['CĐ', 'SHCĐ'],
  ],
  bare: [
    ['Thuong ky', 'thuong ky'],
    ['Chuyen de', 'SHCD'],
  ],
  upper: [['THƯỜNG KỲ'], ['CHUYÊN ĐỀ']],
};

const REGULAR_TOPICS = [
  (m: number) => `Đánh giá kết quả thực hiện nhiệm vụ tháng ${m}, triển khai nhiệm vụ tháng sau`,
  (m: number) => `Kiểm điểm công tác tháng ${m} và bàn phương hướng tháng tới`,
  () => 'Bàn biện pháp thu nộp đảng phí, phát triển đảng viên mới',
  () => 'Triển khai Nghị quyết của Đảng ủy xã về phát triển kinh tế - xã hội',
  (m: number) => `Sơ kết công tác tháng ${m}; giao nhiệm vụ cho đảng viên`,
  () => 'Thảo luận xây dựng nông thôn mới, vệ sinh môi trường thôn',
];
const THEMATIC_TOPICS = [
  (q: number) =>
    `Sinh hoạt chuyên đề quý ${q}: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh`,
  () => 'Chuyên đề: nâng cao chất lượng sinh hoạt chi bộ',
  () => 'Sinh hoạt chuyên đề về xây dựng, chỉnh đốn Đảng',
  (q: number) => `Chuyên đề quý ${q} - Phát huy vai trò người đứng đầu`,
];
const OTHER_TOPICS = [
  'Họp đột xuất triển khai công tác phòng, chống lụt bão',
  'Xem xét kết nạp đảng viên mới',
  'Họp bất thường về công tác nhân sự chi ủy',
];
/** A name as typed another time: other capitals, a doubled space, a trailing space. */
function respell(name: string): string {
  const words = name.split(' ');
  return [
    words.map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1)).join(' '),
    words.join('  '),
    `${name} `,
  ][name.length % 3]!;
}
const NOTE_TEXTS = [
  'Hoãn 1 ngày do mưa bão',
  'Có mời đại diện Đảng ủy xã dự',
  'Họp tại nhà văn hóa',
];

/** One meeting of one cell, as it will be written (row set once the order is known). */
interface Meeting {
  cell: number;
  year: number;
  month: number;
  day: number;
  /** 'other': an extraordinary meeting, which counts as neither. */
  kind: 'regular' | 'thematic' | 'other';
  attending: number;
  members: number;
  row: number;
  /** Sheet order among meetings of one day: ties keep the order they were made in. */
  seq: number;
}

const dayOrder = (m: Meeting) => m.year * 10000 + m.month * 100 + m.day;
const byDay = (a: Meeting, b: Meeting) => dayOrder(a) - dayOrder(b) || a.row - b.row;

/**
 * The cell's last meeting before a month (the row a finding about a gap there points at), or
 * its first meeting of the year when the gap opens the year.
 */
function lastBefore(meetings: Meeting[], year: number, month: number): Meeting {
  const sorted = [...meetings].sort(byDay);
  const before = sorted.filter((m) => dayOrder(m) < year * 10000 + month * 100);
  return before.length ? before[before.length - 1]! : sorted[0]!;
}

/** Writes the log's sheet, and its table, meetings and planted defects into the key. */
export function renderLog(host: LogHost, g: LogChoices): void {
  const rand = new Rand(g.seed);
  const pick = rand.pick;
  const word = (list: readonly string[], k = 0) => list[(g.header + k) % list.length]!;
  const years = host.years.slice(-g.years);
  const lastYear = years[years.length - 1]!;
  const stop = g.stopsAfter ?? 12;
  const months = (y: number) => (y === lastYear ? stop : 12);

  // Cells: villages of one or two communes.
  const villages = rand.shuffle(VILLAGES).slice(0, g.cells);
  const communes = rand.shuffle(COMMUNES).slice(0, Math.max(1, g.communes));
  const cellForm = pick([
    (v: string) => `Chi bộ Thôn ${v}`,
    (v: string) => `Chi bộ thôn ${v}`,
    (v: string) => `Thôn ${v}`,
    (v: string) => `CB thôn ${v}`,
  ]);
  const communeForm = pick([(c: string) => `Xã ${c}`, (c: string) => `Đảng bộ xã ${c}`]);
  const cells = villages.map((v, i) => ({
    name: cellForm(v),
    commune: communeForm(communes[i % communes.length]!),
    members: rand.int(9, 45),
    // The secretary chairs; now and then the deputy.
    chairs: [0, 1].map(() => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`),
  }));

  // Every cell meets every month and holds a thematic meeting every quarter.
  const meetings: Meeting[] = [];
  let seq = 0;
  const attendOf = (members: number) => members - rand.int(0, Math.floor(members * 0.14));
  for (const y of years) {
    cells.forEach((cell, ci) => {
      const regularDay = new Map<number, number>();
      for (let m = 1; m <= months(y); m++) {
        const day = rand.int(1, 28);
        regularDay.set(m, day);
        meetings.push({
          cell: ci,
          year: y,
          month: m,
          day,
          kind: 'regular',
          attending: attendOf(cell.members),
          members: cell.members,
          row: 0,
          seq: seq++,
        });
      }
      for (let q = 1; q <= 4; q++) {
        const m = q * 3 - rand.int(0, 2);
        if (m > months(y)) continue;
        const day = g.sameDay && rand.chance(0.5) ? regularDay.get(m)! : rand.int(1, 28);
        meetings.push({
          cell: ci,
          year: y,
          month: m,
          day,
          kind: 'thematic',
          attending: attendOf(cell.members),
          members: cell.members,
          row: 0,
          seq: seq++,
        });
      }
    });
  }

  // Defects that change which meetings exist are planted before the rows are laid out.
  const planted: { kind: LogDefect; meeting?: Meeting; cell: number; year: number; at: number }[] =
    [];
  const used = new Set<string>();
  /** Cell and year without any meeting: no other defect goes there. */
  const emptied = new Set<string>();
  const free = (kind: string, cell: number, year: number) => {
    const k = `${kind}|${cell}|${year}`;
    if (used.has(k)) return false;
    used.add(k);
    return true;
  };
  // Meetings are taken away before any is marked, so a marked meeting stays in the log.
  const inOrder = [...g.defects].sort((a, b) => LOG_DEFECTS.indexOf(a) - LOG_DEFECTS.indexOf(b));
  for (const kind of inOrder) {
    const cell = rand.int(0, cells.length - 1);
    const year = pick(years);
    const of = (m: Meeting) => m.cell === cell && m.year === year;
    if (kind === 'empty-year') {
      // A later year the log covers whole, and never every cell of it.
      const y = pick(
        years
          .slice(1)
          .filter((x) => x !== lastYear || stop === 12)
          .concat([0]),
      );
      const others = [...emptied].filter((k) => k.endsWith(`|${y}`)).length;
      if (!y || others >= cells.length - 1 || !free('empty', cell, y)) continue;
      emptied.add(`${cell}|${y}`);
      for (let i = meetings.length - 1; i >= 0; i--) {
        if (meetings[i]!.cell === cell && meetings[i]!.year === y) meetings.splice(i, 1);
      }
      continue;
    }
    if (emptied.has(`${cell}|${year}`)) continue;
    if (kind === 'regular-short') {
      // Never the log's last month: a month missing there may be one not yet typed in.
      // Nor January: with every cell missing it, the log would start in February.
      if (months(year) < 3 || !free('regular', cell, year)) continue;
      const month = rand.int(2, months(year) - 1);
      used.add(`month${month}|${cell}|${year}`);
      const i = meetings.findIndex((m) => of(m) && m.kind === 'regular' && m.month === month);
      meetings.splice(i, 1);
      planted.push({ kind, cell, year, at: month });
    } else if (kind === 'thematic-short') {
      const quarters = [1, 2, 3, 4].filter((q) => q * 3 <= months(year));
      if (!quarters.length) continue;
      const q = pick(quarters);
      if (!free(`thematic${q}`, cell, year)) continue;
      const i = meetings.findIndex(
        (m) => of(m) && m.kind === 'thematic' && Math.ceil(m.month / 3) === q,
      );
      meetings.splice(i, 1);
      planted.push({ kind, cell, year, at: q });
    } else if (kind === 'attendance-low') {
      if (g.counts !== 'both') continue;
      const pool = meetings.filter(of);
      const meeting = pick(pool);
      if (!free(`low${meeting.seq}`, cell, year)) continue;
      meeting.attending = Math.floor(meeting.members * 0.75);
      planted.push({ kind, meeting, cell, year, at: meeting.month });
    } else {
      // A second regular meeting in a month: held once, worth a note.
      const month = rand.int(1, months(year));
      if (!free(`month${month}`, cell, year)) continue;
      const first = meetings.find((m) => of(m) && m.kind === 'regular' && m.month === month);
      if (!first) continue;
      const meeting: Meeting = {
        ...first,
        day: first.day === 28 ? 27 : first.day + 1,
        attending: attendOf(cells[cell]!.members),
        seq: seq++,
      };
      meetings.push(meeting);
      planted.push({ kind, meeting, cell, year, at: month });
    }
  }

  const kindCol = g.kinds !== 'none';
  // Only a kind column tells an extraordinary meeting: by its topic alone it reads as regular.
  if (g.extraordinary && kindCol) {
    for (let k = rand.int(1, 2); k > 0; k--) {
      const cell = rand.int(0, cells.length - 1);
      const year = pick(years);
      const month = rand.int(1, months(year));
      if (emptied.has(`${cell}|${year}`)) continue;
      meetings.push({
        cell,
        year,
        month,
        day: rand.int(1, 28),
        kind: 'other',
        attending: attendOf(cells[cell]!.members),
        members: cells[cell]!.members,
        row: 0,
        seq: seq++,
      });
    }
  }
  // Row order.
  const ordered =
    g.order === 'shuffled'
      ? rand.shuffle(meetings)
      : [...meetings].sort((a, b) =>
          g.order === 'cell'
            ? a.cell - b.cell || dayOrder(a) - dayOrder(b) || a.seq - b.seq
            : dayOrder(a) - dayOrder(b) || a.seq - b.seq,
        );

  // Columns.
  const topicCol = g.topic || !kindCol;
  const who: (keyof typeof HEAD)[] = [...(g.communes ? (['commune'] as const) : []), 'cell'];
  const cols: (keyof typeof HEAD)[] = [
    ...(g.stt ? (['stt'] as const) : []),
    ...(g.cellFirst ? [...who, 'date' as const] : ['date' as const, ...who]),
    ...(kindCol ? (['kind'] as const) : []),
    ...(topicCol ? (['topic'] as const) : []),
    ...(g.chair ? (['chair'] as const) : []),
    ...(g.counts === 'attending' || g.counts === 'both' ? (['attending'] as const) : []),
    ...(g.counts === 'members' || g.counts === 'both' ? (['members'] as const) : []),
    ...(g.share && g.counts === 'both' ? (['share'] as const) : []),
    ...(g.notes ? (['notes'] as const) : []),
  ];
  const col = (role: keyof typeof HEAD) => cols.indexOf(role);

  const sheet = host.sheet(
    pick(['Nhật ký SH', 'Nhat ky sinh hoat', 'Sổ sinh hoạt', 'Danh sách buổi SH', 'Log SH']),
  );
  let r = 0;
  const titles = [
    () => pick(AGENCY_LINES),
    () =>
      pick([
        `NHẬT KÝ SINH HOẠT CHI BỘ NĂM ${lastYear}`,
        'NHẬT KÝ SINH HOẠT CHI BỘ',
        `DANH SÁCH CÁC BUỔI SINH HOẠT CHI BỘ NĂM ${lastYear}`,
        `Theo dõi sinh hoạt chi bộ ${years.join(' - ')}`,
      ]),
    () => `Ngày xuất: ${pick(['05', '12', '20'])}/${pick(['01', '10', '12'])}/${lastYear}`,
    () => `${communeForm(communes[0]!)} - Huyện Hữu Lũng`,
  ];
  for (let i = 0; i < g.titleLines; i++) {
    sheet.text(r, 0, titles[i % titles.length]!(), i === 1);
    if (rand.chance(0.6)) sheet.merge(r, 0, r, cols.length - 1);
    r++;
  }
  if (g.agencyPair) {
    sheet.text(r, 0, pick(AGENCY_LINES.slice(0, 3)), true);
    sheet.text(r, Math.max(2, cols.length - 2), 'ĐẢNG CỘNG SẢN VIỆT NAM', true);
    r++;
  }
  if ((g.titleLines || g.agencyPair) && rand.chance(0.6)) r++;
  const headerTop = r;
  if (g.grouped && g.counts === 'both') {
    // "Số đảng viên" over "Dự" and "Tổng số"; every other label over both rows.
    const a = col('attending');
    cols.forEach((c, k) => {
      if (c === 'attending' || c === 'members') return;
      sheet.text(r, k, word(HEAD[c], k), true);
      sheet.merge(r, k, r + 1, k);
    });
    sheet.text(r, a, pick(['Số đảng viên', 'Đảng viên', 'Số ĐV']), true);
    sheet.merge(r, a, r, a + 1);
    sheet.text(r + 1, a, pick(['Dự', 'Có mặt', 'Tham gia']), true);
    sheet.text(r + 1, a + 1, pick(['Tổng số', 'Biên chế', 'Tổng']), true);
    r += 2;
  } else {
    cols.forEach((c, k) => sheet.text(r, k, word(HEAD[c], k), true));
    r++;
  }
  if (g.numbering) {
    cols.forEach((_, k) => sheet.text(r, k, `(${k + 1})`));
    r++;
  }
  const headerBottom = r - 1;

  const kindWords = (kind: Meeting['kind']) => {
    if (kind === 'other') return pick(['SH đột xuất', 'Đột xuất', 'Bất thường', 'Mở rộng']);
    const form =
      g.kinds === 'mixed'
        ? pick(['full', 'short', 'abbr', 'bare', 'upper'] as const)
        : (g.kinds as Exclude<LogKindForm, 'none' | 'mixed'>);
    return pick(KIND_WORDS[form][kind === 'regular' ? 0 : 1]);
  };
  const dateText = (m: Meeting) => {
    const dd = String(m.day).padStart(2, '0');
    const mm = String(m.month).padStart(2, '0');
    switch (g.dates) {
      case 'd/m/yyyy':
        return `${m.day}/${m.month}/${m.year}`;
      case 'dd-mm-yyyy':
        return `${dd}-${mm}-${m.year}`;
      case 'dd.mm.yyyy':
        return `${dd}.${mm}.${m.year}`;
      case 'dd/mm/yy':
        return `${dd}/${mm}/${String(m.year).slice(2)}`;
      default:
        return `${dd}/${mm}/${m.year}`;
    }
  };
  const monthForm = pick([
    (y: number, m: number) => `Tháng ${m}/${y}`,
    (y: number, m: number) => `THÁNG ${String(m).padStart(2, '0')} NĂM ${y}`,
    (_y: number, m: number) => `Tháng ${m}`,
  ]);
  let month = '';
  ordered.forEach((m, i) => {
    if (g.monthRows && g.order === 'date' && month !== `${m.year}-${m.month}`) {
      month = `${m.year}-${m.month}`;
      sheet.text(r, 0, monthForm(m.year, m.month), true);
      r++;
    }
    m.row = r;
    const cell = cells[m.cell]!;
    if (g.stt) sheet.num(r, col('stt'), i + 1);
    // A report generator's export writes days as text whatever the choice.
    if (g.dates === 'serial' && !sheet.exportStyle) {
      sheet.put(r, col('date'), {
        value: serialDate(m.year, m.month, m.day) + (g.withTime ? rand.int(14, 40) / 48 : 0),
        numFmt: g.withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy',
      });
    } else sheet.ascii(r, col('date'), dateText(m));
    if (g.communes) sheet.text(r, col('commune'), cell.commune);
    // The respelled cell's name, in about a third of its rows.
    const respelled = g.respell && m.cell === 0 && rand.chance(0.35);
    sheet.text(r, col('cell'), respelled ? respell(cell.name) : cell.name);
    if (kindCol) sheet.text(r, col('kind'), kindWords(m.kind));
    if (topicCol) {
      const q = Math.ceil(m.month / 3);
      sheet.text(
        r,
        col('topic'),
        m.kind === 'regular'
          ? pick(REGULAR_TOPICS)(m.month)
          : m.kind === 'thematic'
            ? pick(THEMATIC_TOPICS)(q)
            : pick(OTHER_TOPICS),
      );
    }
    if (col('attending') >= 0) sheet.num(r, col('attending'), m.attending);
    if (col('members') >= 0) sheet.num(r, col('members'), m.members);
    if (g.chair) sheet.text(r, col('chair'), cell.chairs[rand.chance(0.8) ? 0 : 1]!);
    if (col('share') >= 0) {
      const ref = (role: keyof typeof HEAD) => a1(r, col(role));
      sheet.formula(
        r,
        col('share'),
        `${ref('attending')}/${ref('members')}`,
        m.attending / m.members,
        '0.0%',
      );
    }
    if (g.notes && rand.chance(0.15)) sheet.text(r, col('notes'), pick(NOTE_TEXTS));
    r++;
  });
  const lastRow = r - 1;
  if (g.totalRow) {
    sheet.text(r, 0, pick(['Tổng cộng', 'Cộng', 'Tổng số']), true);
    sheet.text(r, col('cell') || col('date'), `${ordered.length} buổi`);
    r++;
  }
  if (g.signature) {
    sheet.text(r + 1, 1, 'NGƯỜI LẬP BIỂU', true);
    sheet.text(r + 1, Math.max(3, cols.length - 2), 'T/M CHI ỦY', true);
    sheet.text(r + 4, Math.max(3, cols.length - 2), 'Nguyễn Văn Hùng', true);
  }

  // The key: the table, then each cell's year as the rules judge it.
  const tag = describeLog(g).replace('log:', 'log/');
  const table: KeyTable = {
    sheet: sheet.name,
    kind: 'meeting-log',
    years: [...years],
    headerRows: [headerTop + 1, headerBottom + 1],
    rows: [headerTop + 1, lastRow + 1],
    tag,
  };
  host.key.tables.push(table);
  const defect = (d: Omit<KeyDefect, 'sheet' | 'tag'>) =>
    host.key.defects.push({ ...d, sheet: sheet.name, tag });
  const all = [...meetings].sort(byDay);
  const first = all[0]!;
  const last = all[all.length - 1]!;
  const covered = (y: number, m: number) =>
    y * 12 + m >= first.year * 12 + first.month && y * 12 + m <= last.year * 12 + last.month;

  /**
   * A cell without any meeting in a year the log covers whole, after its first meeting: held
   * none, shown at its last meeting before that year.
   */
  const emptyYear = (ci: number, y: number) => {
    const earlier = meetings.filter((m) => m.cell === ci && m.year < y);
    if (!earlier.length || !covered(y, 1) || !covered(y, 12)) return;
    const at = lastBefore(earlier, y, 1).row + 1;
    const name = cells[ci]!.name;
    host.key.logMeetings.push({
      sheet: sheet.name,
      row: at,
      rows: [],
      year: y,
      unit: name,
      regular: 0,
      thematicByQuarter: [0, 0, 0, 0],
      compliant: false,
      tag,
    });
    const note = `${name} ${y}: no meeting at all`;
    defect({ rule: 'meeting.regular-short', row: at, note });
    defect({ rule: 'meeting.thematic-short', row: at, note });
  };
  for (const y of years) {
    cells.forEach((cell, ci) => {
      const own = meetings.filter((m) => m.cell === ci && m.year === y);
      if (!own.length) {
        emptyYear(ci, y);
        return;
      }
      const held = new Set(own.filter((m) => m.kind === 'regular').map((m) => m.month));
      const noData = Array.from({ length: 12 }, (_, i) => i + 1).filter(
        (m) => !held.has(m) && !covered(y, m),
      );
      const regular =
        held.size >= 12 ? 'ok' : held.size + noData.length >= 12 ? 'unknown' : 'short';
      const thematicN = [1, 2, 3, 4].map(
        (q) => own.filter((m) => m.kind === 'thematic' && Math.ceil(m.month / 3) === q).length,
      );
      const thematic = thematicN.map((n, i) =>
        n >= 1 ? 'ok' : [1, 2, 3].some((k) => !covered(y, i * 3 + k)) ? 'unknown' : 'short',
      );
      const verdicts = [regular, ...thematic];
      const inSheet = [...own].sort((a, b) => a.row - b.row);
      const meeting: KeyLogMeeting = {
        sheet: sheet.name,
        row: inSheet[0]!.row + 1,
        rows: inSheet.map((m) => m.row + 1),
        year: y,
        unit: cell.name,
        regular: held.size,
        thematicByQuarter: thematicN.map((n, i) => (thematic[i] === 'unknown' ? null : n)),
        compliant: verdicts.includes('short') ? false : verdicts.includes('unknown') ? null : true,
        tag,
      };
      host.key.logMeetings.push(meeting);
      if (noData.length || thematic.includes('unknown')) {
        defect({
          rule: 'meeting.no-data',
          row: lastBefore(own, y, 13).row + 1,
          note: `${cell.name} ${y}: the log stops after month ${last.month}`,
        });
      }
    });
  }
  // Extraordinary meetings count in no month: the engine says so once, at the first of them.
  const others = meetings.filter((m) => m.kind === 'other').sort((a, b) => a.row - b.row);
  if (others.length) {
    defect({
      rule: 'meeting.log-unread',
      row: others[0]!.row + 1,
      note: `${others.length} meetings of another kind`,
    });
  }
  for (const p of planted) {
    const own = meetings.filter((m) => m.cell === p.cell && m.year === p.year);
    const name = `${cells[p.cell]!.name} ${p.year}`;
    if (p.kind === 'regular-short') {
      defect({
        rule: 'meeting.regular-short',
        row: lastBefore(own, p.year, p.at).row + 1,
        note: `${name}: no regular meeting in month ${p.at}`,
      });
    } else if (p.kind === 'thematic-short') {
      defect({
        rule: 'meeting.thematic-short',
        row: lastBefore(own, p.year, p.at * 3 + 1).row + 1,
        note: `${name}: no thematic meeting in quarter ${p.at}`,
      });
    } else if (p.kind === 'attendance-low') {
      defect({
        rule: 'meeting.attendance-low',
        cell: a1(p.meeting!.row, col('attending')),
        note: `${name}: ${p.meeting!.attending} of ${p.meeting!.members} attended`,
      });
    } else {
      // The month's second regular meeting in sheet order is the one that adds nothing.
      const month = own
        .filter((m) => m.kind === 'regular' && m.month === p.at)
        .sort((a, b) => a.row - b.row);
      defect({
        rule: 'meeting.repeated-month',
        row: month[1]!.row + 1,
        note: `${name}: two regular meetings in month ${p.at}`,
      });
    }
  }
  if (sheet.exportStyle) {
    host.key.tolerated.push({
      rule: 'value.not-number',
      sheet: sheet.name,
      rows: [headerTop + 1, lastRow + 1],
      max: 1,
      why: 'an export stores every number as text',
    });
  }
}

/** The log's choices in a few words, for failure reports. */
export function describeLog(g: LogChoices): string {
  return (
    `log:${g.order}/${g.dates}/${g.kinds}/${g.counts}` +
    (g.stopsAfter ? `/stops-${g.stopsAfter}` : '') +
    (g.grouped && g.counts === 'both' ? '/grouped' : '') +
    (g.agencyPair ? '/agency-pair' : '') +
    (g.extraordinary ? '/extraordinary' : '') +
    (g.respell ? '/respelled' : '') +
    (g.totalRow ? '/total' : '') +
    (g.monthRows && g.order === 'date' ? '/month-rows' : '') +
    (g.withTime && g.dates === 'serial' ? '/time' : '') +
    (g.cellFirst ? '/cell-first' : '') +
    (g.chair ? '/chair' : '') +
    (g.share && g.counts === 'both' ? '/share' : '')
  );
}
