/** Holds one checker report against a generated workbook's key. */
import type { WildKey } from './key';

/** The parts of the JSON report (docs/report-format.md) the score reads. */
export interface ReportLike {
  issues: { rule: string; severity: string; sheet?: string | null; row?: number; cell?: string }[];
  results: {
    ratings: {
      year: number | null;
      source: string;
      counts: Record<string, number>;
      total?: number;
    }[];
    meetings: { sheet: string; row: number; regular: number; compliant: boolean | null }[];
  };
}

export interface CaseScore {
  yearsKeyed: number;
  yearsRight: number;
  defectsKeyed: number;
  defectsFound: number;
  meetingsKeyed: number;
  meetingsRight: number;
  /** Error-level findings on rows where no defect is planted. */
  falseErrors: { rule: string; sheet: string; cell: string }[];
  failures: string[];
}

export function scoreReport(key: WildKey, report: ReportLike): CaseScore {
  const failures: string[] = [];
  let yearsRight = 0;
  for (const y of key.years) {
    const lists = report.results.ratings.filter((r) => r.source === 'list' && r.year === y.year);
    const got = { excellent: 0, good: 0, pass: 0, fail: 0 };
    let total = 0;
    for (const l of lists) {
      for (const k of Object.keys(got) as (keyof typeof got)[]) got[k] += l.counts[k] ?? 0;
      total += l.total ?? 0;
    }
    const ok =
      lists.length > 0 &&
      total === y.units &&
      (Object.keys(got) as (keyof typeof got)[]).every((k) => got[k] === y.counts[k]);
    if (ok) yearsRight++;
    else
      failures.push(
        lists.length === 0
          ? `year ${y.year}: no list counted (keyed ${y.units} units)`
          : `year ${y.year}: counted ${JSON.stringify(got)} of ${total}, keyed ${JSON.stringify(y.counts)} of ${y.units}`,
      );
  }
  let defectsFound = 0;
  for (const d of key.defects) {
    const hit = report.issues.some(
      (i) => i.rule === d.rule && i.sheet === d.sheet && i.row === d.row,
    );
    if (hit) defectsFound++;
    else failures.push(`missed ${d.rule} at ${d.sheet}!${d.cell ?? `row ${d.row}`} (${d.what})`);
  }
  let meetingsRight = 0;
  for (const m of key.meetings) {
    const got = report.results.meetings.find((x) => x.sheet === m.sheet && x.row === m.row);
    if (got && got.regular === m.regular && got.compliant === m.compliant) meetingsRight++;
    else
      failures.push(
        `meeting row ${m.row}: ${got ? `regular ${got.regular}, compliant ${String(got.compliant)}` : 'not read'}, keyed regular ${m.regular}, compliant ${String(m.compliant)}`,
      );
  }
  const planted = new Set(key.defects.map((d) => `${d.sheet}\u0000${d.row}`));
  const falseErrors = report.issues
    .filter((i) => i.severity === 'error' && !planted.has(`${i.sheet ?? ''}\u0000${i.row ?? -1}`))
    .map((i) => ({ rule: i.rule, sheet: i.sheet ?? '', cell: i.cell ?? `row ${i.row ?? '?'}` }));
  for (const f of falseErrors.slice(0, 3))
    failures.push(`false error ${f.rule} at ${f.sheet}!${f.cell}`);
  return {
    yearsKeyed: key.years.length,
    yearsRight,
    defectsKeyed: key.defects.length,
    defectsFound,
    meetingsKeyed: key.meetings.length,
    meetingsRight,
    falseErrors,
    failures,
  };
}
