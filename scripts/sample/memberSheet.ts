/** The 2020 party member list of a few organizations. */
import type ExcelJS from 'exceljs';
import { mergeTitle, put, ref, signature } from './cells';
import { issues, type Counts, type Level } from './key';
import { rand, shuffle } from './random';
import { NEW_ABBR, NEW_FULL } from './units';

export const FAMILY = ['Nguyễn', 'Hoàng', 'Lương', 'Vi', 'Hà', 'Lê', 'Trần', 'Phạm', 'Lăng', 'Chu'];
export const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thanh', 'Minh', 'Thu', 'Hữu', 'Ngọc'];
export const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Giang',
  'Hà',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Thảo',
  'Tuấn',
  'Yến',
];

export function personName(): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  return `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
}

export function addMemberList(wb: ExcelJS.Workbook): void {
  const sheet = 'Đảng viên 2020';
  const ws = wb.addWorksheet(sheet);
  mergeTitle(ws, 1, 1, 4, 'DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2020');
  put(ws, 2, 1, '(Một số tổ chức cơ sở đảng, trích)');
  ws.mergeCells('A2:D2');
  const hr = 4;
  ['STT', 'Họ và tên', 'Chi bộ / Đảng bộ', 'Xếp loại'].forEach((h, i) =>
    put(ws, hr, 1 + i, h, { bold: true, box: true, center: true }),
  );
  [6, 28, 36, 32].forEach((w, i) => (ws.getColumn(1 + i).width = w));
  // Hòa Sơn: 6 excellent against 24 good, more than 20% (at most 4).
  const orgs: { org: string; counts: Counts; exempt: number }[] = [
    { org: 'Đảng bộ xã Hòa Sơn', counts: { excellent: 6, good: 24, pass: 3, fail: 0 }, exempt: 2 },
    {
      org: 'Đảng bộ xã Thiện Tân',
      counts: { excellent: 4, good: 21, pass: 4, fail: 1 },
      exempt: 1,
    },
    {
      org: 'Chi bộ Trạm Y tế xã Hòa Bình',
      counts: { excellent: 1, good: 9, pass: 1, fail: 0 },
      exempt: 0,
    },
  ];
  let r = hr + 1;
  let stt = 0;
  for (const o of orgs) {
    const first = r;
    const grades: string[] = [];
    for (const lv of ['excellent', 'good', 'pass', 'fail'] as Level[])
      for (let i = 0; i < o.counts[lv]; i++) grades.push(i % 3 === 2 ? NEW_ABBR[lv] : NEW_FULL[lv]);
    for (let i = 0; i < o.exempt; i++) grades.push('Miễn đánh giá');
    for (const g of shuffle(grades)) {
      stt++;
      put(ws, r, 1, stt, { box: true, center: true });
      put(ws, r, 2, personName(), { box: true });
      put(ws, r, 3, o.org, { box: true });
      put(ws, r, 4, g, { box: true });
      r++;
    }
    const max = Math.floor(o.counts.good * 0.2);
    if (o.counts.excellent > max)
      issues.push({
        rule: 'grade.excellent-cap',
        sheet,
        cell: ref(first, 3),
        note: `${o.org}: ${o.counts.excellent} excellent, at most ${max} (20% of ${o.counts.good} good).`,
      });
  }
  signature(ws, r + 1, 4);
}
