import type { OutputPlan } from '../core/model/plan';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { UnusableInputError } from '../hosts/xlsx/errors';
import { applyPlan, removeOwned } from '../hosts/xlsx/write/applyPlan';
import { HostError, type WorkbookHost } from './host';

/** Reads an .xlsx into a snapshot; in the page this runs in a Web Worker, in tests in-line. */
export type SnapshotReader = (bytes: Uint8Array) => Promise<WorkbookSnapshot>;

/**
 * A workbook opened as a file in the browser: the same xlsx host as the command line, with the
 * written workbook kept for download. Nothing leaves the machine.
 */
export function fileHost(
  fileName: string,
  original: Uint8Array,
  read: SnapshotReader,
): WorkbookHost {
  let current = original;
  let written: Uint8Array | null = null;
  const checkedName = fileName.replace(/(\.xlsx|\.xlsm)?$/i, (ext) => `.checked${ext || '.xlsx'}`);
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof UnusableInputError) throw new HostError(e.messageVi, e.messageEn);
      const text = e instanceof Error ? e.message : String(e);
      throw new HostError(
        `Không ghi được sổ tính: ${text}`,
        `Could not write the workbook: ${text}`,
      );
    }
  };
  return {
    kind: 'file',
    name: fileName,
    read: async () => {
      try {
        return await read(current);
      } catch (e) {
        if (e instanceof UnusableInputError) throw new HostError(e.messageVi, e.messageEn);
        if (e instanceof HostError) throw e;
        const text = e instanceof Error ? e.message : String(e);
        throw new HostError(`Không đọc được tệp: ${text}`, `Could not read the file: ${text}`);
      }
    },
    apply: async (plan: OutputPlan) => {
      written = wrap(() => applyPlan(original, plan));
      current = written;
    },
    removeOwned: async () => {
      written = wrap(() => removeOwned(current));
      current = written;
    },
    goTo: async () => undefined,
    download: () => (written ? { name: checkedName, bytes: written } : null),
  };
}
