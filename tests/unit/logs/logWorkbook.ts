import ExcelJS from 'exceljs';

/** One meeting as a log row: day, cell, kind, topic, attending, members. */
export interface Meeting {
  day: string; // dd/mm/yyyy
  cell: string;
  kind: string;
  topic?: string;
  attending?: number;
  members?: number;
}

export interface LogOptions {
  sheet?: string;
  /** Dates typed as text ("05/03/2020") instead of real dates. */
  textDates?: boolean;
  attendance?: boolean;
  /** Header labels; the engine must not need them. */
  headers?: string[];
  /** Leave the kind column out: the topic tells a thematic meeting. */
  noKind?: boolean;
}

export function dateOf(day: string): Date {
  const [d, m, y] = day.split('/').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** A log as management software exports it: title, header, one row per meeting, signature. */
export function addLog(
  wb: ExcelJS.Workbook,
  meetings: Meeting[],
  o: LogOptions = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(o.sheet ?? 'Nhật ký');
  ws.getCell('A1').value = 'NHẬT KÝ SINH HOẠT CHI BỘ';
  ws.mergeCells('A1:G1');
  const cols = [
    'STT',
    'Ngày',
    'Chi bộ',
    ...(o.noKind ? [] : ['Loại']),
    'Nội dung',
    ...(o.attendance ? ['Số dự', 'Số ĐV'] : []),
  ];
  ws.getRow(3).values = o.headers ?? cols;
  meetings.forEach((m, i) => {
    const row = ws.getRow(4 + i);
    const values: (string | number | Date)[] = [
      i + 1,
      o.textDates ? m.day : dateOf(m.day),
      m.cell,
      ...(o.noKind ? [] : [m.kind]),
      m.topic ?? `Sinh hoạt ${m.kind.toLowerCase()} tháng ${m.day.slice(3, 5)}`,
      ...(o.attendance ? [m.attending ?? 18, m.members ?? 20] : []),
    ];
    row.values = values;
    if (!o.textDates) row.getCell(2).numFmt = 'dd/mm/yyyy';
  });
  ws.getRow(5 + meetings.length).values = ['', '', 'Người lập biểu'];
  return ws;
}

/** Twelve regular meetings and one thematic a quarter for a cell, from a month on. */
export function fullYear(
  cell: string,
  year: number,
  kinds: { regular: string; thematic: string } = { regular: 'Thường kỳ', thematic: 'Chuyên đề' },
  day = 5,
): Meeting[] {
  const out: Meeting[] = [];
  for (let m = 1; m <= 12; m++) {
    const dd = String(day).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    out.push({ day: `${dd}/${mm}/${year}`, cell, kind: kinds.regular });
    if (m % 3 === 2) {
      out.push({
        day: `${String(day + 10).padStart(2, '0')}/${mm}/${year}`,
        cell,
        kind: kinds.thematic,
        topic: 'Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      });
    }
  }
  return out;
}

export function byDate(meetings: Meeting[]): Meeting[] {
  const key = (m: Meeting) => m.day.split('/').reverse().join('');
  return [...meetings].sort((a, b) => key(a).localeCompare(key(b)));
}
