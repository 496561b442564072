import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/engine';
import type { Scalar } from '../../src/core/model/snapshot';
import { buildPlan } from '../../src/core/plan/buildPlan';
import type { OutputPlan } from '../../src/core/plan/outputPlan';
import { settingsForWorkbook } from '../../src/core/plan/settingCells';
import { readXlsx } from '../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../src/hosts/xlsx/write/applyPlan';
import { cellName, sameValue } from './cellFormula';
import { requireLibreOffice } from './libreOffice';

/** One written formula whose recalculated value is not the engine's. */
export interface FormulaDisagreement {
  workbook: string;
  cell: string;
  formula: string;
  engine: Scalar | undefined;
  recalculated: Scalar | undefined;
}

export interface RecalcAgreement {
  workbooks: number;
  formulas: number;
  agreeing: number;
  longestFormula: number;
  disagreements: FormulaDisagreement[];
}

/** The workbook with the plan the engine builds for it, as the command line's --out writes it. */
export function writtenWithPlan(bytes: Uint8Array): { plan: OutputPlan; written: Uint8Array } {
  const snapshot = readXlsx(bytes);
  const settings = settingsForWorkbook(snapshot, {});
  const check = checkWorkbook(snapshot, settings);
  const plan = buildPlan(check, snapshot, settings);
  return { plan, written: applyPlan(bytes, plan) };
}

/** Recalculates many workbooks in one LibreOffice start (one start costs seconds). */
function recalculateAll(files: { name: string; bytes: Uint8Array }[]): Map<string, Uint8Array> {
  requireLibreOffice();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-recalc-'));
  const profile = path.join(dir, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  // OOXMLRecalcMode 0: recalculate every formula on load, so no cached value hides a formula.
  fs.writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" ' +
      'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" ' +
      'oor:op="fuse"><value>0</value></prop></item></oor:items>',
  );
  const inputs = files.map((f, i) => {
    const p = path.join(dir, `in${i}.xlsx`);
    fs.writeFileSync(p, f.bytes);
    return p;
  });
  const outDir = path.join(dir, 'out');
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        outDir,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 600_000 },
    );
    const out = new Map<string, Uint8Array>();
    files.forEach((f, i) => {
      const p = path.join(outDir, `in${i}.xlsx`);
      if (fs.existsSync(p)) out.set(f.name, fs.readFileSync(p));
    });
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes each workbook's plan, has LibreOffice recalculate them all, and compares every written
 * formula's value with the value the engine computed for it (the plan's cached value).
 */
export function recalcAgreement(files: { name: string; bytes: Uint8Array }[]): RecalcAgreement {
  const planned = files.map((f) => ({ name: f.name, ...writtenWithPlan(f.bytes) }));
  const recalculated = recalculateAll(planned.map((p) => ({ name: p.name, bytes: p.written })));
  const result: RecalcAgreement = {
    workbooks: files.length,
    formulas: 0,
    agreeing: 0,
    longestFormula: 0,
    disagreements: [],
  };
  for (const p of planned) {
    const bytes = recalculated.get(p.name);
    if (!bytes) throw new Error(`LibreOffice did not convert ${p.name}`);
    const out = readXlsx(bytes);
    for (const sheet of p.plan.sheets) {
      const read = out.sheets.find((s) => s.name === sheet.name);
      for (const cell of sheet.cells) {
        if (cell.formula === undefined) continue;
        result.formulas++;
        result.longestFormula = Math.max(result.longestFormula, cell.formula.length + 1);
        const got = read?.rows[cell.row]?.v[cell.col];
        if (sameValue(cell.cached, got)) result.agreeing++;
        else
          result.disagreements.push({
            workbook: p.name,
            cell: cellName(sheet.name, cell.row, cell.col),
            formula: cell.formula,
            engine: cell.cached,
            recalculated: got,
          });
      }
    }
  }
  return result;
}
