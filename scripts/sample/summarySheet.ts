/** The 2017–2021 summary sheet, whose counts are compared with the lists'. */
import type ExcelJS from 'exceljs';
import { mergeTitle, put, ref, signature } from './cells';
import { issues, ratings, type Level } from './key';
import { NEW_FULL } from './units';

export function addSummary(wb: ExcelJS.Workbook): void {
  const sheet = 'Tổng hợp XL';
  const ws = wb.addWorksheet(sheet);
  mergeTitle(ws, 1, 1, 10, 'TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG GIAI ĐOẠN 2017 - 2021');
  put(
    ws,
    2,
    1,
    '(Năm 2017 xếp loại theo Hướng dẫn 27-HD/BTCTW: cột "xuất sắc" ghi số "Trong sạch, vững mạnh")',
  );
  ws.mergeCells('A2:J2');
  const h1 = 4;
  const h2 = 5;
  put(ws, h1, 1, 'Năm', { bold: true, box: true, center: true });
  ws.mergeCells(h1, 1, h2, 1);
  const grades = NEW_FULL;
  (['excellent', 'good', 'pass', 'fail'] as Level[]).forEach((lv, k) => {
    const c = 2 + 2 * k;
    put(ws, h1, c, grades[lv], { bold: true, box: true, center: true });
    ws.mergeCells(h1, c, h1, c + 1);
    put(ws, h2, c, 'SL', { bold: true, box: true, center: true });
    put(ws, h2, c + 1, k % 2 === 0 ? 'Tỷ lệ' : '%', { bold: true, box: true, center: true });
  });
  put(ws, h1, 10, 'Tổng số', { bold: true, box: true, center: true });
  ws.mergeCells(h1, 10, h2, 10);
  ws.getColumn(1).width = 8;
  for (let c = 2; c <= 10; c++) ws.getColumn(c).width = c % 2 === 0 ? 14 : 9;
  ws.getRow(h1).height = 45;

  const years = [2017, 2018, 2019, 2020, 2021];
  years.forEach((year, k) => {
    const r = h2 + 1 + k;
    const listed = ratings[String(year)]!.counts;
    let counts = { ...listed };
    let total = 58;
    if (year === 2019) counts = { ...counts, good: counts.good + 1 }; // still counts "Khá" as good
    put(ws, r, 1, year, { box: true, center: true });
    (['excellent', 'good', 'pass', 'fail'] as Level[]).forEach((lv, j) => {
      const c = 2 + 2 * j;
      put(ws, r, c, counts[lv], { box: true, center: true });
      const share = (counts[lv] / total) * 100;
      // 2017–2019 typed as true percentages with a % format; 2020–2021 as percent points.
      if (year <= 2019)
        put(ws, r, c + 1, Math.round(share * 10) / 1000, {
          box: true,
          center: true,
          numFmt: '0.0%',
        });
      else
        put(ws, r, c + 1, Math.round(share * 10) / 10, { box: true, center: true, numFmt: '0.0' });
    });
    put(ws, r, 10, total, { box: true, center: true });
    if (year === 2018) {
      // The blank grade was left out of the counts but the total still says 58.
      total = 58;
      issues.push({
        rule: 'total.mismatch',
        sheet,
        row: r,
        note: `Counts add up to ${listed.excellent + listed.good + listed.pass + listed.fail}, total says 58.`,
      });
    }
    if (year === 2019)
      issues.push({
        rule: 'summary.list-mismatch',
        sheet,
        row: r,
        note: `HTTNV ${counts.good} here, ${listed.good} in the list ("Khá" is no grade).`,
      });
    if (year === 2020) {
      // The article's 18.9%: 11/58 is 18.97%, so one decimal shows 19.0.
      ws.getCell(r, 3).value = 18.9;
      issues.push({
        rule: 'percent.mismatch',
        sheet,
        cell: ref(r, 3),
        note: '11/58 = 19.0%, typed 18.9.',
      });
    }
    if (year === 2021) {
      ws.getCell(r, 6).value = `${counts.pass} `;
      issues.push({
        rule: 'value.not-number',
        sheet,
        cell: ref(r, 6),
        note: 'Count typed as text "4 ".',
      });
      ws.getCell(r, 9).value = { formula: `H${r}/L${r}`, result: { error: '#DIV/0!' } };
      issues.push({
        rule: 'value.formula-error',
        sheet,
        cell: ref(r, 9),
        note: 'A percentage formula divides by the empty L column.',
      });
    }
  });
  const notes = h2 + 1 + years.length + 1;
  put(
    ws,
    notes,
    1,
    'Ghi chú: năm 2020 có 11/58 TCCSĐ hoàn thành xuất sắc nhiệm vụ (theo báo cáo ghi 18,9%).',
  );
  signature(ws, notes + 2, 8);
}
