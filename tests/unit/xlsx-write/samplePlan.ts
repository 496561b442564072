import type { OutputPlan } from '../../../src/core/plan/outputPlan';

/**
 * A hand-made plan shaped like the core's: a summary over the user's sheets with live formulas,
 * styles, merges, freeze, filter, conditional format and a chart, plus a hidden settings sheet.
 */
export function samplePlan(opts: { summaryName?: string; sourceSheet?: string } = {}): OutputPlan {
  const summary = opts.summaryName ?? 'Bảng Kiểm - Tổng hợp';
  const src = opts.sourceSheet ?? 'Năm 2021';
  const q = `'${summary.replace(/'/g, "''")}'`;
  const qs = `'${src.replace(/'/g, "''")}'`;
  return {
    version: 1,
    styles: [
      {},
      {
        bold: true,
        fill: '1F4E79',
        fontColor: 'FFFFFF',
        hAlign: 'center',
        vAlign: 'center',
        wrap: true,
        border: 'thin',
      },
      { numFmt: '0.0%', border: 'thin' },
      { numFmt: '#,##0', border: 'thin', italic: true, fontSize: 9 },
      { underline: true, fontColor: 'C00000' },
    ],
    names: [{ name: 'BangKiem.Threshold', ref: `${q}!$B$3`, hidden: true }],
    sheets: [
      {
        key: 'summary',
        name: summary,
        tabColor: '1F4E79',
        columns: [
          { col: 0, width: 12 },
          { col: 1, width: 30 },
          { col: 2, width: 10 },
          { col: 5, width: 4, hidden: true },
        ],
        rowHeights: [
          { row: 0, height: 30 },
          { row: 9, height: 22 },
        ],
        merges: [{ r0: 0, c0: 0, r1: 0, c1: 3 }],
        freeze: { rows: 4, cols: 1 },
        autoFilter: { r0: 3, c0: 0, r1: 7, c1: 3 },
        conditionalFormats: [
          {
            range: { r0: 4, c0: 3, r1: 7, c1: 3 },
            formula: 'D5="Không đạt"',
            style: { fontColor: '9C0006', fill: 'FFC7CE', bold: true },
          },
        ],
        page: { orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: [3, 3] },
        cells: [
          { row: 0, col: 0, value: 'Tổng hợp xếp loại <2017–2021> & "kiểm tra"', style: 1 },
          { row: 1, col: 0, value: "=cmd|' /C calc'!A0" },
          { row: 1, col: 1, value: '+1 không phải công thức' },
          { row: 1, col: 2, value: '@SUM(A1)' },
          { row: 1, col: 3, value: '-5' },
          { row: 2, col: 0, value: 'Ngưỡng' },
          { row: 2, col: 1, value: 0.2, style: 2 },
          { row: 2, col: 2, value: true },
          { row: 2, col: 3, value: 'bell\u0007 and tab\tok' },
          { row: 3, col: 0, value: 'Năm', style: 1 },
          { row: 3, col: 1, value: 'Số tổ chức', style: 1 },
          { row: 3, col: 2, value: 'Tỷ lệ', style: 1 },
          { row: 3, col: 3, value: 'Kết quả', style: 1 },
          ...[2018, 2019, 2020, 2021].flatMap((year, i) => {
            const r = 4 + i;
            return [
              { row: r, col: 0, value: year },
              { row: r, col: 1, value: 50 + i, style: 3 },
              {
                row: r,
                col: 2,
                formula: `B${r + 1}/SUM($B$5:$B$8)`,
                cached: (50 + i) / 206,
                style: 2,
              },
              {
                row: r,
                col: 3,
                formula: `IF(C${r + 1}>=${q}!$B$3,"Đạt","Không đạt")`,
                cached: 'Đạt',
              },
            ];
          }),
          { row: 8, col: 0, value: 'Tổng', style: 1 },
          { row: 8, col: 1, formula: 'SUM(B5:B8)', cached: 206, style: 3 },
          { row: 8, col: 2, formula: 'SUM(C5:C8)>0.99', cached: true },
          { row: 8, col: 3, formula: `COUNTA(${qs}!A:A)`, cached: null },
          { row: 9, col: 0, value: null, style: 4 },
          { row: 9, col: 1, value: 'Liên kết', style: 4 },
        ],
        charts: [
          {
            id: 'ratings',
            type: 'columnClustered',
            title: 'Số tổ chức theo năm',
            subtitle: 'Từ 2018 áp dụng thang xếp loại mới',
            categories: `${q}!$A$5:$A$8`,
            series: [
              { name: 'Số tổ chức', values: `${q}!$B$5:$B$8`, color: '1F4E79' },
              {
                name: 'Yêu cầu',
                values: `${q}!$B$5:$B$8`,
                color: 'C00000',
                asLine: true,
                dashed: true,
              },
            ],
            xAxisTitle: 'Năm',
            yAxisTitle: 'Số tổ chức',
            yMin: 0,
            yMax: 60,
            legend: 'bottom',
            dataLabels: true,
            anchor: { r0: 11, c0: 0, r1: 28, c1: 7 },
          },
        ],
      },
      {
        key: 'settings',
        name: 'Bảng Kiểm - Cài đặt',
        state: 'hidden',
        cells: [
          { row: 0, col: 0, value: 'Phiên bản' },
          { row: 0, col: 1, value: 1 },
        ],
      },
    ],
  };
}
