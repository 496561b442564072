import { basename } from 'node:path';
import { checkWorkbook } from '../core/engine';
import type { FileReport } from '../core/report/types';
import type { Settings } from '../core/settings';
import { UnusableInputError } from '../hosts/xlsx/errors';
import { readXlsxFile } from '../hosts/xlsx/read/readXlsxFile';

export type FileOutcome =
  | { file: string; report: FileReport; output?: string }
  | { file: string; error: { code: string; message: string } };

/** Checks each file in turn; a file that cannot be read is reported and the others go on. */
export async function runFiles(files: string[], settings: Settings): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const file of files) {
    try {
      const snapshot = await readXlsxFile(file);
      const { report } = checkWorkbook(snapshot, settings, basename(file));
      out.push({ file, report });
    } catch (e) {
      if (e instanceof UnusableInputError) {
        out.push({
          file,
          error: { code: e.code, message: settings.lang === 'en' ? e.messageEn : e.messageVi },
        });
      } else {
        throw e;
      }
    }
  }
  return out;
}
