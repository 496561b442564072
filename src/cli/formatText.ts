import type { FileReport, Finding } from '../core/report/types';
import { LEVELS } from '../core/text/grades';
import { KIND, LABELS, LEVEL_SHORT, SEVERITY } from './labels';
import { printable } from './printable';
import type { FileOutcome } from './runFiles';
import type { Lang } from '../core/words';

/** A report a person reads in a terminal: by file, then by sheet, counts by severity. */
export function formatText(outcomes: FileOutcome[], lang: Lang): string {
  return outcomes.map((o) => formatFile(o, lang)).join('\n\n') + '\n';
}

/**
 * One file's part of the text report. Every line passes through printable(): sheet names, cell
 * values and file names come from outside and may carry terminal control sequences.
 */
export function formatFile(o: FileOutcome, lang: Lang): string {
  return fileLines(o, lang).map(printable).join('\n');
}

function fileLines(o: FileOutcome, lang: Lang): string[] {
  const L = LABELS[lang];
  if ('error' in o) return [`${L.file}: ${o.file}`, `  ${L.unusable}: ${o.error.message}`];
  const r = o.report;
  const lines = [
    `${L.file}: ${o.file}`,
    `  ${L.totals(r.counts.error, r.counts.warning, r.counts.info)}`,
  ];
  if (o.output) lines.push(`  ${L.written} ${L.workbook}: ${o.output}`);
  lines.push('', `${L.tables}:`);
  if (r.tables.length === 0) lines.push(`  ${L.noTables}`);
  for (const t of r.tables) {
    const years = t.years.length ? ` ${t.years.join(', ')}` : '';
    lines.push(
      `  - ${t.sheet} ${t.range}: ${KIND[lang][t.kind]}${years} (${L.header} ${t.headerRows[0]})`,
    );
  }
  lines.push('', `${L.issues}:`);
  if (r.issues.length === 0) lines.push(`  ${L.noIssues}`);
  for (const [sheet, findings] of bySheet(r.issues)) {
    lines.push(`  [${sheet}]`);
    for (const f of findings) {
      const where = f.cell ?? (f.row ? `${L.rows} ${f.row}` : '');
      lines.push(
        `    ${SEVERITY[lang][f.severity].padEnd(9)} ${where.padEnd(6)} ${f.message} (${f.rule})`,
      );
    }
  }
  lines.push(...ratingsBlock(r, lang), ...meetingsBlock(r, lang));
  return lines;
}

function bySheet(issues: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of issues) {
    const key = f.sheet ?? '*';
    out.set(key, [...(out.get(key) ?? []), f]);
  }
  return out;
}

function ratingsBlock(r: FileReport, lang: Lang): string[] {
  const L = LABELS[lang];
  if (r.results.ratings.length === 0) return [];
  const lines = ['', `${L.ratings}:`];
  const head = LEVELS.map((l) => LEVEL_SHORT[lang][l].padStart(11)).join('');
  lines.push(`  ${L.year.padEnd(6)}${head}  ${'Σ'.padStart(5)}`);
  const sorted = [...r.results.ratings].sort(
    (a, b) => (a.year ?? 0) - (b.year ?? 0) || a.source.localeCompare(b.source),
  );
  for (const x of sorted) {
    const cells = LEVELS.map((l) => {
      const share = x.shares[l];
      const pct = share === null ? '' : ` ${(share * 100).toFixed(1)}%`;
      return `${x.counts[l]}${pct}`.padStart(11);
    }).join('');
    const source = x.source === 'list' ? L.fromList : L.fromSummary;
    lines.push(
      `  ${String(x.year ?? '?').padEnd(6)}${cells}  ${String(x.rated).padStart(5)}  ${source}: ${x.sheet}${x.subject === 'member' ? ` (${L.members})` : x.subject === 'cell' ? ` (${L.cells})` : ''}`,
    );
  }
  return lines;
}

function meetingsBlock(r: FileReport, lang: Lang): string[] {
  const L = LABELS[lang];
  const m = r.results.meetings;
  if (m.length === 0) return [];
  const years = [...new Set(m.map((x) => x.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const lines = ['', `${L.meetings}:`];
  for (const y of years) {
    const rows = m.filter((x) => x.year === y);
    const yes = rows.filter((x) => x.compliant === true).length;
    const no = rows.filter((x) => x.compliant === false).length;
    const unknown = rows.length - yes - no;
    lines.push(
      `  ${y ?? '?'}: ${yes}/${rows.length} ${L.compliant}, ${no} ${L.notCompliant}, ${unknown} ${L.unknown}`,
    );
  }
  return lines;
}
