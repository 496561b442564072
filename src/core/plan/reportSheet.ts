import type { PlanSheet } from './outputPlan';
import { parseA1, parseRange } from '../model/address';
import type { FileReport, Severity } from '../report/types';
import type { Lang } from '../words';
import { FLAG_FILL, LOOK } from './look';
import { PLAN_LABELS } from './labels';
import { hyperlinkTo, localRange, str } from './formulas';
import { landscapePage, SheetBuilder, StyleBook } from './sheetBuilder';

export interface ReportSheetInput {
  name: string;
  report: FileReport;
  lang: Lang;
  /** When the check ran, as the host's clock says (the core has no clock of its own). */
  checkedAt?: string;
}

const HEADER_ROW = 6;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The check report: counts by severity, then a filterable table with a link to every cell. */
export function reportSheet(input: ReportSheetInput, book: StyleBook): PlanSheet {
  const L = PLAN_LABELS[input.lang];
  const { report } = input;
  const b = new SheetBuilder('report', input.name, book);
  b.value(0, 0, L.reportTitle, LOOK.title).merge({ r0: 0, c0: 0, r1: 0, c1: 5 });
  const fileLine = [
    report.file ? `${L.file}: ${report.file}` : '',
    input.checkedAt ? `${L.checkedAt}: ${input.checkedAt}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  b.value(1, 0, fileLine || null, LOOK.subtitle).merge({ r0: 1, c0: 0, r1: 1, c1: 5 });

  const issues = report.issues;
  const first = HEADER_ROW + 1;
  const last = Math.max(first, HEADER_ROW + issues.length);
  const severityColumn = localRange({ r0: first, c0: 0, r1: last, c1: 0 });
  SEVERITIES.forEach((s, i) => {
    const label = L.severity[s];
    b.value(2 + i, 0, label, LOOK.label);
    b.formula(2 + i, 1, `COUNTIF(${severityColumn},${str(label)})`, report.counts[s], LOOK.integer);
  });

  const headers = [L.colSeverity, L.colRule, L.colSheet, L.colCell, L.colMessage, L.colGo];
  headers.forEach((h, c) => b.value(HEADER_ROW, c, h, LOOK.header));
  if (issues.length === 0) {
    b.value(first, 0, L.noFindings, LOOK.text).merge({ r0: first, c0: 0, r1: first, c1: 5 });
  }
  issues.forEach((f, i) => {
    const r = first + i;
    b.value(r, 0, L.severity[f.severity], LOOK.textCenter);
    b.value(r, 1, f.rule, LOOK.text);
    b.value(r, 2, f.sheet ?? '', LOOK.text);
    const where = f.range ?? f.cell ?? '';
    b.value(r, 3, where, LOOK.textCenter);
    b.value(r, 4, input.lang === 'en' ? f.messages.en : f.messages.vi, LOOK.text);
    const target = f.range ? parseRange(f.range) : f.cell ? parseA1(f.cell) : null;
    if (f.sheet && target) {
      b.formula(
        r,
        5,
        hyperlinkTo(f.sheet, f.cell ?? where, `→ ${f.cell ?? where}`),
        `→ ${f.cell ?? where}`,
        LOOK.link,
      );
    } else {
      b.value(r, 5, null, LOOK.text);
    }
  });
  b.value(last + 2, 0, L.generatedNote, LOOK.note);

  [10, 24, 22, 10, 80, 10].forEach((w, c) => b.width(c, w));
  const sheet = b.build();
  sheet.freeze = { rows: HEADER_ROW + 1, cols: 0 };
  if (issues.length) sheet.autoFilter = { r0: HEADER_ROW, c0: 0, r1: last, c1: 5 };
  const fills: Record<Severity, { fill: string; fontColor: string }> = {
    error: FLAG_FILL.bad,
    warning: FLAG_FILL.unknown,
    info: { fill: 'DDEBF7', fontColor: '1F4E79' },
  };
  sheet.conditionalFormats = SEVERITIES.map((s) => ({
    range: { r0: first, c0: 0, r1: last, c1: 0 },
    formula: `$A${first + 1}=${str(L.severity[s])}`,
    style: fills[s],
  }));
  sheet.page = landscapePage([HEADER_ROW, HEADER_ROW]);
  sheet.tabColor = 'C00000';
  return sheet;
}
