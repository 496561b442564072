/** The engine run on sheets typed as rows, for tests that state a layout and what it must give. */
import { checkWorkbook } from '../../src/core/engine';
import { snapshotOf, type SheetSpec } from './snapshot';

export function checkSpecs(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs)).report;
}

/** The error-level findings of a report, as "rule cell" lines. */
export function errorsOf(report: ReturnType<typeof checkSpecs>): string[] {
  return report.issues
    .filter((i) => i.severity === 'error')
    .map((i) => `${i.rule} ${i.cell ?? ''}`);
}
