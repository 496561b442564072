import { HostError, type Download, type PaneHost } from './host';
import type { JobClient } from './workerJobs';

/** "board.xlsx" → "board.checked.xlsx" (or .cleaned); a name without extension gets .xlsx. */
export function outputName(fileName: string, tag: 'checked' | 'cleaned'): string {
  return fileName.replace(/(\.xlsx|\.xlsm)?$/i, (ext) => `.${tag}${ext || '.xlsx'}`);
}

/**
 * A workbook opened as a file in the browser. Reading, checking, planning and writing all run in
 * the job worker; the host keeps the checked workbook for download. Removing what Bảng Kiểm
 * added gives a download of its own (NAME.cleaned.xlsx) and leaves the checked file as it was.
 * Nothing leaves the machine.
 */
export function fileHost(fileName: string, original: Uint8Array, jobs: JobClient): PaneHost {
  const opened = jobs.open(fileName, original);
  let checked: Download | null = null;
  // The pane's error names the file (host.name); here every failure becomes a HostError.
  const named = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      await opened;
      return await step();
    } catch (e) {
      throw HostError.of(e);
    }
  };
  return {
    kind: 'file',
    name: fileName,
    check: (overrides, onProgress) =>
      named(async () => {
        const done = await jobs.check(overrides, new Date(), onProgress);
        checked = { name: outputName(fileName, 'checked'), bytes: done.bytes };
        return { report: done.report, settings: done.settings };
      }),
    removeOwned: () =>
      named(async () => ({ name: outputName(fileName, 'cleaned'), bytes: await jobs.clean() })),
    goTo: async () => undefined,
    cellsAround: (sheet, cell) => named(() => jobs.cells(sheet, cell)),
    download: () => checked,
  };
}
