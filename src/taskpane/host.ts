import type { OutputPlan } from '../core/model/plan';
import type { WorkbookSnapshot } from '../core/model/snapshot';

export type Stage = 'reading' | 'checking' | 'writing' | 'done';

/**
 * What the pane needs of a workbook, whether it lives in Excel or was opened as a file in the
 * browser. Hosts only read, write and navigate; every decision is the core's.
 */
export interface WorkbookHost {
  kind: 'excel' | 'file';
  /** The workbook's name, for the pane's heading. */
  name: string;
  read(): Promise<WorkbookSnapshot>;
  /** Writes the plan's sheets, replacing those of an earlier run. */
  apply(plan: OutputPlan): Promise<void>;
  /** Takes out every sheet Bảng Kiểm added. */
  removeOwned(): Promise<void>;
  /** Shows a cell: selects it in Excel; a file host has no grid of its own (the pane shows one). */
  goTo(sheet: string, cell: string): Promise<void>;
  /** File host: the checked workbook to download, once written. */
  download?(): { name: string; bytes: Uint8Array } | null;
}

/** A failure a person can read, in both languages. */
export class HostError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'HostError';
  }
}
