import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { checkWorkbook } from '../core/engine';
import { buildPlan } from '../core/plan/buildPlan';
import { settingsForWorkbook } from '../core/plan/settingCells';
import type { FileReport } from '../core/report/types';
import { SettingsError } from '../core/settings';
import { UnusableInputError } from '../hosts/xlsx/errors';
import { readXlsx } from '../hosts/xlsx/read/readXlsx';
import { applyPlan } from '../hosts/xlsx/write/applyPlan';
import { outputExtension } from '../hosts/xlsx/write/outputExtension';

export type FileOutcome =
  | { file: string; report: FileReport; output?: string }
  | { file: string; error: { code: string; message: string } };

export interface RunOptions {
  /** Settings from the command line (a settings file), over the workbook's own. */
  overrides?: unknown;
  lang?: 'vi' | 'en';
  /** Folder to write NAME.checked.xlsx into. */
  outDir?: string;
  /** Date shown on the report sheet. */
  checkedAt?: string;
}

/** Checks each file in turn; a file that cannot be read is reported and the others go on. */
export async function runFiles(files: string[], options: RunOptions): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const file of files) {
    out.push(await runFile(file, options));
  }
  return out;
}

async function runFile(file: string, options: RunOptions): Promise<FileOutcome> {
  const en = options.lang === 'en';
  try {
    const bytes = await readBytes(file);
    const snapshot = readXlsx(bytes);
    const settings = settingsForWorkbook(snapshot, options.overrides);
    if (options.lang) settings.lang = options.lang;
    const check = checkWorkbook(snapshot, settings, basename(file));
    if (!options.outDir) return { file, report: check.report };
    const plan = buildPlan(
      check,
      snapshot,
      settings,
      options.checkedAt ? { checkedAt: options.checkedAt } : {},
    );
    const written = applyPlan(bytes, plan);
    await mkdir(options.outDir, { recursive: true });
    // Named by what the package is (.xlsm for a macro-enabled workbook), not by what it was called.
    const output = join(
      options.outDir,
      `${basename(file, extname(file))}.checked${outputExtension(written)}`,
    );
    await writeFile(output, written);
    return { file, report: check.report, output };
  } catch (e) {
    if (e instanceof UnusableInputError) {
      return { file, error: { code: e.code, message: en ? e.messageEn : e.messageVi } };
    }
    if (e instanceof SettingsError) {
      return { file, error: { code: 'settings', message: en ? e.messageEn : e.messageVi } };
    }
    throw e;
  }
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnusableInputError(
      code === 'EISDIR' ? 'not-workbook' : 'not-found',
      `${file}: ${code}`,
      {
        cause: e,
      },
    );
  }
}
