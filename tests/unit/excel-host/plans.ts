import type { OutputPlan, PlanCell } from '../../../src/core/plan/outputPlan';

export const REPORT = 'Bảng Kiểm - Báo cáo';
/** The core's own names: a sheet counts as owned only when its marker and its name agree. */
export const SUMMARY = 'Bảng Kiểm - Xếp loại';
export const CHARTS = 'Bảng Kiểm - Biểu đồ';

/**
 * A plan shaped like the core's: a report with one row per issue (styled by column), a summary of
 * live formulas and a chart over it. `issues` sets the report's length.
 */
export function samplePlan(issues: number): OutputPlan {
  const report: PlanCell[] = [
    { row: 0, col: 0, value: 'Trang tính', style: 1 },
    { row: 0, col: 1, value: 'Ô', style: 1 },
    { row: 0, col: 2, value: 'Vấn đề', style: 1 },
    { row: 0, col: 3, value: 'Mức', style: 1 },
  ];
  for (let i = 1; i <= issues; i++) {
    report.push(
      { row: i, col: 0, value: 'Năm 2020', style: 2 },
      { row: i, col: 1, value: `C${i + 3}`, style: 2 },
      { row: i, col: 2, value: `Xếp loại "HTT" không rõ ở dòng ${i + 3}`, style: 2 },
      { row: i, col: 3, value: i % 3 === 0 ? 'Lỗi' : 'Cảnh báo', style: 3 },
    );
  }
  const summary: PlanCell[] = [
    { row: 0, col: 0, value: 'Năm' },
    { row: 0, col: 1, value: 'Tỷ lệ HTXSNV' },
    { row: 1, col: 0, value: 2019 },
    { row: 1, col: 1, formula: 'COUNTIF(\'Năm 2020\'!C:C,"HTXSNV")/58', cached: 0.19, style: 4 },
    { row: 2, col: 0, value: 2020 },
    { row: 2, col: 1, formula: 'COUNTIF(\'Năm 2020\'!C:C,"HTXSNV")/58', cached: 0.19, style: 4 },
    { row: 3, col: 0, value: '=SUM(A1)' },
    { row: 3, col: 1, value: '-5 chi bộ' },
    { row: 4, col: 0, value: '0123' },
    { row: 4, col: 1, value: "'trích dẫn" },
  ];
  return {
    version: 1,
    styles: [
      {},
      { bold: true, fill: 'DDEBF7', border: 'thin', hAlign: 'center' },
      { border: 'thin', wrap: true },
      { border: 'thin', fontColor: 'C00000' },
      { numFmt: '0.0%' },
    ],
    names: [{ name: 'BangKiem_Nam', ref: `'${SUMMARY}'!$A$2:$A$3`, hidden: true }],
    sheets: [
      {
        key: 'report',
        name: REPORT,
        tabColor: '1F4E79',
        cells: report,
        columns: [
          { col: 0, width: 18 },
          { col: 2, width: 60 },
        ],
        rowHeights: [{ row: 0, height: 30 }],
        freeze: { rows: 1, cols: 0 },
        autoFilter: { r0: 0, c0: 0, r1: issues, c1: 3 },
        conditionalFormats: [
          {
            range: { r0: 1, c0: 3, r1: issues, c1: 3 },
            formula: '$D2="Lỗi"',
            style: { fill: 'FFC7CE', bold: true },
          },
        ],
        page: { orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: [0, 0] },
      },
      {
        key: 'summary',
        name: SUMMARY,
        cells: summary,
        merges: [{ r0: 6, c0: 0, r1: 6, c1: 1 }],
        freeze: { rows: 1, cols: 1 },
      },
      {
        key: 'charts',
        name: CHARTS,
        cells: [{ row: 0, col: 0, value: 'Biểu đồ' }],
        columns: [{ col: 0, width: 20 }],
        charts: [
          {
            id: 'rates',
            type: 'columnClustered',
            title: 'Tỷ lệ HTXSNV',
            subtitle: 'Từ 2018 theo Quy định 132',
            categories: `'${SUMMARY}'!$A$2:$A$3`,
            series: [
              { name: 'Tỷ lệ', values: `'${SUMMARY}'!$B$2:$B$3`, color: '1F77B4' },
              {
                name: 'Mục tiêu',
                values: `'${SUMMARY}'!$B$2:$B$3`,
                color: 'FF7F0E',
                asLine: true,
                dashed: true,
              },
            ],
            xAxisTitle: 'Năm',
            yAxisTitle: 'Tỷ lệ',
            yNumFmt: '0%',
            yMin: 0,
            yMax: 1,
            legend: 'bottom',
            dataLabels: true,
            anchor: { r0: 2, c0: 1, r1: 20, c1: 8 },
          },
        ],
      },
    ],
  };
}
