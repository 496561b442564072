import { formatFile } from './formatText';
import type { FileOutcome } from './runFiles';
import type { Lang } from '../core/words';

/** A file's entry in the JSON report (docs/report-format.md). */
export function jsonFile(o: FileOutcome): unknown {
  if ('error' in o) return { file: o.file, error: o.error };
  const { version, tables, issues, counts, results } = o.report;
  return {
    file: o.file,
    version,
    tables,
    issues,
    counts,
    results,
    ...(o.output ? { output: o.output } : {}),
  };
}

/**
 * Writes the report one file at a time as outcomes arrive in order, so a batch of thousands never
 * holds every report at once. The bytes are exactly those of the whole report written at the end:
 * JSON.stringify({ files }, null, 2) + "\n", or the text report.
 */
export class ReportWriter {
  private count = 0;

  constructor(
    private readonly format: 'text' | 'json',
    private readonly lang: Lang,
    private readonly out: (s: string) => void,
  ) {}

  add(o: FileOutcome): void {
    const first = this.count++ === 0;
    if (this.format === 'json') {
      // JSON strings hold no raw newline: indenting every line break indents the entry.
      const entry = JSON.stringify(jsonFile(o), null, 2).replace(/\n/g, '\n    ');
      this.out(`${first ? '{\n  "files": [\n' : ',\n'}    ${entry}`);
    } else {
      this.out(`${first ? '' : '\n\n'}${formatFile(o, this.lang)}`);
    }
  }

  end(): void {
    if (this.format === 'json') this.out(this.count === 0 ? '{\n  "files": []\n}\n' : '\n  ]\n}\n');
    else this.out('\n');
  }
}
